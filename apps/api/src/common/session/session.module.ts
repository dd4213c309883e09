import {
  type DynamicModule,
  Global,
  Inject,
  Injectable,
  Module,
  type OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { createSessionLayer, type SessionLayer, type SessionSqlObserver } from './session';

/** Injection token of the optional observer of the session layer's statements. */
const SESSION_SQL_OBSERVER = Symbol('SESSION_SQL_OBSERVER');

/** Owns the session store so it is closed with the app (an open store keeps Jest and Ctrl-C waiting). */
@Injectable()
export class Sessions implements OnApplicationShutdown {
  readonly layer: SessionLayer;

  constructor(
    @Inject(AppConfig) config: AppConfig,
    @Optional() @Inject(SESSION_SQL_OBSERVER) observe?: SessionSqlObserver,
  ) {
    this.layer = createSessionLayer(config, observe);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.layer.close();
  }
}

@Global()
@Module({})
export class SessionModule {
  /** The session layer; `observe` is told every statement it sends (tests count them). */
  static forRoot(observe?: SessionSqlObserver): DynamicModule {
    return {
      module: SessionModule,
      providers: [Sessions, ...(observe ? [{ provide: SESSION_SQL_OBSERVER, useValue: observe }] : [])],
      exports: [Sessions],
    };
  }
}
