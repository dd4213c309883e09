import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../../common/context/request-context';
import { badInput, type DomainError, unauthenticated } from '../../../common/errors/domain-error';
import type { Colleague } from '../../identity/models/colleague.model';
import { likePattern } from '../../identity/organisations.service';
import { CatalogueService } from '../../learning/catalogue.service';
import { DiscussionErrors } from '../discussion.errors';
import type { ForumCategoryEntity } from '../entities/forum-category.entity';
import { isRestricted } from '../discussion.policy';
import { ForumCategoriesService } from '../forum-categories.service';
import { ThreadsService } from '../threads.service';

/** Why a mention search was refused. */
const MentionErrors = {
  onePlace: (): DomainError =>
    badInput('threadId', 'Say where the post is being written: a thread, a lesson or a category, and only one.'),
};

/** Limits of the "@" autocomplete. */
export const MENTION_LIMITS = {
  /** Colleagues offered at once. */
  suggestions: 8,
  /** Characters of the name typed after "@". */
  searchMaxLength: 60,
} as const;

/**
 * Where the mention is being written: a thread, a lesson whose thread may not exist yet, or
 * the first post of a new thread in a category. Exactly one is given.
 */
export interface MentionPlace {
  threadId?: string | null;
  lessonId?: string | null;
  categoryId?: string | null;
}

interface CandidateRow {
  id: string;
  name: string;
  job_title: string;
  organisation_id: string;
}

/**
 * Who a writer may mention in a thread: active colleagues who can read it, found by part
 * of their name. A restricted category's audience (its roles, sectors or organisations,
 * and admins) is applied in the same statement, so nobody is offered who could not see
 * the mention; names that start with what was typed come first.
 */
@Injectable()
export class MentionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly catalogue: CatalogueService,
    private readonly categories: ForumCategoriesService,
  ) {}

  /**
   * Up to MENTION_LIMITS.suggestions colleagues for the "@" autocomplete in a thread the
   * viewer may read, a lesson's discussion before its first post, or a new thread in a
   * category (never the viewer). Throws UNAUTHENTICATED, NOT_FOUND (thread, lesson or
   * category) and BAD_USER_INPUT (an empty or over-long search, or not exactly one place).
   */
  async candidates(ctx: RequestContext, where: MentionPlace, search: string): Promise<Colleague[]> {
    if (!ctx.actor) throw unauthenticated();
    const text = search.trim().toLowerCase();
    if (!text || text.length > MENTION_LIMITS.searchMaxLength) {
      throw badInput('search', `Type between 1 and ${MENTION_LIMITS.searchMaxLength} characters of a name.`);
    }
    const category = await this.audienceOf(ctx, where);
    const restricted = category && isRestricted(category);
    const rows: CandidateRow[] = await this.dataSource.query(
      `select p.id, p.name, p.job_title, p.organisation_id
         from person p join organisation o on o.id = p.organisation_id
        where p.deactivated_at is null and p.id <> $1 and lower(p.name) ilike $2 escape '\\'
          and (not $4::boolean or 'ADMIN' = any(p.roles) or p.roles && $5::text[]
               or o.sector = any($6::text[]) or p.organisation_id = any($7::uuid[]))
        order by lower(p.name) like $3 escape '\\' desc, p.name, p.id
        limit $8`,
      [
        ctx.actor.id,
        likePattern(text),
        likePattern(text).slice(1),
        !!restricted,
        category?.allowedRoles ?? [],
        category?.allowedSectors ?? [],
        category?.allowedOrganisationIds ?? [],
        MENTION_LIMITS.suggestions,
      ],
    );
    return rows.map((row): Colleague => ({
      id: row.id,
      name: row.name,
      jobTitle: row.job_title,
      organisationId: row.organisation_id,
    }));
  }

  /** The category whose audience limits who may be mentioned; null where every member of staff can read. */
  private async audienceOf(ctx: RequestContext, where: MentionPlace): Promise<ForumCategoryEntity | null> {
    const given = [where.threadId, where.lessonId, where.categoryId].filter(Boolean).length;
    if (given !== 1) throw MentionErrors.onePlace();
    if (where.threadId) return (await this.threads.get(ctx, where.threadId)).category;
    if (where.categoryId) return this.categories.get(ctx, where.categoryId);
    if (!(await this.catalogue.findLiveLesson(ctx, where.lessonId ?? ''))) throw DiscussionErrors.lessonNotFound();
    return null;
  }
}
