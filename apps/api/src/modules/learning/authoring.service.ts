import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import {
  LIMITS,
  type LessonKindName,
  type ScenarioMediaFacts,
  type ScenarioProblem,
  sceneGraph,
} from '@common-ground/shared';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import type { JsonObject } from '../../common/graphql/json-object.scalar';
import { isUuid } from '../../common/ids';
import { isUniqueViolation } from '../identity/identity.errors';
import { ScheduledPublishingService } from '../jobs/scheduled-publishing.service';
import { likePattern, searchText } from '../identity/organisations.service';
import { MediaService } from '../media/media.service';
import { mediaUrl } from '../media/models/media-file.model';
import { LearningModuleEntity } from './entities/learning-module.entity';
import { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { LessonEntity } from './entities/lesson.entity';
import { type AudienceName, type PublicationStatusName, type TestRoleName } from './learning.constants';
import { LearningErrors } from './learning.errors';
import { canEditLearning } from './learning.policy';
import { emptyContent, parseLessonContent, parseScenarioDraft, publishProblems } from './lesson-content';
import { mediaIdsOf } from './lesson-media';
import { type AuthoringLesson, type AuthoringModule, SCENARIO_PROBLEMS_MAX } from './models/other.model';

export interface ModuleDetails {
  title: string;
  slug?: string | null;
  summary: string;
  outcomes: string[];
  topic: string;
  audience: AudienceName;
  coverMediaId?: string | null;
  coverAlt?: string | null;
  position?: number | null;
  /** Minutes; 0 when left out on create, unchanged when left out on update. */
  cpdMinutes?: number | null;
}

export interface LessonDetails {
  title: string;
  outcomes: string[];
  testRole?: TestRoleName | null;
  contentWarning?: string | null;
}

/** A readable web address from a title: lower case, hyphens, at most 100 characters. */
export const slugify = (title: string): string =>
  title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100) || 'module';

/**
 * Editors' side of learning: modules and lessons, drafts, review, publishing (now or
 * scheduled) and revision history. Every method checks the editor role itself as well as
 * the resolver's @Roles, and throws FORBIDDEN otherwise.
 *
 * Scheduled publishing is the product's one scheduled-publishing job (ScheduledPublishingService,
 * pg-boss, shared by every API instance): one job per scheduled lesson at its time, plus a job
 * every minute for anything overdue. A
 * learner read after the time also publishes at once, so a lesson appears exactly on time
 * even before a worker gets to it. Publishing takes row locks with SKIP LOCKED, so two
 * instances never publish the same lesson twice.
 */
@Injectable()
export class AuthoringService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Learning');
  /** The earliest scheduled publication this process knows of, so reads cost nothing when none is due. */
  private nextDueAt: Date | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly media: MediaService,
    private readonly clock: Clock,
    private readonly scheduled: ScheduledPublishingService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.refreshNextDue();
    // The shared job's work is idempotent (publishDue publishes only what is due, once), so a
    // retry, a duplicate or the minute's sweep finding nothing are all harmless.
    this.scheduled.add('lessons', () => this.publishDue());
  }

  /** Publishes scheduled lessons whose time has come, if this process knows one is due (no statement otherwise). */
  async publishDueIfAny(): Promise<void> {
    if (this.nextDueAt && this.nextDueAt.getTime() <= this.clock.now().getTime()) await this.publishDue();
  }

  /**
   * Publishes every lesson whose `publishAt` has passed. A draft that has become
   * unpublishable since it was scheduled is left unpublished with its schedule cleared.
   */
  async publishDue(): Promise<number> {
    const published = await this.dataSource.transaction(async (m) => {
      const due = await m
        .createQueryBuilder(LessonEntity, 'l')
        .setLock('pessimistic_write')
        .setOnLocked('skip_locked')
        .where('l.publish_at <= :now', { now: this.clock.now() })
        .andWhere(`l.status <> 'ARCHIVED'`)
        .getMany();
      const media = await this.imageFacts(due, m);
      let count = 0;
      for (const lesson of due) {
        const blockers = publishProblems(lesson.kind, lesson.draftContent, media);
        if (blockers.length) {
          this.logger.warn({ msg: 'scheduled lesson not publishable; schedule cleared', lessonId: lesson.id });
          await m.update(LessonEntity, { id: lesson.id }, { publishAt: null });
          continue;
        }
        await this.freeze(m, lesson, lesson.updatedById);
        count += 1;
      }
      return count;
    });
    await this.refreshNextDue();
    return published;
  }

  private async refreshNextDue(): Promise<void> {
    const rows: { next: Date | null }[] = await this.dataSource.query(
      `select min(publish_at) as next from lesson where publish_at is not null and status <> 'ARCHIVED'`,
    );
    this.nextDueAt = rows[0]?.next ? new Date(rows[0].next) : null;
  }

  private assertEditor(ctx: RequestContext): string {
    if (!ctx.actor || !canEditLearning(ctx.actor)) throw forbidden();
    return ctx.actor.id;
  }

  // ---------- modules ----------

  /** One page of every module for editors, in catalogue order, optionally by title search and status. */
  async listModules(
    ctx: RequestContext,
    first: number,
    after: string | null | undefined,
    filter: { search?: string | null; status?: PublicationStatusName | null },
  ): Promise<Page<LearningModuleEntity>> {
    this.assertEditor(ctx);
    const cursor = decodeCursor(after, 2);
    const text = searchText(filter.search);
    const filtered = () => {
      const qb = this.dataSource.manager.createQueryBuilder(LearningModuleEntity, 'm').where('true');
      if (text) qb.andWhere(`lower(m.title) ilike :pattern escape '\\'`, { pattern: likePattern(text.toLowerCase()) });
      if (filter.status) qb.andWhere('m.status = :status', { status: filter.status });
      return qb;
    };
    const totalCount = await filtered().getCount();
    const qb = filtered().orderBy('m.position', 'ASC').addOrderBy('m.id', 'ASC');
    if (cursor) qb.andWhere('(m.position, m.id) > (:p, :id::uuid)', { p: Number(cursor[0]), id: String(cursor[1]) });
    const rows = await qb.limit(first + 1).getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (m) => encodeCursor([m.position, m.id]),
    };
  }

  /** One module in any status. Throws NOT_FOUND. */
  async getModule(ctx: RequestContext, id: string): Promise<LearningModuleEntity> {
    this.assertEditor(ctx);
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(LearningModuleEntity, { id }) : null;
    if (!row) throw LearningErrors.moduleNotFound();
    return row;
  }

  /** Every lesson of some modules, archived too, in order. */
  async lessonsOf(moduleIds: string[]): Promise<LessonEntity[]> {
    if (!moduleIds.length) return [];
    return this.dataSource.manager
      .createQueryBuilder(LessonEntity, 'l')
      .where('l.module_id = any(:ids::uuid[])', { ids: moduleIds })
      .orderBy('l.position', 'ASC')
      .addOrderBy('l.created_at', 'ASC')
      .getMany();
  }

  /**
   * Creates a DRAFT module. The slug comes from the title unless given; a given slug
   * that is taken is a CONFLICT, a generated one gets a number. A cover needs alt text.
   */
  async createModule(ctx: RequestContext, details: ModuleDetails): Promise<LearningModuleEntity> {
    const actorId = this.assertEditor(ctx);
    await this.checkCover(details);
    return this.saveModule(async (m) => {
      const slug = details.slug ?? (await this.freeSlug(m, slugify(details.title)));
      const position =
        details.position ??
        Number(
          (await m.query<{ p: number }[]>(`select coalesce(max(position), 0) + 1 as p from learning_module`))[0]?.p ??
            1,
        );
      return m.save(
        m.create(LearningModuleEntity, {
          ...this.moduleColumns(details),
          slug,
          position,
          cpdMinutes: details.cpdMinutes ?? 0,
          status: 'DRAFT',
          createdById: actorId,
        }),
      );
    });
  }

  /** Changes a module's details (any status; a published module changes at once). Throws NOT_FOUND, CONFLICT. */
  async updateModule(ctx: RequestContext, id: string, details: ModuleDetails): Promise<LearningModuleEntity> {
    const row = await this.getModule(ctx, id);
    await this.checkCover(details);
    return this.saveModule(async (m) => {
      Object.assign(row, this.moduleColumns(details));
      if (details.slug) row.slug = details.slug;
      if (details.position != null) row.position = details.position;
      if (details.cpdMinutes != null) row.cpdMinutes = details.cpdMinutes;
      return m.save(row);
    });
  }

  /** Moves a module to DRAFT, IN_REVIEW, PUBLISHED or ARCHIVED. Throws NOT_FOUND. */
  async setModuleStatus(ctx: RequestContext, id: string, status: PublicationStatusName): Promise<LearningModuleEntity> {
    const row = await this.getModule(ctx, id);
    row.status = status;
    return this.dataSource.manager.save(row);
  }

  /**
   * Puts a module's lessons in the given order; the list must name every lesson of the
   * module exactly once (BAD_USER_INPUT otherwise).
   */
  async reorderLessons(ctx: RequestContext, moduleId: string, lessonIds: string[]): Promise<LearningModuleEntity> {
    const module = await this.getModule(ctx, moduleId);
    await this.dataSource.transaction(async (m) => {
      const lessons = await m.find(LessonEntity, { where: { moduleId }, lock: { mode: 'pessimistic_write' } });
      const ids = new Set(lessons.map((l) => l.id));
      if (lessonIds.length !== ids.size || new Set(lessonIds).size !== ids.size || lessonIds.some((i) => !ids.has(i))) {
        throw LearningErrors.reorderMismatch();
      }
      for (const [index, id] of lessonIds.entries()) {
        await m.update(LessonEntity, { id }, { position: index + 1 });
      }
    });
    return module;
  }

  private moduleColumns(d: ModuleDetails): Partial<LearningModuleEntity> {
    return {
      title: d.title,
      summary: d.summary,
      outcomes: d.outcomes,
      topic: d.topic,
      audience: d.audience,
      coverMediaId: d.coverMediaId ?? null,
      coverAlt: d.coverMediaId ? (d.coverAlt ?? null) : null,
    };
  }

  private async checkCover(d: ModuleDetails): Promise<void> {
    if (!d.coverMediaId) return;
    if (!d.coverAlt?.trim()) throw LearningErrors.coverAltMissing();
    const media = await this.media.get(d.coverMediaId).catch(() => null);
    if (!media || media.kind !== 'IMAGE') throw LearningErrors.coverNotImage();
  }

  private async freeSlug(m: EntityManager, base: string): Promise<string> {
    const taken = new Set(
      (
        await m.query<{ slug: string }[]>(`select slug from learning_module where slug = $1 or slug like $2`, [
          base,
          `${base}-%`,
        ])
      ).map((r) => r.slug),
    );
    if (!taken.has(base)) return base;
    let n = 2;
    while (taken.has(`${base}-${n}`)) n += 1;
    return `${base}-${n}`;
  }

  private async saveModule(work: (m: EntityManager) => Promise<LearningModuleEntity>): Promise<LearningModuleEntity> {
    try {
      return await this.dataSource.transaction(work);
    } catch (error) {
      if (isUniqueViolation(error, 'learning_module_slug_key')) throw LearningErrors.slugTaken();
      throw error;
    }
  }

  // ---------- lessons ----------

  /** One lesson in any status. Throws NOT_FOUND. */
  async getLesson(ctx: RequestContext, id: string): Promise<LessonEntity> {
    this.assertEditor(ctx);
    const row = isUuid(id) ? await this.dataSource.manager.findOneBy(LessonEntity, { id }) : null;
    if (!row) throw LearningErrors.lessonNotFound();
    return row;
  }

  /**
   * Adds a DRAFT lesson of a kind at the end of a module, with empty content of that kind.
   * Throws CONFLICT when the module already holds `LIMITS.lessonsPerModule` lessons.
   */
  async createLesson(
    ctx: RequestContext,
    moduleId: string,
    kind: LessonKindName,
    details: LessonDetails,
  ): Promise<LessonEntity> {
    const actorId = this.assertEditor(ctx);
    await this.getModule(ctx, moduleId);
    const rows: { p: number; n: number }[] = await this.dataSource.query(
      'select coalesce(max(position), 0) + 1 as p, count(*)::int as n from lesson where module_id = $1',
      [moduleId],
    );
    if (rows[0].n >= LIMITS.lessonsPerModule) {
      throw new DomainError(
        'CONFLICT',
        `A module can hold at most ${LIMITS.lessonsPerModule} lessons. Archive one or start a new module.`,
      );
    }
    return this.dataSource.manager.save(
      this.dataSource.manager.create(LessonEntity, {
        moduleId,
        kind,
        title: details.title,
        outcomes: details.outcomes,
        testRole: kind === 'KNOWLEDGE_CHECK' ? (details.testRole ?? 'NONE') : 'NONE',
        contentWarning: details.contentWarning || null,
        draftContent: emptyContent(kind),
        position: Number(rows[0].p),
        status: 'DRAFT',
        updatedById: actorId,
      }),
    );
  }

  /** Changes a lesson's title, outcomes and test role (the title reaches learners at the next publication). */
  async updateLesson(ctx: RequestContext, id: string, details: LessonDetails): Promise<LessonEntity> {
    const lesson = await this.getLesson(ctx, id);
    lesson.title = details.title;
    lesson.outcomes = details.outcomes;
    if (details.contentWarning !== undefined) lesson.contentWarning = details.contentWarning || null;
    if (lesson.kind === 'KNOWLEDGE_CHECK' && details.testRole) lesson.testRole = details.testRole;
    lesson.updatedById = ctx.actor?.id ?? null;
    return this.dataSource.manager.save(lesson);
  }

  /**
   * Saves draft content after checking and cleaning it for the lesson's kind (articles and
   * narratives sanitised; knowledge checks fully validated; scenarios checked for shape,
   * their problems reported rather than refused). Learners are unaffected until the next
   * publication. Throws BAD_USER_INPUT, NOT_FOUND.
   */
  async saveDraft(ctx: RequestContext, id: string, content: JsonObject): Promise<LessonEntity> {
    const lesson = await this.getLesson(ctx, id);
    lesson.draftContent = parseLessonContent(lesson.kind, content);
    lesson.updatedById = ctx.actor?.id ?? null;
    if (lesson.status === 'ARCHIVED') lesson.status = 'DRAFT';
    return this.dataSource.manager.save(lesson);
  }

  /** Moves a lesson to IN_REVIEW, DRAFT or ARCHIVED (archiving hides it from learners and cancels a schedule). */
  async setLessonStatus(
    ctx: RequestContext,
    id: string,
    status: Exclude<PublicationStatusName, 'PUBLISHED'>,
  ): Promise<LessonEntity> {
    const lesson = await this.getLesson(ctx, id);
    lesson.status = status;
    if (status === 'ARCHIVED') lesson.publishAt = null;
    lesson.updatedById = ctx.actor?.id ?? lesson.updatedById;
    return this.dataSource.manager.save(lesson);
  }

  /**
   * Publishes the draft now (a new frozen revision learners get from then on) or schedules
   * it for `publishAt`. Nothing changes when the draft cannot be published: a scenario's
   * every problem comes back in `extensions.problems`. Throws BAD_USER_INPUT, NOT_FOUND.
   */
  async publishLesson(ctx: RequestContext, id: string, publishAt?: Date | null): Promise<LessonEntity> {
    const lesson = await this.getLesson(ctx, id);
    if (publishAt && publishAt.getTime() > this.clock.now().getTime()) {
      await this.assertPublishable(lesson);
      lesson.publishAt = publishAt;
      if (lesson.status === 'ARCHIVED' || lesson.status === 'DRAFT') lesson.status = 'IN_REVIEW';
      const saved = await this.dataSource.manager.save(lesson);
      if (!this.nextDueAt || publishAt < this.nextDueAt) this.nextDueAt = publishAt;
      await this.scheduled.scheduleAt(`lesson:${lesson.id}`, publishAt);
      return saved;
    }
    return this.dataSource.transaction(async (m) => {
      const locked = await m.findOne(LessonEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!locked) throw LearningErrors.lessonNotFound();
      await this.assertPublishable(locked, m);
      return this.freeze(m, locked, ctx.actor?.id ?? null);
    });
  }

  private async assertPublishable(lesson: LessonEntity, m?: EntityManager): Promise<void> {
    const problems = publishProblems(lesson.kind, lesson.draftContent, await this.imageFacts([lesson], m));
    if (!problems.length) return;
    if (lesson.kind === 'SCENARIO') throw LearningErrors.scenarioProblems(problems as ScenarioProblem[]);
    throw LearningErrors.cannotPublish((problems as string[])[0]);
  }

  /**
   * Which scene media of these scenario drafts are pictures, in one statement (none when
   * no scene has media), so a picture without a description blocks publishing.
   */
  private async imageFacts(
    lessons: Pick<LessonEntity, 'kind' | 'draftContent'>[],
    m: EntityManager = this.dataSource.manager,
  ): Promise<ScenarioMediaFacts> {
    const ids = new Set<string>();
    for (const lesson of lessons) {
      if (lesson.kind !== 'SCENARIO') continue;
      for (const scene of parseScenarioDraft(lesson.draftContent).scenes) {
        if (scene.mediaId && isUuid(scene.mediaId)) ids.add(scene.mediaId);
      }
    }
    if (!ids.size) return {};
    const rows: { id: string }[] = await m.query(`select id from media where kind = 'IMAGE' and id = any($1::uuid[])`, [
      [...ids],
    ]);
    const images = new Set(rows.map((r) => r.id));
    return { isImage: (mediaId) => images.has(mediaId) };
  }

  /** Freezes the draft as the next revision and points the lesson at it. */
  private async freeze(m: EntityManager, lesson: LessonEntity, by: string | null): Promise<LessonEntity> {
    const rows: { n: number }[] = await m.query(
      'select coalesce(max(number), 0) + 1 as n from lesson_revision where lesson_id = $1',
      [lesson.id],
    );
    const revision = await m.save(
      m.create(LessonRevisionEntity, {
        lessonId: lesson.id,
        number: Number(rows[0].n),
        title: lesson.title,
        content: lesson.draftContent,
        mediaIds: mediaIdsOf(lesson.kind, lesson.draftContent),
        createdById: by,
      }),
    );
    lesson.publishedRevisionId = revision.id;
    lesson.status = 'PUBLISHED';
    lesson.publishAt = null;
    return m.save(lesson);
  }

  /** A page of a lesson's revisions, newest first. Throws NOT_FOUND. */
  async revisions(
    ctx: RequestContext,
    lessonId: string,
    first: number,
    after: string | null | undefined,
  ): Promise<Page<LessonRevisionEntity>> {
    await this.getLesson(ctx, lessonId);
    const cursor = decodeCursor(after, 1);
    const totalCount = await this.dataSource.manager.countBy(LessonRevisionEntity, { lessonId });
    const qb = this.dataSource.manager
      .createQueryBuilder(LessonRevisionEntity, 'r')
      .where('r.lesson_id = :lessonId', { lessonId })
      .orderBy('r.number', 'DESC');
    if (cursor) qb.andWhere('r.number < :n', { n: Number(cursor[0]) });
    const rows = await qb.limit(first + 1).getMany();
    return {
      items: rows.slice(0, first),
      hasNextPage: rows.length > first,
      totalCount,
      cursorOf: (r) => encodeCursor([r.number]),
    };
  }

  // ---------- editor views ----------

  /** The editor's view of a lesson: draft, problems and map. */
  private toAuthoringLesson(
    lesson: LessonEntity,
    revisionNumbers: Map<string, number>,
    media: ScenarioMediaFacts,
  ): AuthoringLesson {
    let scenarioProblems: AuthoringLesson['scenarioProblems'] = [];
    let graph: AuthoringLesson['sceneGraph'] = null;
    let blockers: string[] = [];
    if (lesson.kind === 'SCENARIO') {
      const content = parseScenarioDraft(lesson.draftContent);
      // The editor shows the first SCENARIO_PROBLEMS_MAX: enough to work through, and a bound the query cost can count.
      const problems = (publishProblems('SCENARIO', content, media) as ScenarioProblem[]).slice(
        0,
        SCENARIO_PROBLEMS_MAX,
      );
      scenarioProblems = problems.map((p) => ({
        sceneId: p.sceneId,
        choiceId: p.choiceId ?? null,
        code: p.code,
        message: p.message,
      }));
      graph = sceneGraph(content);
    } else {
      blockers = publishProblems(lesson.kind, lesson.draftContent) as string[];
    }
    return {
      id: lesson.id,
      moduleId: lesson.moduleId,
      position: lesson.position,
      kind: lesson.kind,
      title: lesson.title,
      outcomes: lesson.outcomes,
      contentWarning: lesson.contentWarning,
      testRole: lesson.testRole,
      status: lesson.status,
      draftContent: lesson.draftContent as JsonObject,
      publishAt: lesson.publishAt,
      publishedRevisionNumber: lesson.publishedRevisionId
        ? (revisionNumbers.get(lesson.publishedRevisionId) ?? null)
        : null,
      publishBlockers: blockers,
      scenarioProblems,
      sceneGraph: graph,
      updatedAt: lesson.updatedAt,
      updatedById: lesson.updatedById,
    };
  }

  /** Editor views of lessons, with their published revision numbers and picture facts in two statements. */
  async toAuthoringLessons(lessons: LessonEntity[]): Promise<AuthoringLesson[]> {
    const ids = lessons.map((l) => l.publishedRevisionId).filter((x): x is string => !!x);
    const numbers = new Map<string, number>();
    if (ids.length) {
      const rows: { id: string; number: number }[] = await this.dataSource.query(
        'select id, number from lesson_revision where id = any($1::uuid[])',
        [ids],
      );
      for (const r of rows) numbers.set(r.id, Number(r.number));
    }
    const media = await this.imageFacts(lessons);
    return lessons.map((l) => this.toAuthoringLesson(l, numbers, media));
  }

  /** The editor's view of modules with all their lessons (two statements for any number of modules). */
  async toAuthoringModules(modules: LearningModuleEntity[]): Promise<AuthoringModule[]> {
    const lessons = await this.toAuthoringLessons(await this.lessonsOf(modules.map((m) => m.id)));
    return modules.map((m) => ({
      id: m.id,
      slug: m.slug,
      title: m.title,
      summary: m.summary,
      outcomes: m.outcomes,
      topic: m.topic,
      audience: m.audience,
      status: m.status,
      position: m.position,
      cpdMinutes: m.cpdMinutes,
      cover:
        m.coverMediaId && m.coverAlt
          ? { mediaId: m.coverMediaId, url: mediaUrl(m.coverMediaId), alt: m.coverAlt }
          : null,
      lessons: lessons.filter((l) => l.moduleId === m.id),
      updatedAt: m.updatedAt,
    }));
  }
}
