import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS, ROLES, type RoleName } from '@common-ground/shared';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsString, MaxLength } from 'class-validator';
import { Role } from '../models/enums';
import { EMAIL_FORMAT, NormaliseEmail } from './normalise';

@InputType({ description: 'Names one person.' })
export class PersonIdInput {
  @Field(() => ID, { description: 'The person.' })
  @IsString()
  personId: string;
}

@InputType({ description: 'Names one record by its identifier.' })
export class IdInput {
  @Field(() => ID, { description: 'Identifier.' })
  @IsString()
  id: string;
}

@InputType({ description: 'The full set of roles a person should hold.' })
export class SetPersonRolesInput {
  @Field(() => ID, { description: 'The person.' })
  @IsString()
  personId: string;

  @Field(() => [Role], { description: 'The roles to hold. LEARNER is always kept, whether listed or not.' })
  @IsArray()
  @ArrayMaxSize(ROLES.length * 2)
  @IsIn(ROLES, { each: true, message: 'Select roles from the list' })
  roles: RoleName[];
}

@InputType({ description: 'Who to invite, into which organisation, with which roles.' })
export class CreateInvitationInput {
  @Field({ description: 'The email address to invite; the account must use it.' })
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email: string;

  @Field(() => ID, { description: 'The organisation the account will belong to.' })
  @IsString()
  organisationId: string;

  @Field(() => [Role], { description: 'Roles the account will hold. LEARNER is always included.' })
  @IsArray()
  @ArrayMaxSize(ROLES.length * 2)
  @IsIn(ROLES, { each: true, message: 'Select roles from the list' })
  roles: RoleName[];
}
