import { Field, InputType } from '@nestjs/graphql';
import {
  LANGUAGE_CODES,
  LIMITS,
  WORKFORCE_GROUPS,
  type LanguageCode,
  type WorkforceGroupName,
} from '@common-ground/shared';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { WorkforceGroup } from '../models/enums';
import { EMAIL_FORMAT, NormaliseEmail, Trim } from './normalise';

@InputType({ description: 'The signed-in person’s own profile details.' })
export class UpdateProfileInput {
  @Field({ description: 'Full name.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'Enter your full name' })
  @MaxLength(LIMITS.nameMaxLength, { message: `Your name must be ${LIMITS.nameMaxLength} characters or fewer` })
  name: string;

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

  @Field(() => String, {
    nullable: true,
    description:
      'Line manager’s email address. When it belongs to a confirmed, active account the manager is linked; empty or null removes the line manager.',
  })
  @IsOptional()
  @NormaliseEmail()
  @ValidateIf((_o, value) => value !== '')
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  lineManagerEmail?: string | null;
}
