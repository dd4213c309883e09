import { Global, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { createSessionLayer, type SessionLayer } from './session';

/** Owns the session store so it is closed with the app (an open store keeps Jest and Ctrl-C waiting). */
@Injectable()
export class Sessions implements OnApplicationShutdown {
  readonly layer: SessionLayer;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.layer = createSessionLayer(config);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.layer.close();
  }
}

@Global()
@Module({ providers: [Sessions], exports: [Sessions] })
export class SessionModule {}
