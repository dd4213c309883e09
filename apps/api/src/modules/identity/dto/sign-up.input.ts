import { Field, InputType } from '@nestjs/graphql';
import {
  LANGUAGE_CODES,
  LIMITS,
  WORKFORCE_GROUPS,
  type LanguageCode,
  type WorkforceGroupName,
} from '@common-ground/shared';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { WorkforceGroup } from '../models/enums';
import { EMAIL_FORMAT, NormaliseEmail, Trim } from './normalise';

@InputType({ description: 'What a person gives to create their account.' })
export class SignUpInput {
  @Field({ description: 'Full name.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter your full name' })
  @MaxLength(LIMITS.nameMaxLength, { message: `Your name must be ${LIMITS.nameMaxLength} characters or fewer` })
  name: string;

  @Field({ description: 'Work email address; its domain decides the organisation unless there is an invitation.' })
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email: string;

  @Field({ description: 'A password of at least 12 characters.' })
  @IsString()
  @MaxLength(LIMITS.passwordMaxLength, {
    message: `Your password must be ${LIMITS.passwordMaxLength} characters or fewer`,
  })
  password: string;

  @Field({ description: 'Job title.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter your job title' })
  @MaxLength(LIMITS.jobTitleMaxLength, {
    message: `Your job title must be ${LIMITS.jobTitleMaxLength} characters or fewer`,
  })
  jobTitle: string;

  @Field(() => WorkforceGroup, { description: 'Workforce group.' })
  @IsIn(WORKFORCE_GROUPS, { message: 'Select your workforce group' })
  workforceGroup: WorkforceGroupName;

  @Field(() => String, { description: 'Preferred interface language code, such as en or pl.' })
  @IsIn(LANGUAGE_CODES, { message: 'Select a language from the list' })
  preferredLanguage: LanguageCode;

  @Field(() => String, { nullable: true, description: 'The token from an invitation link, if the person was invited.' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'This invitation link is not valid.' })
  invitationToken?: string | null;
}
