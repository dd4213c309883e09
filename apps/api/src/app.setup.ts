import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { LIMITS } from '@common-ground/shared';
import type { AppConfig } from './config/app-config';
import { Sessions } from './common/session/session.module';

/**
 * Everything the HTTP layer needs that is not a Nest module: security headers, body
 * limits, sessions. Shared by `main.ts` and the integration tests so both run the same app.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  if (config.trustProxy) app.set('trust proxy', 1);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          mediaSrc: ["'self'", 'blob:'],
          connectSrc: ["'self'", 'ws:', 'wss:'],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.publicUrl.startsWith('https://') ? [] : null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.useBodyParser('json', { limit: LIMITS.requestBodyBytes });
  app.useBodyParser('urlencoded', { limit: LIMITS.requestBodyBytes, extended: false });
  const sessions = app.get(Sessions).layer;
  app.use(sessions.middleware);
  app.use(sessions.actor);
}
