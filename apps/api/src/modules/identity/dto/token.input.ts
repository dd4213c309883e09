import { Field, InputType } from '@nestjs/graphql';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trim } from './normalise';

@InputType({ description: 'A token from a link we emailed.' })
export class TokenInput {
  @Field({ description: 'The token from the link.' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'The link is missing its token. Open the link from the email again.' })
  @MaxLength(200, { message: 'This link is not valid.' })
  token: string;
}
