import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EMAIL_FORMAT, NormaliseEmail } from './normalise';

@InputType({ description: 'Credentials to sign in with.' })
export class SignInInput {
  @Field({ description: 'The account’s email address.' })
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email: string;

  @Field({ description: 'The account’s password.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter your password' })
  @MaxLength(LIMITS.passwordMaxLength, { message: 'The email address or password is not right.' })
  password: string;
}
