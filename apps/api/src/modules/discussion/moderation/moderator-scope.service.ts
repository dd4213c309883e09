import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import type { RequestContext } from '../../../common/context/request-context';
import { unauthenticated } from '../../../common/errors/domain-error';
import { CategoryModeratorEntity } from './entities/category-moderator.entity';
import { ModerationErrors } from './moderation.errors';
import { isModerator, type ModeratorScope, scopeCovers, scopeOf } from './moderation.policy';

/**
 * Works out where the viewer may moderate, once per request (one statement), and refuses
 * moderation outside it. Every moderation action and the queue go through here.
 */
@Injectable()
export class ModeratorScopeService {
  private readonly perRequest = new WeakMap<Request, Promise<ModeratorScope | null>>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The viewer's scope, or null when they are not a moderator. */
  scope(ctx: RequestContext): Promise<ModeratorScope | null> {
    let scope = this.perRequest.get(ctx.req);
    if (!scope) {
      scope = this.load(ctx.actor);
      this.perRequest.set(ctx.req, scope);
    }
    return scope;
  }

  /** The viewer's scope; FORBIDDEN unless they moderate somewhere. */
  async require(ctx: RequestContext): Promise<{ actor: Actor; scope: ModeratorScope }> {
    if (!ctx.actor) throw unauthenticated();
    const scope = await this.scope(ctx);
    if (!scope) throw ModerationErrors.notModerator();
    return { actor: ctx.actor, scope };
  }

  /** As require, but FORBIDDEN unless the scope covers `categoryId` (null: a lesson's discussion). */
  async requireFor(ctx: RequestContext, categoryId: string | null): Promise<Actor> {
    const { actor, scope } = await this.require(ctx);
    if (!scopeCovers(scope, categoryId)) throw ModerationErrors.notYourCategory();
    return actor;
  }

  /** As require, but FORBIDDEN unless the viewer moderates the whole forum (suspensions, watched words). */
  async requireForumWide(ctx: RequestContext): Promise<Actor> {
    const { actor, scope } = await this.require(ctx);
    if (scope.kind !== 'ALL') throw ModerationErrors.forumWideOnly();
    return actor;
  }

  /** Whether the viewer moderates a thread in `categoryId`. */
  async covers(ctx: RequestContext, categoryId: string | null): Promise<boolean> {
    return scopeCovers(await this.scope(ctx), categoryId);
  }

  private async load(actor: Actor | null): Promise<ModeratorScope | null> {
    if (!isModerator(actor)) return null;
    const rows = await this.dataSource.manager.find(CategoryModeratorEntity, {
      where: { personId: actor.id },
      select: { categoryId: true },
    });
    return scopeOf(
      actor,
      rows.map((r) => r.categoryId),
    );
  }
}
