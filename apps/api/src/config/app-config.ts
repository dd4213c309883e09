import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import type { Env } from './env';

/**
 * The settings the app runs with, derived once from the validated environment.
 * Services inject this rather than reading process.env, so tests can build one.
 */
export class AppConfig {
  readonly production: boolean;
  readonly test: boolean;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly redisUrl?: string;
  readonly smtpUrl?: string;
  readonly mailFrom: string;
  readonly publicUrl: string;
  readonly sessionSecret: string;
  readonly dataDir: string;
  readonly webDist?: string;
  readonly loadDemoData: boolean;
  readonly logLevel: Env['LOG_LEVEL'];
  readonly trustProxy: boolean;
  /** Whether this process runs background jobs (pg-boss workers and schedules); off under test unless asked for. */
  readonly backgroundJobs: boolean;
  /** The largest audio upload accepted, in bytes (MEDIA_AUDIO_MAX_BYTES). */
  readonly mediaAudioMaxBytes: number;
  /** The S3-compatible bucket media is kept in (MEDIA_STORAGE=s3), or undefined for the local disk. */
  readonly s3?: S3Settings;

  constructor(env: Env, databaseUrl: string) {
    this.production = env.NODE_ENV === 'production';
    this.test = env.NODE_ENV === 'test';
    this.port = env.PORT;
    this.host = env.HOST;
    this.databaseUrl = databaseUrl;
    this.redisUrl = env.REDIS_URL;
    this.smtpUrl = env.SMTP_URL;
    this.mailFrom = env.MAIL_FROM;
    this.publicUrl = (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, '');
    this.dataDir = isAbsolute(env.DATA_DIR) ? env.DATA_DIR : resolve(process.cwd(), env.DATA_DIR);
    this.sessionSecret = env.SESSION_SECRET ?? localSecret(this.dataDir);
    // Relative folders are taken from where the app was started, as DATA_DIR is.
    this.webDist = env.WEB_DIST && resolve(process.cwd(), env.WEB_DIST);
    this.loadDemoData = env.LOAD_DEMO_DATA ?? !this.production;
    this.logLevel = env.LOG_LEVEL;
    this.trustProxy = env.TRUST_PROXY;
    this.backgroundJobs = env.BACKGROUND_JOBS ?? !this.test;
    this.mediaAudioMaxBytes = env.MEDIA_AUDIO_MAX_BYTES;
    this.s3 =
      env.MEDIA_STORAGE === 's3' && env.S3_BUCKET
        ? {
            endpoint: env.S3_ENDPOINT,
            bucket: env.S3_BUCKET,
            region: env.S3_REGION,
            forcePathStyle: env.S3_FORCE_PATH_STYLE,
            credentials:
              env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
                ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
                : undefined,
          }
        : undefined;
  }
}

/** An S3-compatible bucket (AWS S3, MinIO, Ceph, R2 and the like); no credentials means the SDK's default chain. */
export interface S3Settings {
  endpoint?: string;
  bucket: string;
  region: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
}

/** Outside production, a generated secret kept in the data folder keeps sessions across restarts. */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
