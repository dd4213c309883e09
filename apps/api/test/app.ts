import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Client } from 'pg';
import type { DataSource, Logger as TypeOrmLogger } from 'typeorm';
import { AppModule } from '../src/app.module';
import { configureApp } from '../src/app.setup';
import { AppConfig } from '../src/config/app-config';
import { parseEnv } from '../src/config/env';
import { GraphqlClient } from './graphql-client';

/** Counts SQL statements so tests can prove list pages make a bounded number of queries. */
export class QueryCounter implements TypeOrmLogger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
  logQueryError(): void {}
  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
  /** Runs `work` and returns how many statements it issued. */
  async measure(work: () => Promise<unknown>): Promise<number> {
    const before = this.count;
    await work();
    return this.count - before;
  }
}

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  queries: QueryCounter;
  config: AppConfig;
  /** A new client with its own cookie jar: one per person in a test. */
  client(): GraphqlClient;
  close(): Promise<void>;
}

/**
 * Boots the real app, exactly as `npm start` does, on its own database cloned from the
 * migrated template, listening on a random loopback port.
 */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const server = process.env.CG_TEST_SERVER_URL;
  const template = process.env.CG_TEST_TEMPLATE_DB;
  if (!server || !template) throw new Error('Run the API tests through Jest (global setup prepares the database).');
  const name = `${template}_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
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
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, { typeormLogger: queries }), {
    bodyParser: false,
    logger: false,
  });
  configureApp(app, config);
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  const base = `http://127.0.0.1:${address.port}`;
  const db = app.get<DataSource>(getDataSourceToken());
  return {
    app,
    url: base,
    db,
    queries,
    config,
    client: () => new GraphqlClient(base),
    close: async () => {
      await app.close();
      const c = new Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
