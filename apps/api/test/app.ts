import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from '../src/app.module';
import { Clock } from '../src/common/clock';
import { configureApp } from '../src/app.setup';
import { AppConfig } from '../src/config/app-config';
import { parseEnv } from '../src/config/env';
import { GraphqlClient } from './graphql-client';

/**
 * Records every SQL statement the app sends, on every pool: TypeORM's (as its logger) and
 * the session layer's (as its observer), so tests can prove a page makes a bounded number
 * of statements, the session's own included.
 */
export class QueryCounter implements TypeOrmLogger {
  private readonly statements: string[] = [];

  logQuery(query: string): void {
    this.statements.push(query);
  }
  /** The session layer's observer. */
  readonly observeSession = (sql: string): void => {
    this.statements.push(sql);
  };
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  /** Runs `work` and returns the statements it issued, in order (a failed assertion shows them). */
  async capture(work: () => Promise<unknown>): Promise<string[]> {
    const before = this.statements.length;
    await work();
    return this.statements.slice(before).map((sql) => sql.replace(/\s+/g, ' ').trim());
  }
  /** Runs `work` and returns how many statements it issued. */
  async measure(work: () => Promise<unknown>): Promise<number> {
    return (await this.capture(work)).length;
  }
}

/**
 * The app's clock in tests: real time, plus however far a test has moved it on, so
 * time-dependent behaviour is tested without sleeping.
 */
export class TestClock extends Clock {
  private offsetMs = 0;

  override now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  /** Moves the app's time forward. */
  advance(ms: number): void {
    this.offsetMs += ms;
  }
}

/** Keeps the app's JSON log lines, so tests can check what was logged at which level. */
export class LogCapture {
  readonly lines: { level: number; msg?: string; [key: string]: unknown }[] = [];
  write(chunk: string): void {
    for (const line of chunk.split('\n')) if (line.trim()) this.lines.push(JSON.parse(line) as LogCapture['lines'][0]);
  }
  /** Lines at pino's `error` level (50) or above. */
  get errors(): LogCapture['lines'] {
    return this.lines.filter((line) => line.level >= 50);
  }
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  queries: QueryCounter;
  clock: TestClock;
  /** What the app logged (at the LOG_LEVEL given in env; nothing by default). */
  logs: LogCapture;
  config: AppConfig;
  /** The app's database (pass it to another createTestApp to run a second instance on it). */
  databaseName: string;
  /** A new client with its own cookie jar: one per person in a test. */
  client(): GraphqlClient;
  /**
   * Stops the app and boots a new one on the same database, as a redeploy would: nothing
   * is left in memory. `app`, `url` and `db` change; clients made before talk to the old
   * address, so make new ones (sessions survive in the database).
   */
  restart(): Promise<void>;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /**
   * Another test app's database to run on, as a second instance of the same deployment
   * would; that app creates and drops it.
   */
  database?: string;
}

/**
 * Boots the real app, exactly as `npm start` does, on its own database cloned from the
 * migrated template (or on another app's), listening on a random loopback port.
 */
export async function createTestApp(env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const server = process.env.CG_TEST_SERVER_URL;
  const template = process.env.CG_TEST_TEMPLATE_DB;
  if (!server || !template) throw new Error('Run the API tests through Jest (global setup prepares the database).');
  const owned = !options.database;
  const name = options.database ?? `${template}_${randomBytes(6).toString('hex')}`;
  if (owned) {
    const admin = new Client({ connectionString: server });
    await admin.connect();
    await admin.query(`create database ${name} template ${template}`);
    await admin.end();
  }
  const url = new URL(server);
  url.pathname = `/${name}`;

  const config = new AppConfig(
    parseEnv({
      NODE_ENV: 'test',
      SESSION_SECRET: randomBytes(32).toString('hex'),
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://localhost:3000',
      WEB_DIST: '/nonexistent',
      ...env,
    }),
    url.toString(),
  );
  const queries = new QueryCounter();
  const clock = new TestClock();
  const logs = new LogCapture();
  const boot = async () => {
    const app = await NestFactory.create<NestExpressApplication>(
      AppModule.forRoot(config, {
        typeormLogger: queries,
        sessionSqlObserver: queries.observeSession,
        clock,
        logStream: logs,
      }),
      { bodyParser: false, logger: false },
    );
    configureApp(app, config);
    await app.listen(0, '127.0.0.1');
    const address = app.getHttpServer().address() as { port: number };
    return { app, url: `http://127.0.0.1:${address.port}`, db: app.get<DataSource>(getDataSourceToken()) };
  };
  const t: TestApp = {
    ...(await boot()),
    queries,
    clock,
    logs,
    config,
    databaseName: name,
    client: () => new GraphqlClient(t.url),
    restart: async () => {
      await t.app.close();
      Object.assign(t, await boot());
    },
    close: async () => {
      await t.app.close();
      if (!owned) return;
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
  return t;
}
