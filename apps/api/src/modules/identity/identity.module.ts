import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module';
import { AccountsService } from './accounts.service';
import { AuthTokensService } from './auth-tokens.service';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { ColleagueResolver } from './colleague.resolver';
import { AuthTokenEntity } from './entities/auth-token.entity';
import { InvitationEntity } from './entities/invitation.entity';
import { OrganisationEntity } from './entities/organisation.entity';
import { PersonEntity } from './entities/person.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { IdentityLoaderFactory } from './identity.loaders';
import { InvitationResolver } from './invitation.resolver';
import { InvitationsService } from './invitations.service';
import { OrganisationResolver } from './organisation.resolver';
import { OrganisationsService } from './organisations.service';
import { PeopleService } from './people.service';
import { PersonResolver } from './person.resolver';
import { SessionEndings } from './session-endings';
import { SessionsService } from './sessions.service';

/**
 * Organisations, people, accounts and sessions. Other features use PeopleService and
 * OrganisationsService (and the Person / Organisation models), never these entities.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      OrganisationEntity,
      PersonEntity,
      InvitationEntity,
      AuthTokenEntity,
      SignInAttemptEntity,
    ]),
    MailModule,
  ],
  providers: [
    IdentityLoaderFactory,
    ColleagueResolver,
    SessionEndings,
    SessionsService,
    AuthTokensService,
    OrganisationsService,
    PeopleService,
    InvitationsService,
    AccountsService,
    AuthService,
    AuthResolver,
    PersonResolver,
    OrganisationResolver,
    InvitationResolver,
  ],
  exports: [PeopleService, OrganisationsService, SessionsService, SessionEndings, IdentityLoaderFactory],
})
export class IdentityModule {}
