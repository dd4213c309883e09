import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppModule } from './app.module';
import { configureApp } from './app.setup';
import { AppConfig } from './config/app-config';
import { InvalidEnvironmentError, parseEnv } from './config/env';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';
import { prepareDatabase } from './database/prepare';
import type { DemoAccount } from './database/seed/demo-partnership';

const say = (line: string) => process.stdout.write(`${line}\n`);

function banner(url: string, demo: DemoAccount[] | null): void {
  say('');
  say(`Common Ground is running at ${url}`);
  say(`GraphQL API: ${url}/graphql   Health: ${url}/health`);
  if (demo?.length) {
    say('');
    say('Demo accounts (demo data only; change or remove before real use):');
    for (const account of demo) say(`  ${account.role.padEnd(10)} ${account.email.padEnd(40)} ${account.password}`);
  }
  say('');
  say('Press Ctrl-C to stop.');
}

/** Starts the database (embedded unless DATABASE_URL is set), migrates, seeds, and serves. */
async function bootstrap(): Promise<void> {
  const env = parseEnv();
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = env.DATABASE_URL;
  if (!databaseUrl) {
    const dataDir = new AppConfig(env, '').dataDir;
    say(`Starting the embedded PostgreSQL (data in ${dataDir}/postgres)…`);
    embedded = await startEmbeddedPostgres(dataDir, (m) => say(m));
    databaseUrl = embedded.url;
  }
  const config = new AppConfig(env, databaseUrl);
  const stopDatabase = async () => {
    await embedded?.stop();
  };
  try {
    const demo = await prepareDatabase(config);
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), {
      bufferLogs: true,
      bodyParser: false,
    });
    configureApp(app, config);
    await app.listen(config.port, config.host);
    banner(config.publicUrl, demo);
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      say(`\n${signal} received: stopping…`);
      app
        .close()
        .then(stopDatabase)
        .then(() => process.exit(0))
        .catch((error: unknown) => {
          console.error(error);
          process.exit(1);
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  } catch (error) {
    await stopDatabase();
    throw error;
  }
}

bootstrap().catch((error: unknown) => {
  if (error instanceof InvalidEnvironmentError) {
    console.error(error.message);
  } else {
    console.error('Common Ground could not start:', error);
  }
  process.exit(1);
});
