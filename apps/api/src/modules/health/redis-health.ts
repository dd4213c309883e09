import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import { createClient } from 'redis';
import { AppConfig } from '../../config/app-config';

type Client = ReturnType<typeof createClient>;

/** A lazily connected Redis client used only to report whether Redis answers. */
@Injectable()
export class RedisHealth implements OnModuleDestroy {
  private client: Client | null = null;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {}

  get configured(): boolean {
    return !!this.config.redisUrl;
  }

  /** Resolves when Redis answers PING within two seconds. */
  async ping(): Promise<void> {
    if (!this.config.redisUrl) return;
    if (!this.client) {
      const client = createClient({
        url: this.config.redisUrl,
        socket: { connectTimeout: 2000, reconnectStrategy: false },
      });
      client.on('error', () => undefined);
      await client.connect();
      this.client = client;
    }
    await this.client.ping();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.client?.isOpen) await this.client.quit();
  }
}
