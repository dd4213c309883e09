import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError, type ErrorCode } from './domain-error';

const STATUS: Record<ErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
};

const CODE_OF_STATUS: Record<number, string> = {
  400: 'BAD_USER_INPUT',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'RATE_LIMITED',
};

/**
 * The REST counterpart of the GraphQL error formatter, for the upload and download
 * routes: every failure becomes `{ code, message }` JSON with the matching HTTP status,
 * never a stack trace. Apply it with `@UseFilters(HttpErrorFilter)` on a controller.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent) return;
    if (exception instanceof DomainError) {
      res.status(STATUS[exception.code]).json({ code: exception.code, message: exception.message });
      return;
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const response = exception.getResponse();
      const raw =
        typeof response === 'object' && response !== null && 'message' in response
          ? response.message
          : exception.message;
      const message = Array.isArray(raw) ? raw.join('. ') : String(raw);
      res.status(status).json({ code: CODE_OF_STATUS[status] ?? 'BAD_REQUEST', message });
      return;
    }
    this.logger.error({ msg: 'unexpected HTTP error', err: exception });
    res.status(500).json({
      code: 'INTERNAL_SERVER_ERROR',
      message: 'Something went wrong on our side. Please try again; if it keeps happening, contact the service team.',
    });
  }
}
