import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { LIMITS } from '@common-ground/shared';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { entityFromJson, jsonObjectSql } from '../../database/json-rows';
import { likePattern, searchText } from '../identity/organisations.service';
import { AuthoringService } from './authoring.service';
import { LearningModuleEntity } from './entities/learning-module.entity';
import type { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { LessonEntity } from './entities/lesson.entity';
import type { AudienceName, LessonProgressName, ProgressFilterName } from './learning.constants';
import { LearningErrors } from './learning.errors';
import { LESSON_L_IS_LIVE, LearningLoaderFactory, LIVE_LESSON_COLUMNS } from './learning.loaders';
import { canSeeModule, continueLessonId, isModuleComplete, lessonProgress } from './learning.policy';

export interface CatalogueFilter {
  search?: string | null;
  topic?: string | null;
  audience?: AudienceName | null;
  progress?: ProgressFilterName | null;
}

/** A live lesson with the module it belongs to and the revision learners get. */
export interface LiveLesson {
  lesson: LessonEntity;
  module: LearningModuleEntity;
  revision: LessonRevisionEntity;
  step: number;
  stepCount: number;
}

/**
 * What learners read: the catalogue, modules, live lessons and their own progress.
 * A module or lesson the viewer may not see answers exactly like one that does not exist.
 */
@Injectable()
export class CatalogueService {
  /** Per request: the live lessons asked for in the same tick, looked up together. */
  private readonly liveLessonBatches = new WeakMap<Request, DataLoader<string, LiveLesson | null>>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly loaders: LearningLoaderFactory,
    private readonly authoring: AuthoringService,
  ) {}

  /**
   * One page of the modules the viewer may see, in catalogue order (keyset on position,
   * id), filtered by title search, topic, audience and the viewer's own progress.
   * Always two statements: a count and the page.
   */
  async list(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: CatalogueFilter,
  ): Promise<Page<LearningModuleEntity>> {
    await this.authoring.publishDueIfAny();
    const cursor = decodeCursor(after, 2);
    const text = searchText(filter.search);
    const personId = ctx.actor?.id ?? null;
    const cursorOf = (m: LearningModuleEntity) => encodeCursor([m.position, m.id]);
    if (filter.progress && !personId) return { items: [], hasNextPage: false, totalCount: 0, cursorOf };
    const filtered = () => {
      const qb = this.dataSource.manager.createQueryBuilder(LearningModuleEntity, 'm').where(`m.status = 'PUBLISHED'`);
      if (!personId) qb.andWhere(`m.audience = 'PUBLIC'`);
      if (text) qb.andWhere(`lower(m.title) ilike :pattern escape '\\'`, { pattern: likePattern(text.toLowerCase()) });
      if (filter.topic) qb.andWhere('m.topic = :topic', { topic: filter.topic });
      if (filter.audience) qb.andWhere('m.audience = :audience', { audience: filter.audience });
      const completed = `exists (select 1 from certificate c where c.module_id = m.id and c.person_id = :personId)`;
      if (filter.progress === 'COMPLETED') qb.andWhere(completed, { personId });
      if (filter.progress === 'IN_PROGRESS') {
        qb.andWhere(
          `exists (select 1 from lesson_attempt a join lesson l on l.id = a.lesson_id where l.module_id = m.id and a.person_id = :personId) and not ${completed}`,
          { personId },
        );
      }
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('m.position', 'ASC').addOrderBy('m.id', 'ASC');
    if (cursor) qb.andWhere('(m.position, m.id) > (:p, :id::uuid)', { p: Number(cursor[0]), id: String(cursor[1]) });
    const rows = await qb.limit(first + 1).getMany();
    return { items: rows.slice(0, first), hasNextPage: rows.length > first, totalCount, cursorOf };
  }

  /** The distinct topics of the modules the viewer may see, for the catalogue filter. */
  async topics(ctx: RequestContext): Promise<string[]> {
    const rows: { topic: string }[] = await this.dataSource.query(
      `select distinct topic from learning_module where status = 'PUBLISHED' and ($1 or audience = 'PUBLIC') order by topic`,
      [!!ctx.actor],
    );
    return rows.map((r) => r.topic);
  }

  /** A module the viewer may see, by id or slug; null otherwise (hidden answers like missing). */
  async findModule(
    ctx: RequestContext,
    by: { id?: string | null; slug?: string | null },
  ): Promise<LearningModuleEntity | null> {
    await this.authoring.publishDueIfAny();
    let row: LearningModuleEntity | null = null;
    if (by.id)
      row = isUuid(by.id) ? await this.dataSource.manager.findOneBy(LearningModuleEntity, { id: by.id }) : null;
    else if (by.slug) row = await this.dataSource.manager.findOneBy(LearningModuleEntity, { slug: by.slug });
    return row && canSeeModule(ctx.actor, row) ? row : null;
  }

  /** A live lesson the viewer may see, with its module and published revision. Throws NOT_FOUND. */
  async getLiveLesson(ctx: RequestContext, id: string): Promise<LiveLesson> {
    const found = await this.findLiveLesson(ctx, id);
    if (!found) throw LearningErrors.lessonNotFound();
    return found;
  }

  /**
   * As getLiveLesson, but null instead of NOT_FOUND. Lessons asked for together (a list of
   * lesson discussions, a page of notifications) are read in one statement for all of them.
   */
  async findLiveLesson(ctx: RequestContext, id: string): Promise<LiveLesson | null> {
    await this.authoring.publishDueIfAny();
    if (!isUuid(id)) return null;
    let batch = this.liveLessonBatches.get(ctx.req);
    if (!batch) {
      // Not cached: a lesson read again later in the request (after a write) is read afresh.
      batch = new DataLoader((ids: readonly string[]) => this.liveLessonsTogether(ctx, ids), { cache: false });
      this.liveLessonBatches.set(ctx.req, batch);
    }
    return batch.load(id);
  }

  /** One lesson alone takes the lesson page's path (which also primes the viewer's attempts). */
  private async liveLessonsTogether(ctx: RequestContext, ids: readonly string[]): Promise<(LiveLesson | null)[]> {
    const distinct = [...new Set(ids)];
    if (distinct.length === 1) {
      const one = await this.oneLiveLesson(ctx, distinct[0]);
      return ids.map(() => one);
    }
    const found = await this.manyLiveLessons(ctx, distinct);
    return ids.map((id) => found.get(id) ?? null);
  }

  /**
   * Several live lessons the viewer may see: their modules with each module's live lessons in
   * one statement (as JSON), then their published revisions (batched, usually from memory).
   */
  private async manyLiveLessons(ctx: RequestContext, ids: string[]): Promise<Map<string, LiveLesson>> {
    const lessonMeta = this.dataSource.getMetadata(LessonEntity);
    const moduleMeta = this.dataSource.getMetadata(LearningModuleEntity);
    const rows: { module: Record<string, unknown>; lessons: Record<string, unknown>[] }[] = await this.dataSource.query(
      `select ${jsonObjectSql(moduleMeta, 'm')} as module,
              (select coalesce(json_agg(${jsonObjectSql(lessonMeta, 'l', LIVE_LESSON_COLUMNS)} order by l.position, l.created_at), '[]')
                 from lesson l where l.module_id = m.id and ${LESSON_L_IS_LIVE}) as lessons
         from learning_module m where m.id in (select module_id from lesson where id = any($1::uuid[]))`,
      [ids],
    );
    const loaders = this.loaders.for(ctx);
    const wanted = new Set(ids);
    const found: { lesson: LessonEntity; siblings: LessonEntity[]; module: LearningModuleEntity }[] = [];
    for (const row of rows) {
      const module = entityFromJson<LearningModuleEntity>(moduleMeta, row.module);
      const siblings = row.lessons.map((json) => {
        const lesson = entityFromJson<LessonEntity>(lessonMeta, json);
        lesson.module = module;
        return lesson;
      });
      loaders.module.prime(module.id, module);
      loaders.liveLessons.prime(module.id, siblings);
      if (!canSeeModule(ctx.actor, module)) continue;
      for (const lesson of siblings) if (wanted.has(lesson.id)) found.push({ lesson, siblings, module });
    }
    const revisions = await loaders.revision.loadMany(found.map((f) => f.lesson.publishedRevisionId as string));
    const result = new Map<string, LiveLesson>();
    found.forEach(({ lesson, siblings, module }, i) => {
      const revision = revisions[i];
      if (!revision || revision instanceof Error) return;
      const step = siblings.indexOf(lesson) + 1;
      result.set(lesson.id, { lesson, module, revision, step, stepCount: siblings.length });
    });
    return result;
  }

  /** One live lesson the viewer may see, by the lesson page's statement. */
  private async oneLiveLesson(ctx: RequestContext, id: string): Promise<LiveLesson | null> {
    // The lesson comes with its live siblings, its module and the viewer's attempts (two
    // statements side by side); the published revision usually comes from memory.
    const siblings = await this.loaders.liveLessonsAround(ctx, id);
    const index = siblings.findIndex((l) => l.id === id);
    const lesson = siblings[index];
    if (!lesson) return null;
    const { module } = lesson;
    if (!module || !canSeeModule(ctx.actor, module)) return null;
    const revision = await this.loaders.for(ctx).revision.load(lesson.publishedRevisionId as string);
    if (!revision) return null;
    return { lesson, module, revision, step: index + 1, stepCount: siblings.length };
  }

  /** The live lessons of a module, in order (batched). */
  liveLessons(ctx: RequestContext, moduleId: string): Promise<LessonEntity[]> {
    return this.loaders.for(ctx).liveLessons.load(moduleId);
  }

  /** The published revision of a live lesson (batched). */
  async revisionOf(ctx: RequestContext, lesson: LessonEntity): Promise<LessonRevisionEntity> {
    const revision = await this.loaders.for(ctx).revision.load(lesson.publishedRevisionId as string);
    if (!revision) throw LearningErrors.lessonNotFound();
    return revision;
  }

  /** The viewer's status for one lesson of a module (batched per module). */
  async lessonStatus(ctx: RequestContext, lesson: LessonEntity): Promise<LessonProgressName> {
    const [lessons, attempts] = await Promise.all([
      this.liveLessons(ctx, lesson.moduleId),
      this.loaders.for(ctx).viewerAttempts.load(lesson.moduleId),
    ]);
    return lessonProgress(lesson, lessons, attempts);
  }

  /** The viewer's progress through a module (batched across a page of modules). */
  async moduleProgress(
    ctx: RequestContext,
    moduleId: string,
  ): Promise<{
    status: LessonProgressName;
    completedLessons: number;
    totalLessons: number;
    continueLessonId: string | null;
  }> {
    const loaders = this.loaders.for(ctx);
    const [lessons, attempts, certificate] = await Promise.all([
      this.liveLessons(ctx, moduleId),
      loaders.viewerAttempts.load(moduleId),
      loaders.viewerCertificate.load(moduleId),
    ]);
    const completedLessons = lessons.filter((l) => lessonProgress(l, lessons, attempts) === 'COMPLETED').length;
    const complete = !!certificate || isModuleComplete(lessons, attempts);
    return {
      status: complete ? 'COMPLETED' : attempts.length ? 'IN_PROGRESS' : 'NOT_STARTED',
      completedLessons,
      totalLessons: lessons.length,
      continueLessonId: ctx.actor ? continueLessonId(lessons, attempts) : (lessons[0]?.id ?? null),
    };
  }

  /** Loads a module by id (batched) without visibility checks, for field resolvers of already-authorised objects. */
  async moduleById(ctx: RequestContext, id: string): Promise<LearningModuleEntity | null> {
    return this.loaders.for(ctx).module.load(id);
  }

  /**
   * The viewer's modules: those started and not completed, and those completed (with
   * certificates), each the most recent `LIMITS.myLearningListMax`.
   */
  async myModules(
    ctx: RequestContext,
  ): Promise<{ inProgress: LearningModuleEntity[]; completed: LearningModuleEntity[] }> {
    const personId = ctx.actor?.id;
    if (!personId) return { inProgress: [], completed: [] };
    const rows = await this.dataSource.manager
      .createQueryBuilder(LearningModuleEntity, 'm')
      .addSelect(
        `(select max(a.updated_at) from lesson_attempt a join lesson l on l.id = a.lesson_id where l.module_id = m.id and a.person_id = :personId)`,
        'last_active',
      )
      .addSelect(
        `(select c.issued_at from certificate c where c.module_id = m.id and c.person_id = :personId)`,
        'issued_at',
      )
      .where(`m.status = 'PUBLISHED'`)
      .andWhere(
        `(exists (select 1 from lesson_attempt a join lesson l on l.id = a.lesson_id where l.module_id = m.id and a.person_id = :personId)
          or exists (select 1 from certificate c where c.module_id = m.id and c.person_id = :personId))`,
        { personId },
      )
      .getRawAndEntities();
    const meta = new Map(
      rows.raw.map((r: { m_id: string; last_active: Date | null; issued_at: Date | null }) => [r.m_id, r] as const),
    );
    const time = (d: Date | null | undefined) => (d ? new Date(d).getTime() : 0);
    const completed = rows.entities
      .filter((m) => meta.get(m.id)?.issued_at)
      .sort((a, b) => time(meta.get(b.id)?.issued_at) - time(meta.get(a.id)?.issued_at))
      .slice(0, LIMITS.myLearningListMax);
    const inProgress = rows.entities
      .filter((m) => !meta.get(m.id)?.issued_at)
      .sort((a, b) => time(meta.get(b.id)?.last_active) - time(meta.get(a.id)?.last_active))
      .slice(0, LIMITS.myLearningListMax);
    return { inProgress, completed };
  }
}
