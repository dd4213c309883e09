import { Field, InputType } from '@nestjs/graphql';
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
  password: string;
}
