import { AuthTokenEntity } from '../modules/identity/entities/auth-token.entity';
import { InvitationEntity } from '../modules/identity/entities/invitation.entity';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity';
import { PersonEntity } from '../modules/identity/entities/person.entity';
import { SignInAttemptEntity } from '../modules/identity/entities/sign-in-attempt.entity';
import { OutboxMessageEntity } from '../modules/mail/entities/outbox-message.entity';

/** Every entity, listed explicitly: globs break between ts, swc and built JS. */
export const ENTITIES = [
  OrganisationEntity,
  PersonEntity,
  InvitationEntity,
  AuthTokenEntity,
  SignInAttemptEntity,
  OutboxMessageEntity,
];
