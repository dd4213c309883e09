import type { NextFunction, Request, Response } from 'express';
import { LIMITS } from '@common-ground/shared';
import { sendError } from '../errors/send-error';

/**
 * The deepest nesting of `{`, `[` and `(` in a document, ignoring strings and comments.
 * One pass over the text, so a document nested 20,000 deep is measured without recursion.
 */
export function nestingDepth(source: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < source.length; i += 1) {
    const c = source[i];
    if (c === '#') {
      while (i < source.length && source[i] !== '\n') i += 1;
    } else if (c === '"') {
      const block = source.startsWith('"""', i);
      const end = block ? '"""' : '"';
      i += end.length;
      while (i < source.length && !source.startsWith(end, i)) i += source[i] === '\\' && !block ? 2 : 1;
      i += end.length - 1;
    } else if (c === '{' || c === '[' || c === '(') {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (c === '}' || c === ']' || c === ')') {
      depth -= 1;
    }
  }
  return deepest;
}

/**
 * Refuses a GraphQL document nested deeper than `LIMITS.graphqlNesting` before Apollo
 * parses it: the parser is recursive, and a list literal nested thousands deep would
 * exhaust its stack. Runs as Express middleware after the JSON body parser.
 */
export function refuseDeepDocuments(req: Request, res: Response, next: NextFunction): void {
  const query: unknown = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof query === 'string' && nestingDepth(query) > LIMITS.graphqlNesting) {
    sendError(
      req,
      res,
      'GRAPHQL_PARSE_FAILED',
      `The document is nested more than ${LIMITS.graphqlNesting} levels deep. Send a simpler query.`,
    );
    return;
  }
  next();
}
