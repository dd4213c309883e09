import { z } from 'zod';

/**
 * Every environment variable the API reads, validated once at start so that a wrong
 * or missing value stops the process with a message naming the variable, instead of
 * failing later in some request.
 */
const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().default('0.0.0.0'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection URL')
      .optional(),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
      .optional(),
    MAIL_FROM: z.string().default('Common Ground <no-reply@common-ground.local>'),
    PUBLIC_URL: z.url('must be the URL people use to reach the app').optional(),
    SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    DATA_DIR: z.string().default('.data'),
    WEB_DIST: z.string().optional(),
    LOAD_DEMO_DATA: booleanString.optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: booleanString.default(false),
    BACKGROUND_JOBS: booleanString.optional(),
    /** The largest audio upload accepted, in bytes (podcast episodes, recordings). */
    MEDIA_AUDIO_MAX_BYTES: z.coerce
      .number()
      .int()
      .min(1024)
      .max(2_000_000_000)
      .default(200 * 1024 * 1024),
    /** Where uploaded media is kept: `local` (DATA_DIR/media) or `s3` (an S3-compatible bucket, the S3_* settings). */
    MEDIA_STORAGE: z.enum(['local', 's3']).default('local'),
    S3_ENDPOINT: z.url('must be the storage service URL, e.g. https://s3.example.org').optional(),
    S3_BUCKET: z.string().min(3).max(63).optional(),
    S3_REGION: z.string().default('us-east-1'),
    S3_ACCESS_KEY_ID: z.string().optional(),
    S3_SECRET_ACCESS_KEY: z.string().optional(),
    S3_FORCE_PATH_STYLE: booleanString.default(false),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && !env.SESSION_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['SESSION_SECRET'],
        message: 'is required in production (at least 32 random characters)',
      });
    }
    if (env.MEDIA_STORAGE === 's3' && !env.S3_BUCKET) {
      ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'is required when MEDIA_STORAGE is s3' });
    }
    if (!env.S3_ACCESS_KEY_ID !== !env.S3_SECRET_ACCESS_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['S3_SECRET_ACCESS_KEY'],
        message:
          'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together, or neither (the default AWS credential chain)',
      });
    }
  });

export type Env = z.output<typeof envSchema>;

/** Thrown when the environment is invalid; its message lists every problem. */
export class InvalidEnvironmentError extends Error {}

/** Parses the environment, throwing one readable error that lists every bad variable. */
export function parseEnv(source: NodeJS.ProcessEnv = process.env): Env {
  // An empty variable (as docker compose passes for an unset `${X:-}`) means "not set".
  const present = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = envSchema.safeParse(present);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  - ${issue.path.join('.')}: ${issue.message}`);
  throw new InvalidEnvironmentError(`The configuration is not valid:\n${lines.join('\n')}`);
}
