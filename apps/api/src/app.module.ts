import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type DynamicModule, Module, ValidationPipe } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ServeStaticModule } from '@nestjs/serve-static';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger as TypeOrmLogger } from 'typeorm';
import type { DestinationStream } from 'pino';
import { AuthGuard } from './common/auth/auth.guard';
import { LoggingModule } from './common/logging/logging.module';
import { type Clock, ClockModule } from './common/clock';
import { HttpErrorFilter } from './common/errors/http-exception.filter';
import { validationError } from './common/errors/validation-error';
import { graphqlOptions } from './common/graphql/graphql-options';
import type { SessionSqlObserver } from './common/session/session';
import { SessionModule } from './common/session/session.module';
import { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { dataSourceOptions } from './database/data-source-options';
import { CoursesModule } from './modules/courses/courses.module';
import { DiscussionModule } from './modules/discussion/discussion.module';
import { FrameworkModule } from './modules/framework/framework.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { LearningModule } from './modules/learning/learning.module';
import { LibraryModule } from './modules/library/library.module';
import { GlossaryModule } from './modules/library/glossary/glossary.module';
import { FaqModule } from './modules/library/faq/faq.module';
import { MythModule } from './modules/library/myth/myth.module';
import { PodcastModule } from './modules/library/podcast/podcast.module';
import { MailModule } from './modules/mail/mail.module';
import { MediaModule } from './modules/media/media.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { SearchModule } from './modules/search/search.module';

/** The feature modules; the schema writer walks these to find every resolver. */
export const FEATURE_MODULES = [
  HealthModule,
  MailModule,
  IdentityModule,
  MediaModule,
  JobsModule,
  LearningModule,
  DiscussionModule,
  NotificationsModule,
  CoursesModule,
  GlossaryModule,
  FrameworkModule,
  LibraryModule,
  FaqModule,
  MythModule,
  SearchModule,
  PodcastModule,
];

export interface AppModuleOptions {
  /** Where to write the generated schema; `true` keeps it in memory. */
  schemaFile?: string | true;
  /** Receives every SQL statement sent through TypeORM (tests count them). */
  typeormLogger?: TypeOrmLogger;
  /** Told every SQL statement the session layer sends on its own pool (tests count them). */
  sessionSqlObserver?: SessionSqlObserver;
  /** The time the app reads; the system clock when left out (tests move it on). */
  clock?: Clock;
  /** Where JSON log lines go instead of standard output (tests read them). */
  logStream?: DestinationStream;
}

/** Assembles the app from a validated config, so tests build it exactly as `npm start` does. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    const webDist = config.webDist ?? join(__dirname, '..', '..', 'web', 'dist');
    const serveWeb = existsSync(join(webDist, 'index.html'))
      ? [
          ServeStaticModule.forRoot({
            rootPath: webDist,
            exclude: ['/graphql{/*path}', '/health{/*path}', '/api/{*path}', '/socket.io/{*path}'],
            serveStaticOptions: { index: false, maxAge: '1h' },
          }),
        ]
      : [];
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(options.clock),
        SessionModule.forRoot(options.sessionSqlObserver),
        LoggingModule.forRoot(config.logLevel, options.logStream),
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          ...(options.typeormLogger ? { logger: options.typeormLogger, logging: true } : {}),
        }),
        GraphQLModule.forRoot(graphqlOptions(config, options.schemaFile ?? true)),
        ...serveWeb,
        ...FEATURE_MODULES,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_FILTER, useClass: HttpErrorFilter },
        {
          provide: APP_PIPE,
          useValue: new ValidationPipe({
            whitelist: true,
            forbidNonWhitelisted: true,
            transform: true,
            exceptionFactory: validationError,
          }),
        },
      ],
    };
  }
}
