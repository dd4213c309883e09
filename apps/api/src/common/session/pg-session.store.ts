import session from 'express-session';
import type { QueryResult, QueryResultRow } from 'pg';
import type { RoleName } from '@common-ground/shared';
import type { Actor } from '../auth/actor';

type Callback<T = void> = (err?: unknown, value?: T) => void;

/** Runs one statement on the session pool (a pool's `query`, possibly observed). */
export type SessionQuery = <R extends QueryResultRow = QueryResultRow>(
  text: string,
  values?: unknown[],
) => Promise<QueryResult<R>>;

interface SessionRow {
  sess: session.SessionData;
  id: string | null;
  organisation_id: string | null;
  roles: RoleName[] | null;
}

/**
 * Sessions in the `session` table (the layout connect-pg-simple uses). Reading a session
 * also reads its person in the same statement, so a signed-in request costs one database
 * round trip before any work instead of two; the actor is handed to the actor middleware
 * through `takeActor`. Expired rows are pruned every 15 minutes.
 */
export class PgSessionStore extends session.Store {
  private readonly actors = new Map<string, Actor | null>();
  private readonly pruner: NodeJS.Timeout;

  constructor(private readonly query: SessionQuery) {
    super();
    this.pruner = setInterval(() => void this.prune(), 15 * 60 * 1000);
    this.pruner.unref();
  }

  override get(sid: string, callback: Callback<session.SessionData | null>): void {
    this.query<SessionRow>(
      `select s.sess, p.id, p.organisation_id, p.roles
           from session s
           left join person p on p.id = (s.sess->>'personId')::uuid and p.deactivated_at is null
          where s.sid = $1 and s.expire >= now()`,
      [sid],
    )
      .then(({ rows }) => {
        const row = rows[0];
        if (!row) return callback(null, null);
        // Bounded: an entry is taken by the next middleware of the same request.
        if (this.actors.size > 10_000) this.actors.clear();
        this.actors.set(
          sid,
          row.id && row.organisation_id && row.roles
            ? { id: row.id, organisationId: row.organisation_id, roles: row.roles }
            : null,
        );
        callback(null, row.sess);
      })
      .catch((error: unknown) => callback(error));
  }

  override set(sid: string, sess: session.SessionData, callback?: Callback): void {
    const expires = sess.cookie?.expires ? new Date(sess.cookie.expires) : new Date(Date.now() + 86_400_000);
    this.query(
      `insert into session (sid, sess, expire) values ($1, $2, $3)
         on conflict (sid) do update set sess = excluded.sess, expire = excluded.expire`,
      [sid, JSON.stringify(sess), expires],
    )
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  override destroy(sid: string, callback?: Callback): void {
    this.actors.delete(sid);
    this.query('delete from session where sid = $1', [sid])
      .then(() => callback?.())
      .catch((error: unknown) => callback?.(error));
  }

  /** The actor read with this session by `get`, once; undefined when not read here. */
  takeActor(sid: string): Actor | null | undefined {
    const actor = this.actors.get(sid);
    this.actors.delete(sid);
    return actor;
  }

  /** Deletes expired sessions. */
  async prune(): Promise<void> {
    await this.query('delete from session where expire < now()').catch(() => undefined);
  }

  close(): void {
    clearInterval(this.pruner);
  }
}
