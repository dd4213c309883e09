/** Drops the template database and stops the embedded server, if this run started one. */
import pg from 'pg';

export default async function globalTeardown() {
  const admin = process.env.CG_TEST_SERVER_URL;
  const template = process.env.CG_TEST_TEMPLATE_DB;
  if (admin && template) {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    const { rows } = await client.query("select datname from pg_database where datname like $1 || '%'", [template]);
    for (const row of rows) await client.query(`drop database if exists ${row.datname} with (force)`);
    await client.end();
  }
  const server = globalThis.__CG_EMBEDDED_PG__;
  if (server) await server.stop();
}
