import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource, type EntityMetadata, In } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { entityFromJson, jsonObjectSql } from '../../database/json-rows';
import type { OrganisationEntity } from '../identity/entities/organisation.entity';
import { PersonEntity } from '../identity/entities/person.entity';
import { IdentityLoaderFactory } from '../identity/identity.loaders';
import { DiscussionThreadEntity } from './entities/discussion-thread.entity';
import { ForumCategoryEntity } from './entities/forum-category.entity';
import { PostRevisionEntity } from './entities/post-revision.entity';
import { PostEntity } from './entities/post.entity';

/** The rows for `ids`, in the order asked, null where none was found. */
function inOrder<T extends { id: string }>(ids: readonly string[], rows: T[]): (T | null)[] {
  const found = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => found.get(id) ?? null);
}

/** The batched look-ups of one request (no visibility checks: callers check). */
export interface DiscussionLoaders {
  category: DataLoader<string, ForumCategoryEntity | null>;
  /** A thread, read in one statement with its category and whether its opening post is held. */
  thread: DataLoader<string, DiscussionThreadEntity | null>;
  /** Who wrote a thread's opening post while it is held for review; null when not held. */
  heldOpening: DataLoader<string, string | null>;
  /** A post's author, read with their organisation in one statement (both handed to identity's loaders). */
  author: DataLoader<string, PersonEntity | null>;
  post: DataLoader<string, PostEntity | null>;
  /** Earlier versions of each post, oldest first. */
  revisions: DataLoader<string, PostRevisionEntity[]>;
}

/**
 * One set of DataLoaders per request, so a thread page costs one statement per kind of
 * related row however many posts it shows.
 */
@Injectable()
export class DiscussionLoaderFactory {
  private readonly perRequest = new WeakMap<Request, DiscussionLoaders>();
  private threadSql?: { sql: string; thread: EntityMetadata; category: EntityMetadata };

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly identity: IdentityLoaderFactory,
  ) {}

  /** The loaders of this request, created on first use. */
  for(ctx: RequestContext): DiscussionLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create(ctx);
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  /**
   * The SQL reading threads with their categories and who wrote each one's opening post while
   * it is held for review, as JSON rows (no query builder on every page); built once.
   */
  private threadStatement() {
    if (!this.threadSql) {
      const thread = this.dataSource.getMetadata(DiscussionThreadEntity);
      const category = this.dataSource.getMetadata(ForumCategoryEntity);
      const sql = `select ${jsonObjectSql(thread, 't')} as thread,
          case when c.id is null then null else ${jsonObjectSql(category, 'c')} end as category,
          (select o.author_id from post o where o.thread_id = t.id and o.seq = 1 and o.moderation_state = 'HELD') as held
        from discussion_thread t left join forum_category c on c.id = t.category_id
        where t.id = any($1::uuid[])`;
      this.threadSql = { sql, thread, category };
    }
    return this.threadSql;
  }

  /**
   * Authors and their organisations read along with something else (a page of posts), so
   * showing them costs no statement of its own; here and in identity's loaders.
   */
  rememberAuthors(ctx: RequestContext, people: PersonEntity[], organisations: OrganisationEntity[]): void {
    const identity = this.identity.for(ctx);
    for (const organisation of organisations) identity.organisation.prime(organisation.id, organisation);
    const authors = this.for(ctx).author;
    for (const person of people) {
      identity.person.prime(person.id, person);
      authors.prime(person.id, person);
    }
  }

  private create(ctx: RequestContext): DiscussionLoaders {
    const m = this.dataSource.manager;
    const loaders: DiscussionLoaders = {
      category: new DataLoader(async (ids: readonly string[]) =>
        inOrder(ids, await m.findBy(ForumCategoryEntity, { id: In([...ids]) })),
      ),
      // Opening a thread needs its category and its review state too: one statement for all three.
      thread: new DataLoader(async (ids: readonly string[]) => {
        const { sql, thread, category } = this.threadStatement();
        const rows: {
          thread: Record<string, unknown>;
          category: Record<string, unknown> | null;
          held: string | null;
        }[] = await m.query(sql, [ids]);
        const threads = rows.map((row) => {
          const found = entityFromJson<DiscussionThreadEntity>(thread, row.thread);
          loaders.heldOpening.prime(found.id, row.held);
          if (row.category) {
            const place = entityFromJson<ForumCategoryEntity>(category, row.category);
            loaders.category.prime(place.id, place);
          }
          return found;
        });
        return inOrder(ids, threads);
      }),
      heldOpening: new DataLoader(async (ids: readonly string[]) => {
        const rows: { thread_id: string; author_id: string }[] = await m.query(
          `select thread_id, author_id from post where thread_id = any($1::uuid[]) and seq = 1 and moderation_state = 'HELD'`,
          [ids],
        );
        return ids.map((id) => rows.find((row) => row.thread_id === id)?.author_id ?? null);
      }),
      // Every author shown is shown with their organisation: one statement for both.
      author: new DataLoader(async (ids: readonly string[]) => {
        const people = await m
          .createQueryBuilder(PersonEntity, 'a')
          .innerJoinAndSelect('a.organisation', 'o')
          .where('a.id in (:...ids)', { ids })
          .getMany();
        for (const person of people) {
          if (person.organisation)
            this.identity.for(ctx).organisation.prime(person.organisationId, person.organisation);
          delete person.organisation;
        }
        this.rememberAuthors(ctx, people, []);
        return inOrder(ids, people);
      }),
      post: new DataLoader(async (ids: readonly string[]) =>
        inOrder(ids, await m.findBy(PostEntity, { id: In([...ids]) })),
      ),
      revisions: new DataLoader(async (postIds: readonly string[]) => {
        const rows = await m.find(PostRevisionEntity, {
          where: { postId: In([...postIds]) },
          order: { writtenAt: 'ASC' },
        });
        return postIds.map((id) => rows.filter((r) => r.postId === id));
      }),
    };
    return loaders;
  }
}
