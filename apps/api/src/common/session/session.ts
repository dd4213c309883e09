import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import { Pool } from 'pg';
import { LIMITS, type RoleName } from '@common-ground/shared';
import type { AppConfig } from '../../config/app-config';
import { PgSessionStore, type SessionQuery } from './pg-session.store';

export const SESSION_COOKIE = 'cg.sid';

/** An active session is extended (cookie and row) at most this often: sliding expiry without a write per request. */
export const ROLL_EVERY_MS = 60_000;

/** Told the text of every statement the session layer sends (tests count statements on every pool). */
export type SessionSqlObserver = (sql: string) => void;

export interface SessionLayer {
  middleware: RequestHandler;
  actor: RequestHandler;
  close(): Promise<void>;
}

/**
 * Server-side sessions in PostgreSQL behind an httpOnly, SameSite=Lax cookie, and a
 * middleware that turns the session into the request's actor (or none, when the
 * person has been deactivated since signing in).
 */
export function createSessionLayer(config: AppConfig, observe?: SessionSqlObserver): SessionLayer {
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4, application_name: 'common-ground-sessions' });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process.
  pool.on('error', () => undefined);
  const query: SessionQuery = (text, values) => {
    observe?.(text);
    return pool.query(text, values);
  };
  const store = new PgSessionStore(query);
  const secure = config.publicUrl.startsWith('https://');
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: false,
    proxy: config.trustProxy,
    cookie: { httpOnly: true, sameSite: 'lax', secure, maxAge: LIMITS.sessionHours * 3600 * 1000 },
  });

  const actor: RequestHandler = (req: Request, _res: Response, next: NextFunction) => {
    const personId = req.session?.personId;
    if (!personId) {
      req.actor = null;
      next();
      return;
    }
    const known = store.takeActor(req.sessionID);
    const resolved =
      known !== undefined
        ? Promise.resolve(known)
        : query<{ id: string; organisation_id: string; roles: RoleName[] }>(
            'select id, organisation_id, roles from person where id = $1 and deactivated_at is null',
            [personId],
          ).then(({ rows }) =>
            rows[0] ? { id: rows[0].id, organisationId: rows[0].organisation_id, roles: rows[0].roles } : null,
          );
    resolved
      .then((found) => {
        req.actor = found;
        if (!found) delete req.session.personId;
        else if (Date.now() - (req.session.lastSeenAt ?? 0) > ROLL_EVERY_MS) req.session.lastSeenAt = Date.now();
        next();
      })
      .catch(next);
  };

  return {
    middleware,
    actor,
    close: async () => {
      store.close();
      await pool.end();
    },
  };
}
