import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../../common/auth/actor';
import type { RequestContext } from '../../common/context/request-context';
import { ThreadsService, type VisibleThread } from '../discussion/threads.service';

/**
 * Who among some people may read a thread, by the discussion's own read rules
 * (ThreadsService.find as each of them), so nobody hears of a post they could not open.
 * Deactivated people never count. Bounded: the people in one statement, then the thread,
 * its category and the organisations (for sector rules) in one batched statement each; a
 * thread outside the forum (a lesson's, a library item's comments) is checked once for all.
 */
@Injectable()
export class NotificationAudience {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
  ) {}

  /** The ids among `personIds` who may read the thread now. */
  async readers(thread: { id: string; categoryId: string | null }, personIds: readonly string[]): Promise<string[]> {
    if (!personIds.length) return [];
    const actors: Actor[] = await this.dataSource.query(
      `select id, organisation_id as "organisationId", roles from person
        where id = any($1::uuid[]) and deactivated_at is null`,
      [personIds],
    );
    if (!actors.length) return [];
    // One request object for all of them, so the discussion's loaders batch their look-ups.
    const req = {} as Request;
    const ctxOf = (actor: Actor): RequestContext => ({ actor, req, res: {} as Response, ip: 'internal' });
    if (!thread.categoryId) {
      // A live lesson's discussion and a published library item's comments are open to every
      // signed-in member of staff: if one may read it, all may (and checking each would read
      // the lesson or the item once per person).
      return (await this.threads.find(ctxOf(actors[0]), thread.id)) ? actors.map((a) => a.id) : [];
    }
    const seen = await Promise.all(actors.map((actor) => this.threads.find(ctxOf(actor), thread.id)));
    return actors.filter((_, i) => seen[i] !== null).map((a) => a.id);
  }

  /**
   * Which of some threads one person may read now, by the same rules: their thread rows,
   * categories and lessons are each read once for all of them (batched), never per thread.
   */
  async visibleTo(actor: Actor, threadIds: readonly string[]): Promise<Map<string, VisibleThread>> {
    const ctx: RequestContext = { actor, req: {} as Request, res: {} as Response, ip: 'internal' };
    const found = await Promise.all(threadIds.map((id) => this.threads.find(ctx, id)));
    return new Map(found.flatMap((visible) => (visible ? [[visible.thread.id, visible] as const] : [])));
  }
}
