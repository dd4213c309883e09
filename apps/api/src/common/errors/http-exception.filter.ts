import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DomainError } from './domain-error';
import { codeOfStatus, DEFAULT_MESSAGES } from './error-codes';
import { sendError } from './send-error';

/** A Nest HttpException's own message, unless it is the framework's (which names routes and internals). */
function messageOf(exception: HttpException, status: number): string | undefined {
  if (status === 404) return DEFAULT_MESSAGES.NOT_FOUND;
  const response = exception.getResponse();
  const raw =
    typeof response === 'object' && response !== null && 'message' in response ? response.message : exception.message;
  return Array.isArray(raw) ? raw.join('. ') : String(raw);
}

/**
 * The REST counterpart of the GraphQL error formatter, registered globally: every failure
 * of a route (and an unknown route) becomes `{ code, message }` JSON with the matching HTTP
 * status, never a stack trace. GraphQL errors pass through to Apollo's formatter.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<string>() === 'graphql') return exception;
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) return undefined;
    if (exception instanceof DomainError) {
      sendError(req, res, exception.code, exception.message);
      return undefined;
    }
    if (exception instanceof HttpException && exception.getStatus() < 500) {
      const status = exception.getStatus();
      sendError(req, res, codeOfStatus(status), messageOf(exception, status));
      return undefined;
    }
    this.logger.error({ msg: 'unexpected HTTP error', err: exception });
    sendError(req, res, 'INTERNAL_SERVER_ERROR');
    return undefined;
  }
}
