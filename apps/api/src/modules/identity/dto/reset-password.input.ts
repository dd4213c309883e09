import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from './normalise';

@InputType({ description: 'A new password, with the token from the reset link.' })
export class ResetPasswordInput {
  @Field({ description: 'The token from the reset link.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'The link is missing its token. Open the link from the email again.' })
  @MaxLength(200, { message: 'This link is not valid.' })
  token: string;

  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(LIMITS.passwordMaxLength, {
    message: `Your password must be ${LIMITS.passwordMaxLength} characters or fewer`,
  })
  password: string;
}
