import { Logger, type Provider } from '@nestjs/common';
import { createClient } from 'redis';
import { AppConfig } from '../../../config/app-config';

type RedisClient = ReturnType<typeof createClient>;

/** The publishing and subscribing connections the socket.io Redis adapter needs. */
export interface LiveRedis {
  pub: RedisClient;
  sub: RedisClient;
  close(): Promise<void>;
}

/**
 * Connection failures are retried by the client and must not crash the process; each
 * outage is logged once (until the connection is ready again), not on every retry.
 */
function reportOutages(client: RedisClient): void {
  const logger = new Logger('LiveRedis');
  let reported = false;
  client.on('error', (error: Error) => {
    if (!reported) logger.warn(`Redis for live discussion is unreachable (${error.message}); retrying.`);
    reported = true;
  });
  client.on('ready', () => {
    reported = false;
  });
}

/** Injection token of the live layer's Redis connections (null without REDIS_URL: one instance). */
export const LIVE_REDIS = Symbol('LIVE_REDIS');

/**
 * Connects to Redis before the gateway starts when REDIS_URL is set, so rooms, presence
 * and broadcasts are shared by every API instance; a single instance needs nothing.
 */
export const liveRedisProvider: Provider = {
  provide: LIVE_REDIS,
  inject: [AppConfig],
  useFactory: async (config: AppConfig): Promise<LiveRedis | null> => {
    if (!config.redisUrl) return null;
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) reportOutages(client);
    await Promise.all([pub.connect(), sub.connect()]);
    return {
      pub,
      sub,
      close: async () => {
        await Promise.all([pub, sub].filter((c) => c.isOpen).map((c) => c.quit()));
      },
    };
  },
};
