import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, IsNull, Repository } from 'typeorm';
import { AuthTokenEntity, type AuthTokenPurpose } from './entities/auth-token.entity';
import { hashToken, newToken } from './tokens';

export type TokenState = 'USABLE' | 'USED' | 'EXPIRED';

/**
 * Single-use emailed tokens. Only the sha256 of a token is stored, so the link in the
 * email is the only copy; consuming one happens under a row lock, so two requests
 * with the same link cannot both succeed.
 */
@Injectable()
export class AuthTokensService {
  constructor(@InjectRepository(AuthTokenEntity) private readonly tokens: Repository<AuthTokenEntity>) {}

  /** Creates a token for the person and returns it in the clear (to put in a link, never to store). */
  async issue(personId: string, purpose: AuthTokenPurpose, lifetimeMs: number): Promise<string> {
    const token = newToken();
    await this.tokens.insert({
      personId,
      purpose,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + lifetimeMs),
      usedAt: null,
    });
    return token;
  }

  /** The stored token for a link, if it exists and is for this purpose; nothing is changed. */
  async find(token: string, purpose: AuthTokenPurpose): Promise<AuthTokenEntity | null> {
    return this.tokens.findOneBy({ tokenHash: hashToken(token), purpose });
  }

  /** Whether a stored token can still be used at `now`. */
  state(row: AuthTokenEntity, now: Date = new Date()): TokenState {
    if (row.usedAt) return 'USED';
    if (row.expiresAt.getTime() <= now.getTime()) return 'EXPIRED';
    return 'USABLE';
  }

  /**
   * Inside the caller's transaction: locks the token, re-checks it is still usable,
   * marks it and every other unused token of the same purpose for that person as used.
   * Returns the state found under the lock; only 'USABLE' means it was consumed.
   */
  async consume(manager: EntityManager, row: AuthTokenEntity): Promise<TokenState> {
    const locked = await manager
      .createQueryBuilder(AuthTokenEntity, 't')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: row.id })
      .getOne();
    if (!locked) return 'USED';
    const state = this.state(locked);
    if (state !== 'USABLE') return state;
    await manager.update(
      AuthTokenEntity,
      { personId: locked.personId, purpose: locked.purpose, usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return 'USABLE';
  }
}
