import { Field, ID, InputType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { IsBoolean, IsEmail, IsString, IsUUID, MaxLength } from 'class-validator';
import { EMAIL_FORMAT, NormaliseEmail } from '../../identity/dto/normalise';

const UUID_MESSAGE = 'Must be a valid identifier';

/** Inputs of the booking life cycle after applying: offers, substitutes, approval, cancelling a session. */

@InputType({ description: 'Answer an offered place: accept or decline it.' })
export class OfferAnswerInput {
  @Field(() => ID, { description: 'The viewer’s own application with a place on offer.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  applicationId: string;
}

@InputType({ description: 'Send someone from the same organisation in a confirmed person’s place.' })
export class NameSubstituteInput {
  @Field(() => ID, { description: 'The confirmed application.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  applicationId: string;

  @Field({ description: 'The email address of the substitute’s Common Ground account.' })
  @NormaliseEmail()
  @MaxLength(LIMITS.emailMaxLength, { message: `Email address must be ${LIMITS.emailMaxLength} characters or fewer` })
  @IsEmail({}, { message: EMAIL_FORMAT })
  email: string;
}

@InputType({ description: 'A line manager’s decision, from the link in their email.' })
export class ManagerDecisionInput {
  @Field({ description: 'The token from the link.' })
  @IsString()
  @MaxLength(100, { message: 'This approval link does not work.' })
  token: string;

  @Field({ description: 'True to approve, false to decline.' })
  @IsBoolean()
  approve: boolean;
}

@InputType({ description: 'Cancel a whole session.' })
export class CancelSessionInput {
  @Field(() => ID, { description: 'The session.' })
  @IsUUID('all', { message: UUID_MESSAGE })
  sessionId: string;
}
