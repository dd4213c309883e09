import type { Request, Response } from 'express';
import type { Actor } from '../auth/actor';

/**
 * What every service method receives first: who is acting and the HTTP exchange
 * (for the session cookie and the client address). Built once per request.
 */
export interface RequestContext {
  actor: Actor | null;
  req: Request;
  res: Response;
  ip: string;
}

/** Builds the context of a request whose actor the session middleware has resolved. */
export function requestContext(req: Request, res: Response): RequestContext {
  return { actor: req.actor ?? null, req, res, ip: req.ip ?? req.socket.remoteAddress ?? 'unknown' };
}

declare module 'express-session' {
  interface SessionData {
    personId?: string;
    signedInAt?: number;
    /** When the session was last extended; see ROLL_EVERY_MS. */
    lastSeenAt?: number;
  }
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      /** The signed-in person, resolved from the session once per request. */
      actor?: Actor | null;
    }
  }
}
