import { type DynamicModule, Global, type LoggerService, Module } from '@nestjs/common';
import type { RequestHandler } from 'express';
import pino, { type DestinationStream, type Level, type Logger as Pino } from 'pino';
import { pinoHttp } from 'pino-http';

/**
 * The app's log: JSON lines from one pino logger, one line per HTTP request (pino-http)
 * and the lines Nest and the app write through Nest's Logger (with their context). It
 * replaces nestjs-pino, which bound each request's logger through AsyncLocalStorage: on
 * Node 20 that turns on async hooks that run for every promise the process makes, about
 * a fifth of the API's CPU on a thread page (bench/thread-page.mjs). App lines therefore
 * carry their context, not the request's id; the request's own line has it.
 */
@Global()
@Module({})
export class LoggingModule {
  static forRoot(level: Level | 'silent', stream?: DestinationStream): DynamicModule {
    return {
      module: LoggingModule,
      providers: [{ provide: AppLogger, useValue: new AppLogger(level, stream) }],
      exports: [AppLogger],
    };
  }
}

/** Nest's LoggerService over pino, and the request logger that shares its output. */
export class AppLogger implements LoggerService {
  readonly pino: Pino;
  /** Logs each request once it is answered: a refused one (4xx) at info, only faults (5xx) as errors. */
  readonly requests: RequestHandler;

  constructor(level: Level | 'silent', stream?: DestinationStream) {
    this.pino = pino(
      {
        level,
        redact: {
          paths: [
            'req.headers.cookie',
            'res.headers["set-cookie"]',
            'req.headers.authorization',
            '*.email',
            '*.password',
          ],
          censor: '[redacted]',
        },
      },
      stream,
    );
    this.requests = pinoHttp({
      logger: this.pino,
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
      autoLogging: { ignore: (req) => req.url === '/health' },
      // One short line per request: no headers (they carry cookies and add noise).
      serializers: {
        req: (req: { id: unknown; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    });
  }

  log(message: unknown, ...params: unknown[]): void {
    this.write('info', message, params);
  }
  error(message: unknown, ...params: unknown[]): void {
    this.write('error', message, params);
  }
  warn(message: unknown, ...params: unknown[]): void {
    this.write('warn', message, params);
  }
  debug(message: unknown, ...params: unknown[]): void {
    this.write('debug', message, params);
  }
  verbose(message: unknown, ...params: unknown[]): void {
    this.write('trace', message, params);
  }
  fatal(message: unknown, ...params: unknown[]): void {
    this.write('fatal', message, params);
  }

  /**
   * Nest calls `level(message, ...params, context)`, and `error(message, stack, context)`;
   * an object message (`{ msg, err }`) is logged as its fields, an Error under `err`.
   */
  private write(level: Level, message: unknown, params: unknown[]): void {
    if (!this.pino.isLevelEnabled(level)) return;
    const rest = [...params];
    const fields: Record<string, unknown> = {};
    if (rest.length > 0 && typeof rest[rest.length - 1] === 'string') fields.context = rest.pop();
    if (level === 'error' && typeof rest[0] === 'string') fields.stack = rest.shift();
    if (message instanceof Error) this.pino[level]({ ...fields, err: message }, message.message);
    else if (typeof message === 'object' && message !== null) this.pino[level]({ ...fields, ...message });
    else this.pino[level](fields, String(message));
  }
}
