import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import type { Request } from 'express';
import { DataSource, In } from 'typeorm';
import type { RequestContext } from '../../common/context/request-context';
import { entityFromJson, jsonObjectSql } from '../../database/json-rows';
import { CertificateEntity } from './entities/certificate.entity';
import { LessonAttemptEntity } from './entities/lesson-attempt.entity';
import { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { LearningModuleEntity } from './entities/learning-module.entity';
import { LessonEntity } from './entities/lesson.entity';

/**
 * The lesson columns a learner's pages need: everything but the draft content, which can be
 * large and is only ever read by the editor.
 */
export const LIVE_LESSON_COLUMNS = [
  'id',
  'moduleId',
  'position',
  'kind',
  'title',
  'outcomes',
  'contentWarning',
  'testRole',
  'status',
  'publishedRevisionId',
  'publishAt',
  'updatedById',
  'createdAt',
  'updatedAt',
] as const;

/** SQL for "lesson `l` is live" (see isLessonLive): it has a published revision and is not archived. */
export const LESSON_L_IS_LIVE = `l.published_revision_id is not null and l.status <> 'ARCHIVED'`;

/** The batched look-ups of one request. */
export interface LearningLoaders {
  /** Modules by id, without visibility checks (callers check). */
  module: DataLoader<string, LearningModuleEntity | null>;
  /** Live lessons (published revision, not archived) of each module, in order. */
  liveLessons: DataLoader<string, LessonEntity[]>;
  /** Frozen revisions by id. */
  revision: DataLoader<string, LessonRevisionEntity | null>;
  /** The viewer's attempts at the lessons of each module (empty when signed out). */
  viewerAttempts: DataLoader<string, LessonAttemptEntity[]>;
  /** The viewer's certificate for each module. */
  viewerCertificate: DataLoader<string, CertificateEntity | null>;
}

/**
 * One set of DataLoaders per request: a catalogue page or a module page costs one
 * statement per kind of related row, whatever the number of modules or lessons.
 */
@Injectable()
export class LearningLoaderFactory {
  private readonly perRequest = new WeakMap<Request, LearningLoaders>();
  /**
   * Revisions are never changed once written, so recently read ones are kept in memory
   * (shared, read-only) and a lesson page does not fetch its content from the database
   * each time. Bounded; the oldest entry goes first.
   */
  private readonly revisions = new Map<string, LessonRevisionEntity>();
  private lessonPageStatement: string | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The loaders of this request, created on first use. */
  for(ctx: RequestContext): LearningLoaders {
    let loaders = this.perRequest.get(ctx.req);
    if (!loaders) {
      loaders = this.create(ctx.actor?.id ?? null);
      this.perRequest.set(ctx.req, loaders);
    }
    return loaders;
  }

  /**
   * For a lesson page: the live lessons of the lesson's module (each with the module
   * attached) and the viewer's attempts in that module, in one statement that returns them
   * as JSON. Primes this request's loaders, so the page's status and step fields cost
   * nothing more. Empty when the lesson is unknown.
   */
  async liveLessonsAround(ctx: RequestContext, lessonId: string): Promise<LessonEntity[]> {
    const meta = this.metadata();
    const rows: {
      lessons: Record<string, unknown>[];
      module: Record<string, unknown> | null;
      attempts: Record<string, unknown>[];
    }[] = await this.dataSource.query(this.lessonPageSql(), [lessonId, ctx.actor?.id ?? null]);
    const row = rows[0];
    if (!row?.module) return [];
    const module = entityFromJson<LearningModuleEntity>(meta.module, row.module);
    const lessons = row.lessons.map((json) => {
      const lesson = entityFromJson<LessonEntity>(meta.lesson, json);
      lesson.module = module;
      return lesson;
    });
    const loaders = this.for(ctx);
    loaders.module.prime(module.id, module);
    loaders.liveLessons.prime(module.id, lessons);
    loaders.viewerAttempts.prime(
      module.id,
      row.attempts.map((json) => entityFromJson<LessonAttemptEntity>(meta.attempt, json)),
    );
    return lessons;
  }

  private metadata() {
    return {
      lesson: this.dataSource.getMetadata(LessonEntity),
      module: this.dataSource.getMetadata(LearningModuleEntity),
      attempt: this.dataSource.getMetadata(LessonAttemptEntity),
    };
  }

  /** The lesson page's statement ($1 the lesson, $2 the viewer or null), built once. */
  private lessonPageSql(): string {
    if (this.lessonPageStatement) return this.lessonPageStatement;
    const meta = this.metadata();
    this.lessonPageStatement = `
      with target as (select module_id from lesson where id = $1)
      select
        (select coalesce(json_agg(${jsonObjectSql(meta.lesson, 'l', LIVE_LESSON_COLUMNS)} order by l.position, l.created_at), '[]')
           from lesson l where l.module_id = (select module_id from target) and ${LESSON_L_IS_LIVE}) as lessons,
        (select ${jsonObjectSql(meta.module, 'm')} from learning_module m
          where m.id = (select module_id from target)) as module,
        (select coalesce(json_agg(${jsonObjectSql(meta.attempt, 'a')} order by a.attempt_number), '[]')
           from lesson_attempt a join lesson x on x.id = a.lesson_id
          where x.module_id = (select module_id from target) and a.person_id = $2::uuid) as attempts`;
    return this.lessonPageStatement;
  }

  private remember(revision: LessonRevisionEntity): void {
    if (this.revisions.size >= 500) this.revisions.delete(this.revisions.keys().next().value as string);
    this.revisions.set(revision.id, revision);
  }

  private create(personId: string | null): LearningLoaders {
    const m = this.dataSource.manager;
    return {
      module: new DataLoader(async (ids: readonly string[]) => {
        const rows = await m.findBy(LearningModuleEntity, { id: In([...ids]) });
        const byId = new Map(rows.map((r) => [r.id, r]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      liveLessons: new DataLoader(async (moduleIds: readonly string[]) => {
        const rows = await m
          .createQueryBuilder(LessonEntity, 'l')
          .select(LIVE_LESSON_COLUMNS.map((c) => `l.${c}`))
          .where('l.module_id = any(:ids::uuid[])', { ids: [...moduleIds] })
          .andWhere(LESSON_L_IS_LIVE)
          .orderBy('l.position', 'ASC')
          .addOrderBy('l.created_at', 'ASC')
          .getMany();
        return moduleIds.map((id) => rows.filter((r) => r.moduleId === id));
      }),
      revision: new DataLoader(async (ids: readonly string[]) => {
        const missing = ids.filter((id) => !this.revisions.has(id));
        if (missing.length) {
          for (const row of await m.findBy(LessonRevisionEntity, { id: In(missing) })) this.remember(row);
        }
        return ids.map((id) => this.revisions.get(id) ?? null);
      }),
      viewerAttempts: new DataLoader(async (moduleIds: readonly string[]) => {
        if (!personId) return moduleIds.map(() => []);
        const rows = await m
          .createQueryBuilder(LessonAttemptEntity, 'a')
          .innerJoin(LessonEntity, 'l', 'l.id = a.lesson_id')
          .addSelect('l.module_id', 'module_id')
          .where('a.person_id = :personId', { personId })
          .andWhere('l.module_id = any(:ids::uuid[])', { ids: [...moduleIds] })
          .orderBy('a.attempt_number', 'ASC')
          .getRawAndEntities();
        const moduleOf = new Map(
          rows.raw.map((r: { a_id: string; module_id: string }) => [r.a_id, r.module_id] as const),
        );
        return moduleIds.map((id) => rows.entities.filter((a) => moduleOf.get(a.id) === id));
      }),
      viewerCertificate: new DataLoader(async (moduleIds: readonly string[]) => {
        if (!personId) return moduleIds.map(() => null);
        const rows = await m.findBy(CertificateEntity, { personId, moduleId: In([...moduleIds]) });
        const byModule = new Map(rows.map((r) => [r.moduleId, r]));
        return moduleIds.map((id) => byModule.get(id) ?? null);
      }),
    };
  }
}
