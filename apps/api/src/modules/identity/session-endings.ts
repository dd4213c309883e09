import { EventEmitter } from 'node:events';
import { Injectable } from '@nestjs/common';

/** Sessions that have just ended: one browser's (by session id), or all of a person's but one. */
export type SessionEnding = { sessionId: string } | { personId: string; exceptSessionId?: string };

/**
 * Tells whoever holds long-lived connections (the live discussion socket) that sessions
 * have ended (sign-out, sign-out everywhere, password change, deactivation), so those
 * connections close at once instead of outliving the session.
 */
@Injectable()
export class SessionEndings {
  private readonly emitter = new EventEmitter();

  /** Announces an ending; listeners run synchronously and must not throw. */
  ended(ending: SessionEnding): void {
    this.emitter.emit('ended', ending);
  }

  /** Calls `listener` on every ending; returns a function that stops listening. */
  subscribe(listener: (ending: SessionEnding) => void): () => void {
    this.emitter.on('ended', listener);
    return () => this.emitter.off('ended', listener);
  }

  /**
   * Announces that a person's roles changed (their sessions go on): long-lived connections
   * re-check what the person may still follow. Listeners run synchronously and must not throw.
   */
  rolesChanged(personId: string): void {
    this.emitter.emit('roles', personId);
  }

  /** Calls `listener` on every change of someone's roles; returns a function that stops listening. */
  onRolesChanged(listener: (personId: string) => void): () => void {
    this.emitter.on('roles', listener);
    return () => this.emitter.off('roles', listener);
  }
}
