import type { NextFunction, Request, RequestHandler, Response } from 'express';
import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import { Pool } from 'pg';
import { LIMITS, type RoleName } from '@common-ground/shared';
import type { AppConfig } from '../../config/app-config';

export const SESSION_COOKIE = 'cg.sid';

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
export function createSessionLayer(config: AppConfig): SessionLayer {
  const pool = new Pool({ connectionString: config.databaseUrl, max: 4, application_name: 'common-ground-sessions' });
  // An idle connection dropped by the server (restart, shutdown) must not crash the process.
  pool.on('error', () => undefined);
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool, tableName: 'session', createTableIfMissing: false, pruneSessionInterval: 15 * 60 });
  const secure = config.publicUrl.startsWith('https://');
  const middleware = session({
    name: SESSION_COOKIE,
    secret: config.sessionSecret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
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
    pool
      .query<{ id: string; organisation_id: string; roles: RoleName[] }>(
        'select id, organisation_id, roles from person where id = $1 and deactivated_at is null',
        [personId],
      )
      .then(({ rows }) => {
        const row = rows[0];
        req.actor = row ? { id: row.id, organisationId: row.organisation_id, roles: row.roles } : null;
        if (!row) delete req.session.personId;
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
