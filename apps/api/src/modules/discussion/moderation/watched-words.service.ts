import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { isUuid } from '../../../common/ids';
import { AuditLogService } from './audit-log.service';
import { type WatchedWordAction, WatchedWordEntity } from './entities/watched-word.entity';
import { MODERATION_LIMITS } from './moderation.constants';
import { ModerationErrors } from './moderation.errors';
import { ModeratorScopeService } from './moderator-scope.service';
import { normaliseWord, type WatchedWord } from './watched-words';

/** A word must hold at least one letter or number to be matched as a word. */
const HAS_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * The watched words list: every moderator reads it, forum-wide moderators and admins change
 * it (each change audited). Posts are screened against it as they are written.
 */
@Injectable()
export class WatchedWordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scopes: ModeratorScopeService,
    private readonly audit: AuditLogService,
  ) {}

  /** Every word, alphabetically (the list is capped, so never paged). Moderators only. */
  async list(ctx: RequestContext): Promise<WatchedWordEntity[]> {
    await this.scopes.require(ctx);
    return this.dataSource.manager.find(WatchedWordEntity, { order: { word: 'ASC' } });
  }

  /** The words posts are screened against (one statement). */
  async all(): Promise<WatchedWord[]> {
    return this.dataSource.manager.find(WatchedWordEntity, { select: { word: true, action: true } });
  }

  /** Adds a word. Throws FORBIDDEN, BAD_USER_INPUT (blank or already listed) and CONFLICT (list full). */
  async add(ctx: RequestContext, word: string, action: WatchedWordAction, reason: string): Promise<WatchedWordEntity> {
    const actor = await this.scopes.requireForumWide(ctx);
    const normal = normaliseWord(word);
    if (!HAS_WORD_CHARACTER.test(normal) || normal.length > MODERATION_LIMITS.wordMaxLength) {
      throw ModerationErrors.blankWord();
    }
    return this.dataSource.transaction(async (m) => {
      await m.query('select pg_advisory_xact_lock(hashtext($1))', ['watched-words']);
      if ((await m.count(WatchedWordEntity)) >= MODERATION_LIMITS.watchedWordsMax) {
        throw ModerationErrors.tooManyWords();
      }
      if (await m.existsBy(WatchedWordEntity, { word: normal })) throw ModerationErrors.wordExists();
      const saved = await m.save(m.create(WatchedWordEntity, { word: normal, action }));
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'ADD_WATCHED_WORD',
        reason,
        detail: `${action}: ${normal}`,
      });
      return saved;
    });
  }

  /** Removes a word. Throws FORBIDDEN and NOT_FOUND. */
  async remove(ctx: RequestContext, id: string, reason: string): Promise<WatchedWordEntity> {
    const actor = await this.scopes.requireForumWide(ctx);
    return this.dataSource.transaction(async (m) => {
      const word = isUuid(id) ? await m.findOneBy(WatchedWordEntity, { id }) : null;
      if (!word) throw ModerationErrors.wordNotFound();
      await m.delete(WatchedWordEntity, { id });
      await this.audit.record(m, {
        actorId: actor.id,
        action: 'REMOVE_WATCHED_WORD',
        reason,
        detail: `${word.action}: ${word.word}`,
      });
      return word;
    });
  }
}
