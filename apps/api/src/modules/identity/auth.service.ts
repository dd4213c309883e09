import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { DataSource, Repository } from 'typeorm';
import { LIMITS } from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { AccountsService } from './accounts.service';
import { PersonEntity } from './entities/person.entity';
import { SignInAttemptEntity } from './entities/sign-in-attempt.entity';
import { IdentityErrors } from './identity.errors';
import { verifyAgainstNothing, verifyPassword } from './passwords';
import { SessionsService } from './sessions.service';
import { lockedOutMessage, retryAfter } from './sign-in-throttle';

/** Signing in and out, with guessing throttled per account and per client address. */
@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(PersonEntity) private readonly people: Repository<PersonEntity>,
    @InjectRepository(SignInAttemptEntity) private readonly attempts: Repository<SignInAttemptEntity>,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  /**
   * Signs a person in with email and password, starting a fresh session. Refuses
   * before checking the password once an account or an address has too many recent
   * failures (RATE_LIMITED, saying when to try again; refused attempts are not counted,
   * so the wait never grows). Every checked attempt is recorded. Never says whether it
   * was the email or the password that was wrong (UNAUTHENTICATED). A deactivated
   * account gets FORBIDDEN; an unconfirmed one gets a new link and BAD_USER_INPUT.
   */
  async signIn(ctx: RequestContext, emailInput: string, password: string): Promise<PersonEntity> {
    const email = emailInput.trim().toLowerCase();
    await this.assertNotLockedOut(email, ctx.ip);
    const person = await this.people.findOneBy({ email });
    const matches = person ? await verifyPassword(person.passwordHash, password) : await verifyAgainstNothing(password);
    if (!person || !matches) {
      await this.record(email, ctx.ip, false);
      throw IdentityErrors.wrongCredentials();
    }
    if (person.deactivatedAt) {
      await this.record(email, ctx.ip, false);
      throw IdentityErrors.deactivated();
    }
    if (!person.emailVerifiedAt) {
      await this.record(email, ctx.ip, false);
      await this.accounts.sendVerification(person);
      throw IdentityErrors.unverified();
    }
    await this.record(email, ctx.ip, true);
    await this.sessions.start(ctx, person);
    return person;
  }

  /** Ends this browser's session. Throws UNAUTHENTICATED when already signed out. */
  async signOut(ctx: RequestContext): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    await this.sessions.end(ctx);
  }

  /** Ends every session of the signed-in person, on every device, this one included. */
  async signOutEverywhere(ctx: RequestContext): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    await this.sessions.endAllFor(ctx.actor.id);
    await this.sessions.end(ctx);
  }

  /**
   * Throws RATE_LIMITED when the account has LIMITS.signInFailuresPerAccount failures,
   * or the address LIMITS.signInFailuresPerAddress, within the window. One statement:
   * it finds the failure at the limit's position, whose age says when the lock ends.
   */
  private async assertNotLockedOut(email: string, ip: string): Promise<void> {
    const since = new Date(Date.now() - LIMITS.signInWindowMinutes * 60_000);
    const rows: { account_at: Date | null; address_at: Date | null }[] = await this.dataSource.query(
      `select
         (select created_at from sign_in_attempt
           where email = $1 and not succeeded and created_at > $3
           order by created_at desc offset $4 limit 1) as account_at,
         (select created_at from sign_in_attempt
           where ip = $2 and not succeeded and created_at > $3
           order by created_at desc offset $5 limit 1) as address_at`,
      [email, ip.slice(0, 64), since, LIMITS.signInFailuresPerAccount - 1, LIMITS.signInFailuresPerAddress - 1],
    );
    const hits = [rows[0]?.account_at, rows[0]?.address_at].filter((d): d is Date => d instanceof Date);
    if (!hits.length) return;
    const until = retryAfter(new Date(Math.max(...hits.map((d) => d.getTime()))));
    throw IdentityErrors.lockedOut(lockedOutMessage(until));
  }

  private async record(email: string, ip: string, succeeded: boolean): Promise<void> {
    await this.attempts.insert({ email: email.slice(0, 254), ip: ip.slice(0, 64), succeeded });
  }
}
