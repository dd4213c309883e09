import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { hasRole } from '../../../common/auth/actor';
import { forbidden } from '../../../common/errors/domain-error';
import { isUuid } from '../../../common/ids';
import { PersonEntity } from '../../identity/entities/person.entity';
import { DiscussionErrors } from '../discussion.errors';
import { ForumCategoryEntity } from '../entities/forum-category.entity';
import { AuditLogService } from './audit-log.service';
import { CategoryModeratorEntity } from './entities/category-moderator.entity';
import { MODERATION_LIMITS } from './moderation.constants';
import { ModerationErrors } from './moderation.errors';

/**
 * Admins give moderators charge of particular categories (a partnership lead for their
 * area). A moderator with none looks after the whole forum.
 */
@Injectable()
export class CategoryModeratorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLogService,
  ) {}

  /** The moderators in charge of a category, by name (one statement). Admins only. */
  async list(ctx: RequestContext, categoryId: string): Promise<PersonEntity[]> {
    this.requireAdmin(ctx);
    if (!isUuid(categoryId)) return [];
    return this.dataSource.manager
      .createQueryBuilder(PersonEntity, 'p')
      .innerJoin(CategoryModeratorEntity, 'cm', 'cm.person_id = p.id')
      .where('cm.category_id = :categoryId', { categoryId })
      .orderBy('p.name', 'ASC')
      .getMany();
  }

  /**
   * Gives (or takes back) a moderator's charge of a category. Giving it twice changes
   * nothing. Throws FORBIDDEN (not an admin), NOT_FOUND and BAD_USER_INPUT (not a moderator).
   */
  async assign(ctx: RequestContext, categoryId: string, personId: string, assigned: boolean): Promise<void> {
    const admin = this.requireAdmin(ctx);
    await this.dataSource.transaction(async (m) => {
      const category = isUuid(categoryId) ? await m.findOneBy(ForumCategoryEntity, { id: categoryId }) : null;
      if (!category) throw DiscussionErrors.categoryNotFound();
      const person = isUuid(personId) ? await m.findOneBy(PersonEntity, { id: personId }) : null;
      if (!person) throw ModerationErrors.personNotFound();
      if (assigned && !person.roles.includes('MODERATOR')) throw ModerationErrors.notAModerator();
      await m.query('select id from forum_category where id = $1 for update', [categoryId]);
      if (
        assigned &&
        (await m.countBy(CategoryModeratorEntity, { categoryId })) >= MODERATION_LIMITS.moderatorsPerCategory
      ) {
        throw ModerationErrors.tooManyModerators();
      }
      const changed = assigned
        ? (
            await m.query<unknown[]>(
              `insert into category_moderator (category_id, person_id) values ($1, $2) on conflict do nothing returning person_id`,
              [categoryId, personId],
            )
          ).length > 0
        : ((await m.delete(CategoryModeratorEntity, { categoryId, personId })).affected ?? 0) > 0;
      if (!changed) return;
      await this.audit.record(m, {
        actorId: admin,
        action: assigned ? 'ASSIGN_CATEGORY_MODERATOR' : 'UNASSIGN_CATEGORY_MODERATOR',
        personId,
        categoryId,
        reason: assigned ? 'Given charge of the category.' : 'No longer in charge of the category.',
        detail: category.title.slice(0, 200),
      });
    });
  }

  private requireAdmin(ctx: RequestContext): string {
    if (!ctx.actor || !hasRole(ctx.actor, 'ADMIN')) {
      throw forbidden('Only administrators can choose who moderates a category.');
    }
    return ctx.actor.id;
  }
}
