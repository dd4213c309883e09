import type { NextFunction, Request, Response } from 'express';
import { Logger } from '@nestjs/common';
import { LIMITS } from '@common-ground/shared';
import { codeOfStatus } from './error-codes';
import { sendError } from './send-error';

/** What body-parser (and raw-body under it) attach to the errors it raises. */
interface BodyParserError {
  type: string;
  status?: number;
  expose?: boolean;
}

const isBodyParserError = (e: unknown): e is BodyParserError =>
  typeof e === 'object' && e !== null && typeof (e as { type?: unknown }).type === 'string';

const MESSAGES: Record<string, string> = {
  'entity.too.large': `The request is larger than the limit of ${Math.round(LIMITS.requestBodyBytes / 1024)} KB. Send less at once.`,
  'entity.parse.failed': 'The request body is not valid JSON.',
  'entity.verify.failed': 'The request body must start with JSON, not a byte-order mark or a control character.',
  'encoding.unsupported': 'The request uses a content encoding this service does not accept.',
  'charset.unsupported': 'Send the request body as UTF-8.',
  'request.aborted': 'The request was cut off before it was complete.',
  'request.size.invalid': 'The request was shorter or longer than it said it was.',
  'parameters.too.many': 'The request has too many parameters.',
};

/**
 * Refuses a JSON body whose first byte is a byte-order mark or a control character
 * (other than whitespace) before it is parsed: such a body is a client bug or a probe.
 */
export function verifyJsonStart(_req: Request, _res: Response, buf: Buffer): void {
  const first = buf[0];
  if (first === undefined) return;
  const whitespace = first === 0x20 || first === 0x09 || first === 0x0a || first === 0x0d;
  if (first === 0xef || first === 0xfe || first === 0xff || (first < 0x20 && !whitespace) || first === 0x7f) {
    throw Object.assign(new Error('body starts with a BOM or control character'), {
      status: 400,
      type: 'entity.verify.failed',
    });
  }
}

const logger = new Logger('HTTP');

/**
 * The Express error handler after the body parsers and sessions: their failures leave
 * through the product's error shape with a code (413, 400, 415) instead of the framework's
 * default page. A refused request is logged at `warn`; anything else is a fault (`error`, 500).
 */
export function middlewareErrors(error: unknown, req: Request, res: Response, next: NextFunction): void {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (isBodyParserError(error) && error.status && error.status < 500) {
    logger.warn({ msg: 'request refused', type: error.type, status: error.status });
    sendError(req, res, codeOfStatus(error.status), MESSAGES[error.type]);
    return;
  }
  logger.error({ msg: 'unexpected error before routing', err: error });
  sendError(req, res, 'INTERNAL_SERVER_ERROR');
}

/**
 * A GraphQL POST must be JSON: anything else is refused with 415 before it is read, so
 * form posts and plain text (the shapes of cross-site requests) never reach Apollo.
 */
export function requireJsonPost(req: Request, res: Response, next: NextFunction): void {
  if (req.method === 'POST' && !req.is('application/json')) {
    logger.warn({ msg: 'request refused', status: 415 });
    sendError(req, res, 'UNSUPPORTED_MEDIA_TYPE', 'Send GraphQL requests as application/json.');
    return;
  }
  next();
}
