import { resolve } from 'node:path';
import { AppConfig } from './app-config';
import { InvalidEnvironmentError, parseEnv } from './env';

describe('parseEnv', () => {
  it('applies defaults for a bare environment', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.NODE_ENV).toBe('development');
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names every wrong variable in one readable error', () => {
    const run = () => parseEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SMTP_URL: 'http://mail' });
    expect(run).toThrow(InvalidEnvironmentError);
    try {
      run();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('PORT');
      expect(message).toContain('DATABASE_URL: must be a postgres:// connection URL');
      expect(message).toContain('SMTP_URL: must be an smtp:// or smtps:// URL');
    }
  });

  it('keeps media on the local disk unless MEDIA_STORAGE=s3, which needs a bucket and both keys or neither', () => {
    const dir = { SESSION_SECRET: 'x'.repeat(32) };
    expect(new AppConfig(parseEnv(dir), 'postgres://x@localhost/db').s3).toBeUndefined();
    expect(() => parseEnv({ MEDIA_STORAGE: 's3' })).toThrow(/S3_BUCKET: is required when MEDIA_STORAGE is s3/);
    expect(() => parseEnv({ MEDIA_STORAGE: 's3', S3_BUCKET: 'media', S3_ACCESS_KEY_ID: 'id' })).toThrow(
      /S3_SECRET_ACCESS_KEY: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together/,
    );
    expect(() => parseEnv({ MEDIA_STORAGE: 'ftp' })).toThrow(/MEDIA_STORAGE/);
    const config = new AppConfig(
      parseEnv({ ...dir, MEDIA_STORAGE: 's3', S3_BUCKET: 'media', S3_FORCE_PATH_STYLE: 'true' }),
      'postgres://x@localhost/db',
    );
    expect(config.s3).toEqual({
      endpoint: undefined,
      bucket: 'media',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: undefined,
    });
  });

  it('requires a session secret in production', () => {
    expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET: is required in production/);
    expect(parseEnv({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).NODE_ENV).toBe('production');
  });
});

describe('AppConfig', () => {
  it('takes relative folders from where the app was started, so files are served whatever the path', () => {
    const config = new AppConfig(
      parseEnv({ WEB_DIST: '../web/dist', DATA_DIR: 'data', SESSION_SECRET: 'x'.repeat(32) }),
      'postgres://x@localhost/db',
    );
    expect(config.webDist).toBe(resolve(process.cwd(), '../web/dist'));
    expect(config.dataDir).toBe(resolve(process.cwd(), 'data'));
  });
});
