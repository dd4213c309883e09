import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { IsEmail, MaxLength } from 'class-validator';
import { EMAIL_FORMAT, NormaliseEmail } from './normalise';

@InputType({ description: 'An email address.' })
export class EmailInput {
  @Field({ description: 'The email address of the account.' })
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email: string;
}
