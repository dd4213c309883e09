import { Field, InputType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

@InputType({ description: 'A signed-in person’s new password, confirmed by their current one.' })
export class ChangePasswordInput {
  @Field({ description: 'The current password.' })
  @IsString()
  @IsNotEmpty({ message: 'Enter your current password' })
  @MaxLength(LIMITS.passwordMaxLength, { message: 'Your current password is not right.' })
  currentPassword: string;

  @Field({ description: 'The new password.' })
  @IsString()
  @MaxLength(LIMITS.passwordMaxLength, {
    message: `Your password must be ${LIMITS.passwordMaxLength} characters or fewer`,
  })
  newPassword: string;
}
