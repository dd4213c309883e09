/**
 * What the bare baselines that sign people in share, so each baseline file holds only its own
 * SQL and answers: the command line (`<databaseUrl> <port>`, SESSION_SECRET), a pool, the
 * signed-in person read from the `cg.sid` cookie as the API's session middleware reads it, and
 * a graphql-http server on node:http that reads that person before the operation runs.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { createHandler } from 'graphql-http/lib/use/http';
import pg from 'pg';

const [databaseUrl, port] = process.argv.slice(2);
const secret = process.env.SESSION_SECRET;
if (!secret) throw new Error("SESSION_SECRET must be the API's, so the same session cookie signs in here.");
export const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

/**
 * The session id in a `cg.sid` cookie signed as express-session signs it
 * (`s:<id>.<base64 HMAC-SHA256 of the id, unpadded>`), or null when absent or forged.
 */
function sessionId(cookieHeader) {
  const raw = cookieHeader
    ?.split(';')
    .map((part) => part.trim())
    .find((part) => part.startsWith('cg.sid='))
    ?.slice('cg.sid='.length);
  if (!raw) return null;
  const value = decodeURIComponent(raw);
  if (!value.startsWith('s:')) return null;
  const dot = value.lastIndexOf('.');
  if (dot < 0) return null;
  const id = value.slice(2, dot);
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', secret).update(id).digest('base64').replace(/=+$/, ''));
  return given.length === expected.length && timingSafeEqual(given, expected) ? id : null;
}

/** The signed-in person of a live session, with what authorisation needs. */
const SESSION_SQL = `
  select p.id, p.organisation_id, p.roles
    from session s
    join person p on p.id = (s.sess->>'personId')::uuid and p.deactivated_at is null
   where s.sid = $1 and s.expire >= now()`;

/** The person signed in on this request, or null. */
async function viewer(req) {
  const sid = sessionId(req.headers.cookie);
  if (!sid) return null;
  const { rows } = await pool.query(SESSION_SQL, [sid]);
  return rows[0] ?? null;
}

/** Serves `/graphql` on the port given; resolvers get `{ viewer }` as their context. Prints `ready` once listening. */
export function serveGraphql(schema, rootValue) {
  const handler = createHandler({
    schema,
    rootValue,
    // The session is read before the operation runs, as a session middleware would.
    context: async (req) => ({ viewer: await viewer(req.raw) }),
  });
  createServer((req, res) => {
    if (req.url?.startsWith('/graphql')) handler(req, res);
    else res.writeHead(404).end();
  }).listen(Number(port), '127.0.0.1', () => process.stdout.write('ready\n'));
}
