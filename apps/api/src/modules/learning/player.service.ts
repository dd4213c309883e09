import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import {
  choose,
  type Choice,
  type KnowledgeCheckContent,
  type QuestionAnswer,
  type ScenarioContent,
  ScenarioError,
  type ScenarioState,
  scoreKnowledgeCheck,
  startScenario,
} from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { badInput, unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { isUniqueViolation } from '../identity/identity.errors';
import { OrganisationsService } from '../identity/organisations.service';
import { PeopleService } from '../identity/people.service';
import { type LiveLesson, CatalogueService } from './catalogue.service';
import { newCertificateCode } from './certificate-code';
import { CertificateEntity } from './entities/certificate.entity';
import { LessonAttemptEntity } from './entities/lesson-attempt.entity';
import { LessonRevisionEntity } from './entities/lesson-revision.entity';
import { LessonEntity } from './entities/lesson.entity';
import { ScenarioDecisionEntity } from './entities/scenario-decision.entity';
import { LearningErrors } from './learning.errors';
import { isLessonLive, isModuleComplete } from './learning.policy';
import type { CheckState } from './learning.mappers';

/** An attempt with what is needed to present it. */
export interface AttemptView {
  attempt: LessonAttemptEntity;
  lesson: LessonEntity;
  revision: LessonRevisionEntity;
  certificate: CertificateEntity | null;
}

/**
 * The lesson player: attempts, server-authoritative scenario play, articles, knowledge
 * checks, and certificates when a module is complete. Progress is saved after every step,
 * so a learner resumes where they left off on any device.
 */
@Injectable()
export class PlayerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalogue: CatalogueService,
    private readonly people: PeopleService,
    private readonly organisations: OrganisationsService,
  ) {}

  private personId(ctx: RequestContext): string {
    if (!ctx.actor) throw unauthenticated();
    return ctx.actor.id;
  }

  /**
   * Opens a lesson: resumes the in-progress attempt; otherwise shows the latest completed
   * one; otherwise starts one on the current published revision. A post-test cannot start
   * until every other lesson is completed (FORBIDDEN). Throws NOT_FOUND for a lesson the
   * viewer cannot see.
   */
  async start(ctx: RequestContext, lessonId: string): Promise<AttemptView> {
    const personId = this.personId(ctx);
    const live = await this.catalogue.getLiveLesson(ctx, lessonId);
    const existing = await this.dataSource.manager.find(LessonAttemptEntity, {
      where: { personId, lessonId, status: In(['IN_PROGRESS', 'COMPLETED']) },
      order: { attemptNumber: 'DESC' },
    });
    const current = existing.find((a) => a.status === 'IN_PROGRESS') ?? existing[0];
    if (current) return this.view(current, live.lesson);
    await this.assertCanStart(ctx, live);
    return this.dataSource.transaction(async (m) => this.view(await this.newAttempt(m, personId, live), live.lesson));
  }

  /** Gives up the in-progress attempt (kept as ABANDONED for the reports) and starts afresh on the current revision. */
  async restart(ctx: RequestContext, lessonId: string): Promise<AttemptView> {
    const personId = this.personId(ctx);
    const live = await this.catalogue.getLiveLesson(ctx, lessonId);
    await this.assertCanStart(ctx, live);
    return this.dataSource.transaction(async (m) => {
      await m.update(LessonAttemptEntity, { personId, lessonId, status: 'IN_PROGRESS' }, { status: 'ABANDONED' });
      return this.view(await this.newAttempt(m, personId, live), live.lesson);
    });
  }

  /**
   * Makes a scenario choice on the server's copy of the state (the client never sends
   * state): only a choice offered in the current scene is accepted (BAD_USER_INPUT
   * otherwise, also after the end). Records the decision with the person's sector, saves
   * the new state, completes the attempt at an ending and issues the module's certificate
   * when that completes it. Throws NOT_FOUND for someone else's attempt.
   */
  async chooseOption(
    ctx: RequestContext,
    attemptId: string,
    choiceId: string,
  ): Promise<AttemptView & { choice: Choice }> {
    const personId = this.personId(ctx);
    const person = await this.people.find(ctx, personId);
    const organisation = person ? await this.organisations.load(ctx, person.organisationId) : null;
    if (!organisation) throw unauthenticated();
    return this.dataSource.transaction(async (m) => {
      const { attempt, lesson, revision } = await this.lockAttempt(m, personId, attemptId);
      if (lesson.kind !== 'SCENARIO') throw LearningErrors.wrongKind('a scenario');
      if (attempt.status !== 'IN_PROGRESS') throw LearningErrors.ended();
      let result: ReturnType<typeof choose>;
      try {
        result = choose(revision.content as ScenarioContent, attempt.state as ScenarioState, choiceId);
      } catch (error) {
        if (error instanceof ScenarioError && error.code === 'NOT_OFFERED') throw LearningErrors.notOffered();
        if (error instanceof ScenarioError && error.code === 'ENDED') throw LearningErrors.ended();
        throw error;
      }
      const from = (attempt.state as ScenarioState).sceneId;
      await m.insert(ScenarioDecisionEntity, {
        attemptId: attempt.id,
        personId,
        lessonId: lesson.id,
        revisionId: revision.id,
        sceneId: from,
        choiceId: result.choice.id,
        sector: organisation.sector,
      });
      attempt.state = result.state;
      attempt.score = result.state.score;
      if (result.state.ended) {
        attempt.status = 'COMPLETED';
        attempt.completedAt = new Date();
      }
      const saved = await m.save(attempt);
      const certificate = result.state.ended ? await this.issueIfComplete(m, personId, lesson.moduleId) : null;
      return { attempt: saved, lesson, revision, certificate, choice: result.choice };
    });
  }

  /** Marks an article read (idempotent) and issues the certificate if that completes the module. */
  async completeArticle(ctx: RequestContext, lessonId: string): Promise<AttemptView> {
    const personId = this.personId(ctx);
    const live = await this.catalogue.getLiveLesson(ctx, lessonId);
    if (live.lesson.kind !== 'ARTICLE') throw LearningErrors.wrongKind('an article');
    return this.dataSource.transaction(async (m) => {
      const attempts = await m.find(LessonAttemptEntity, {
        where: { personId, lessonId },
        order: { attemptNumber: 'DESC' },
        lock: { mode: 'pessimistic_write' },
      });
      let attempt =
        attempts.find((a) => a.status === 'IN_PROGRESS') ?? attempts.find((a) => a.status === 'COMPLETED') ?? null;
      if (!attempt) attempt = await this.newAttempt(m, personId, live);
      if (attempt.status !== 'COMPLETED') {
        attempt.status = 'COMPLETED';
        attempt.completedAt = new Date();
        attempt = await m.save(attempt);
      }
      const certificate = await this.issueIfComplete(m, personId, live.lesson.moduleId);
      const revision = await m.findOneByOrFail(LessonRevisionEntity, { id: attempt.revisionId });
      return { attempt, lesson: live.lesson, revision, certificate };
    });
  }

  /**
   * Submits a knowledge check's answers, once per attempt (CONFLICT the second time).
   * Every question must be answered with options it has (BAD_USER_INPUT otherwise).
   */
  async submitCheck(ctx: RequestContext, attemptId: string, answers: QuestionAnswer[]): Promise<AttemptView> {
    const personId = this.personId(ctx);
    return this.dataSource.transaction(async (m) => {
      const { attempt, lesson, revision } = await this.lockAttempt(m, personId, attemptId);
      if (lesson.kind !== 'KNOWLEDGE_CHECK') throw LearningErrors.wrongKind('a knowledge check');
      if (attempt.status === 'COMPLETED') throw LearningErrors.alreadySubmitted();
      if (attempt.status !== 'IN_PROGRESS') throw LearningErrors.attemptClosed();
      const content = revision.content as KnowledgeCheckContent;
      const byQuestion = new Map(answers.map((a) => [a.questionId, [...new Set(a.optionIds)]]));
      for (const [index, question] of content.questions.entries()) {
        const picked = byQuestion.get(question.id);
        if (!picked?.length) throw badInput('answers', `Answer question ${index + 1}.`);
        if (picked.some((o) => !question.options.some((opt) => opt.id === o))) {
          throw badInput('answers', `Question ${index + 1} has no such option.`);
        }
      }
      if ([...byQuestion.keys()].some((q) => !content.questions.some((x) => x.id === q))) {
        throw badInput('answers', 'An answer names a question that is not in this check.');
      }
      const clean = content.questions.map((q) => ({ questionId: q.id, optionIds: byQuestion.get(q.id) ?? [] }));
      const score = scoreKnowledgeCheck(content, clean);
      attempt.state = { answers: clean } satisfies CheckState;
      attempt.score = score.percent;
      attempt.passed = score.passed;
      attempt.status = 'COMPLETED';
      attempt.completedAt = new Date();
      const saved = await m.save(attempt);
      const certificate = await this.issueIfComplete(m, personId, lesson.moduleId);
      return { attempt: saved, lesson, revision, certificate };
    });
  }

  /** The viewer's certificate for a module, if any. */
  async certificateFor(personId: string, moduleId: string): Promise<CertificateEntity | null> {
    return this.dataSource.manager.findOneBy(CertificateEntity, { personId, moduleId });
  }

  private async assertCanStart(ctx: RequestContext, live: LiveLesson): Promise<void> {
    if (live.lesson.testRole !== 'POST_TEST') return;
    if ((await this.catalogue.lessonStatus(ctx, live.lesson)) === 'CANNOT_START_YET') {
      throw LearningErrors.postTestLocked();
    }
  }

  private async newAttempt(m: EntityManager, personId: string, live: LiveLesson): Promise<LessonAttemptEntity> {
    const rows: { n: number }[] = await m.query(
      'select coalesce(max(attempt_number), 0) + 1 as n from lesson_attempt where person_id = $1 and lesson_id = $2',
      [personId, live.lesson.id],
    );
    const state =
      live.lesson.kind === 'SCENARIO'
        ? startScenario(live.revision.content as ScenarioContent)
        : live.lesson.kind === 'KNOWLEDGE_CHECK'
          ? ({ answers: null } satisfies CheckState)
          : {};
    try {
      return await m.save(
        m.create(LessonAttemptEntity, {
          personId,
          lessonId: live.lesson.id,
          revisionId: live.revision.id,
          attemptNumber: Number(rows[0].n),
          state,
          status: 'IN_PROGRESS',
          score: live.lesson.kind === 'SCENARIO' ? 0 : null,
        }),
      );
    } catch (error) {
      // Two tabs started at once: the other one won; use its attempt.
      if (isUniqueViolation(error, 'lesson_attempt_one_in_progress_key')) {
        return this.dataSource.manager.findOneByOrFail(LessonAttemptEntity, {
          personId,
          lessonId: live.lesson.id,
          status: 'IN_PROGRESS',
        });
      }
      throw error;
    }
  }

  private async lockAttempt(
    m: EntityManager,
    personId: string,
    attemptId: string,
  ): Promise<{ attempt: LessonAttemptEntity; lesson: LessonEntity; revision: LessonRevisionEntity }> {
    const attempt = isUuid(attemptId)
      ? await m.findOne(LessonAttemptEntity, {
          where: { id: attemptId, personId },
          lock: { mode: 'pessimistic_write' },
        })
      : null;
    if (!attempt) throw LearningErrors.attemptNotFound();
    const lesson = await m.findOneBy(LessonEntity, { id: attempt.lessonId });
    if (!lesson) throw LearningErrors.attemptNotFound();
    const revision = await m.findOneByOrFail(LessonRevisionEntity, { id: attempt.revisionId });
    return { attempt, lesson, revision };
  }

  private async view(attempt: LessonAttemptEntity, lesson: LessonEntity): Promise<AttemptView> {
    const revision = await this.dataSource.manager.findOneByOrFail(LessonRevisionEntity, { id: attempt.revisionId });
    return { attempt, lesson, revision, certificate: null };
  }

  /**
   * Issues the module's certificate when every live lesson is done (the post-test passed);
   * idempotent: an existing certificate is returned as it is. Null while incomplete.
   */
  async issueIfComplete(m: EntityManager, personId: string, moduleId: string): Promise<CertificateEntity | null> {
    const existing = await m.findOneBy(CertificateEntity, { personId, moduleId });
    if (existing) return existing;
    const lessons = (await m.findBy(LessonEntity, { moduleId })).filter(isLessonLive);
    const attempts = await m.find(LessonAttemptEntity, {
      where: { personId, lessonId: In(lessons.map((l) => l.id)) },
    });
    if (!isModuleComplete(lessons, attempts)) return null;
    // `on conflict do nothing` covers both a certificate issued meanwhile and the
    // (50-bit, so vanishingly rare) clash of a random code, which the loop retries.
    for (let tries = 0; tries < 5; tries += 1) {
      await m.query('insert into certificate (person_id, module_id, code) values ($1, $2, $3) on conflict do nothing', [
        personId,
        moduleId,
        newCertificateCode(),
      ]);
      const row = await m.findOneBy(CertificateEntity, { personId, moduleId });
      if (row) return row;
    }
    return m.findOneBy(CertificateEntity, { personId, moduleId });
  }
}
