import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Session } from 'express-session';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { SESSION_COOKIE } from '../../common/session/session';
import type { PersonEntity } from './entities/person.entity';
import { SessionEndings } from './session-endings';

const call = (run: (done: (err?: unknown) => void) => void): Promise<void> =>
  new Promise((resolve, reject) =>
    run((err) => (err ? reject(err instanceof Error ? err : new Error('Session store error')) : resolve())),
  );

/**
 * Starts and ends the server-side sessions kept by express-session in the `session`
 * table. Signing in always issues a new session id (no session fixation).
 */
@Injectable()
export class SessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly endings: SessionEndings,
  ) {}

  /**
   * Signs the person in on this request: a fresh session holding their id, saved
   * before the response goes, and the request's actor set so the rest of this
   * operation sees them signed in. Connections of the replaced session are closed.
   */
  async start(ctx: RequestContext, person: PersonEntity): Promise<void> {
    const req = ctx.req;
    if (!req.session) throw new Error('Sessions are not configured on this request');
    const replaced = req.sessionID;
    await call((done) => req.session.regenerate(done));
    this.endings.ended({ sessionId: replaced });
    req.session.personId = person.id;
    req.session.signedInAt = Date.now();
    await call((done) => req.session.save(done));
    ctx.actor = { id: person.id, organisationId: person.organisationId, roles: person.roles };
  }

  /** Ends this request's session and clears its cookie; the request is signed out from here on. */
  async end(ctx: RequestContext): Promise<void> {
    const session: Session | undefined = ctx.req.session;
    if (session) {
      const sessionId = ctx.req.sessionID;
      await call((done) => session.destroy(done));
      this.endings.ended({ sessionId });
    }
    ctx.res.clearCookie(SESSION_COOKIE, { path: '/' });
    ctx.actor = null;
  }

  /**
   * Deletes every session of the person, on every device. `exceptSid` keeps one (the
   * caller's own, after a password change). Returns how many were ended. Live connections
   * are told at once, even inside a transaction (a socket closed early is harmless).
   */
  async endAllFor(personId: string, exceptSid?: string, manager?: EntityManager): Promise<number> {
    const runner = manager ?? this.dataSource.manager;
    const result: unknown = exceptSid
      ? await runner.query(`delete from session where sess->>'personId' = $1 and sid <> $2`, [personId, exceptSid])
      : await runner.query(`delete from session where sess->>'personId' = $1`, [personId]);
    this.endings.ended({ personId, exceptSessionId: exceptSid });
    return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
  }
}
