import type { Request, Response } from 'express';
import { type ClientErrorCode, DEFAULT_MESSAGES, HTTP_STATUS_OF_CODE } from './error-codes';

/** Requests to these paths get the GraphQL error shape; everything else the REST one. */
const isGraphqlPath = (req: Request): boolean => (req.originalUrl ?? req.url).split('?')[0] === '/graphql';

/**
 * Writes one coded error in the shape the caller speaks: `{ errors: [{ message, extensions:
 * { code } }] }` for /graphql and `{ code, message }` for REST, with the code's HTTP status.
 * Nothing of the underlying failure (stack, SQL, file path) is ever included.
 */
export function sendError(req: Request, res: Response, code: ClientErrorCode, message?: string): void {
  const status = HTTP_STATUS_OF_CODE[code];
  const text = message ?? DEFAULT_MESSAGES[code] ?? 'The request could not be completed.';
  res.status(status);
  if (isGraphqlPath(req)) res.json({ errors: [{ message: text, extensions: { code } }] });
  else res.json({ code, message: text });
}
