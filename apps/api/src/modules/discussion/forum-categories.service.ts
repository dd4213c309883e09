import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { isUuid } from '../../common/ids';
import { OrganisationsService } from '../identity/organisations.service';
import { DISCUSSION_LIMITS } from './discussion.constants';
import { DiscussionErrors } from './discussion.errors';
import { DiscussionLoaderFactory } from './discussion.loaders';
import { canSeeCategory } from './discussion.policy';
import type { CreateForumCategoryInput, UpdateForumCategoryInput } from './dto/forum-category.inputs';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { DiscussionEvents } from './live/discussion-events';

/**
 * Forum categories and who may see them. A category the viewer may not see answers
 * exactly like one that does not exist.
 */
@Injectable()
export class ForumCategoriesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: DiscussionLoaderFactory,
    private readonly organisations: OrganisationsService,
    private readonly events: DiscussionEvents,
  ) {}

  /** Whether the viewer may see the category (their organisation's sector is looked up only when it decides). */
  isVisible(ctx: RequestContext, category: ForumCategoryEntity): Promise<boolean> {
    return canSeeCategory(ctx.actor, category, async () =>
      ctx.actor ? ((await this.organisations.load(ctx, ctx.actor.organisationId))?.sector ?? null) : null,
    );
  }

  /** The categories the viewer may see, in forum order. */
  async list(ctx: RequestContext): Promise<ForumCategoryEntity[]> {
    const rows = await this.dataSource.manager.find(ForumCategoryEntity, {
      order: { position: 'ASC', id: 'ASC' },
      take: DISCUSSION_LIMITS.categoriesMax,
    });
    const visible = await Promise.all(rows.map((row) => this.isVisible(ctx, row)));
    return rows.filter((_, i) => visible[i]);
  }

  /** A category the viewer may see (batched), or null. */
  async find(ctx: RequestContext, id: string): Promise<ForumCategoryEntity | null> {
    const row = isUuid(id) ? await this.loaders.for(ctx).category.load(id) : null;
    return row && (await this.isVisible(ctx, row)) ? row : null;
  }

  /** As find, but throws NOT_FOUND. */
  async get(ctx: RequestContext, id: string): Promise<ForumCategoryEntity> {
    const row = await this.find(ctx, id);
    if (!row) throw DiscussionErrors.categoryNotFound();
    return row;
  }

  /**
   * Adds a category (admins; the resolver checks the role), last in the forum unless a
   * position is given. Throws CONFLICT past DISCUSSION_LIMITS.categoriesMax and
   * BAD_USER_INPUT for an unknown organisation.
   */
  async create(ctx: RequestContext, input: CreateForumCategoryInput): Promise<ForumCategoryEntity> {
    await this.assertOrganisationsExist(ctx, input.allowedOrganisationIds);
    return this.dataSource.transaction(async (m) => {
      await m.query(`select pg_advisory_xact_lock(hashtext('forum-category:create'))`);
      const rows: { count: number; next: number }[] = await m.query(
        'select count(*)::int as count, coalesce(max(position) + 1, 0)::int as next from forum_category',
      );
      if (rows[0].count >= DISCUSSION_LIMITS.categoriesMax) throw DiscussionErrors.tooManyCategories();
      return m.save(
        m.create(ForumCategoryEntity, { ...this.details(input), position: input.position ?? rows[0].next }),
      );
    });
  }

  /**
   * Changes a category's details and audience (admins); live viewers of its threads who may
   * no longer read it are taken out of them. Throws NOT_FOUND or BAD_USER_INPUT.
   */
  async update(ctx: RequestContext, input: UpdateForumCategoryInput): Promise<ForumCategoryEntity> {
    const row = await this.get(ctx, input.categoryId);
    await this.assertOrganisationsExist(ctx, input.allowedOrganisationIds);
    Object.assign(row, this.details(input), input.position == null ? {} : { position: input.position });
    const saved = await this.dataSource.manager.save(row);
    this.events.categoryChanged(saved.id);
    return saved;
  }

  private details(input: CreateForumCategoryInput) {
    return {
      title: input.title,
      description: input.description,
      allowedRoles: [...new Set(input.allowedRoles)],
      allowedSectors: [...new Set(input.allowedSectors)],
      allowedOrganisationIds: [...new Set(input.allowedOrganisationIds)],
      allowsAnonymous: input.allowsAnonymous,
    };
  }

  private async assertOrganisationsExist(ctx: RequestContext, ids: readonly string[]): Promise<void> {
    const found = await Promise.all(ids.map((id) => this.organisations.load(ctx, id)));
    if (found.some((o) => !o)) throw DiscussionErrors.unknownOrganisations();
  }
}
