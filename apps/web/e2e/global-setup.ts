import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const root = join(__dirname, '..', '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, app: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (app.exitCode !== null) throw new Error(`The app exited while starting:\n${output()}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The app did not become healthy in 90 s:\n${output()}`);
}

/**
 * Starts the built product as `npm start` would (production mode, demo data), on its own
 * database: a fresh one on DATABASE_URL's server, or its own embedded PostgreSQL.
 */
export default async function setup(project: TestProject) {
  const main = join(root, 'apps', 'api', 'dist', 'main.js');
  if (!existsSync(main) || !existsSync(join(root, 'apps', 'web', 'dist', 'index.html'))) {
    throw new Error('Build the api and web apps first (npm test does).');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-e2e-'));
  chmodSync(dataDir, 0o755);
  const env: Record<string, string> = {
    NODE_ENV: 'production',
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    LOAD_DEMO_DATA: 'true',
    DATA_DIR: dataDir,
    WEB_DIST: join(root, 'apps', 'web', 'dist'),
    LOG_LEVEL: 'warn',
  };
  let dropDatabase: (() => Promise<void>) | null = null;
  if (process.env.DATABASE_URL) {
    const name = `cg_e2e_${randomBytes(6).toString('hex')}`;
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    const client = new pg.Client({ connectionString: admin.toString() });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: admin.toString() });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const childEnv = { ...process.env, ...env };
  if (!env.DATABASE_URL) delete childEnv.DATABASE_URL;
  let output = '';
  const app = spawn(process.execPath, [main], { cwd: root, env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  app.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  app.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, app, () => output);
  project.provide('baseUrl', baseUrl);

  return async () => {
    const exited = new Promise((r) => app.once('exit', r));
    app.kill('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 15_000)))]);
    clearTimeout(timer);
    await dropDatabase?.();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
