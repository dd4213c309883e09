import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { LIMITS } from '@common-ground/shared';
import type { AppConfig } from './config/app-config';
import { middlewareErrors, requireJsonPost, verifyJsonStart } from './common/errors/body-errors';
import { refuseDeepDocuments } from './common/graphql/nesting';
import { AppLogger } from './common/logging/logging.module';
import { Sessions } from './common/session/session.module';

/**
 * Everything the HTTP layer needs that is not a Nest module: security headers, body
 * limits, sessions. Shared by `main.ts` and the integration tests so both run the same app.
 */
export function configureApp(app: NestExpressApplication, config: AppConfig): void {
  const logger = app.get(AppLogger);
  app.useLogger(logger);
  // First, so every request gets its line, those refused by the layers below included.
  app.use(logger.requests);
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
  app.use('/graphql', requireJsonPost);
  app.useBodyParser('json', { limit: LIMITS.requestBodyBytes, verify: verifyJsonStart });
  app.useBodyParser('urlencoded', { limit: LIMITS.requestBodyBytes, extended: false });
  app.use('/graphql', refuseDeepDocuments);
  const sessions = app.get(Sessions).layer;
  app.use(sessions.middleware);
  app.use(sessions.actor);
  // Failures of everything above leave through the product's error shape, not Express's page.
  app.use(middlewareErrors);
}
