import type { Provider } from '@nestjs/common';
import { createClient } from 'redis';
import { AppConfig } from '../../../config/app-config';

type RedisClient = ReturnType<typeof createClient>;

/** The publishing and subscribing connections the socket.io Redis adapter needs. */
export interface LiveRedis {
  pub: RedisClient;
  sub: RedisClient;
  close(): Promise<void>;
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
    // Connection drops are retried by the client; they must not crash the process.
    pub.on('error', () => undefined);
    sub.on('error', () => undefined);
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
