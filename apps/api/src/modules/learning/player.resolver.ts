import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, Public, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { CertificatesService } from './certificates.service';
import { ChooseScenarioOptionInput, LessonIdInput, SubmitKnowledgeCheckInput } from './dto/learning.inputs';
import { InsightsService } from './insights.service';
import { toLessonAttempt } from './learning.mappers';
import { LessonAttempt } from './models/lesson.model';
import {
  type Certificate,
  CertificateVerification,
  ChooseScenarioOptionPayload,
  CompleteArticlePayload,
  ScenarioChoiceStats,
  SubmitKnowledgeCheckPayload,
} from './models/other.model';
import { type AttemptView, PlayerService } from './player.service';
import { CatalogueService } from './catalogue.service';
import { toCheckResult } from './learning.mappers';
import type { KnowledgeCheckContent, QuestionAnswer } from '@common-ground/shared';

/** The lesson player (signed-in learners), colleague statistics and certificate verification. */
@Resolver()
export class PlayerResolver {
  constructor(
    private readonly player: PlayerService,
    private readonly insights: InsightsService,
    private readonly certificates: CertificatesService,
    private readonly catalogue: CatalogueService,
  ) {}

  private async certificateOf(ctx: RequestContext, view: AttemptView): Promise<Certificate | null> {
    if (!view.certificate) return null;
    const module = await this.catalogue.moduleById(ctx, view.lesson.moduleId);
    return this.certificates.forModule(view.certificate, {
      title: module?.title ?? '',
      cpdMinutes: module?.cpdMinutes ?? 0,
    });
  }

  @SignedIn()
  @Mutation(() => LessonAttempt, {
    description:
      'Opens a lesson in the player: resumes the attempt in progress (on any device), else shows the latest completed one, else starts one on the published revision. FORBIDDEN for a post-test that cannot start yet.',
  })
  async startLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson.' }) input: LessonIdInput,
  ): Promise<LessonAttempt> {
    const view = await this.player.start(ctx, input.lessonId);
    return toLessonAttempt(view.attempt, view.lesson, view.revision);
  }

  @SignedIn()
  @Mutation(() => LessonAttempt, {
    description: 'Starts the lesson again from the beginning on the published revision (the old attempt is kept).',
  })
  async restartLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson.' }) input: LessonIdInput,
  ): Promise<LessonAttempt> {
    const view = await this.player.restart(ctx, input.lessonId);
    return toLessonAttempt(view.attempt, view.lesson, view.revision);
  }

  @SignedIn()
  @Mutation(() => ChooseScenarioOptionPayload, {
    description:
      'Makes a choice in the current scene. BAD_USER_INPUT when the choice is not offered there or the scenario has ended.',
  })
  async chooseScenarioOption(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The attempt and the choice.' }) input: ChooseScenarioOptionInput,
  ): Promise<ChooseScenarioOptionPayload> {
    const view = await this.player.chooseOption(ctx, input.attemptId, input.choiceId);
    return {
      feedback: view.choice.feedback,
      choice: { id: view.choice.id, label: view.choice.label },
      choiceScore: view.choice.score ?? 0,
      attempt: toLessonAttempt(view.attempt, view.lesson, view.revision),
      certificate: await this.certificateOf(ctx, view),
    };
  }

  @SignedIn()
  @Mutation(() => CompleteArticlePayload, { description: 'Marks an article as read (repeating it changes nothing).' })
  async completeArticle(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The article lesson.' }) input: LessonIdInput,
  ): Promise<CompleteArticlePayload> {
    const view = await this.player.completeArticle(ctx, input.lessonId);
    return {
      attempt: toLessonAttempt(view.attempt, view.lesson, view.revision),
      certificate: await this.certificateOf(ctx, view),
    };
  }

  @SignedIn()
  @Mutation(() => SubmitKnowledgeCheckPayload, {
    description: 'Submits answers to every question, once per attempt (CONFLICT the second time).',
  })
  async submitKnowledgeCheck(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The attempt and the answers.' }) input: SubmitKnowledgeCheckInput,
  ): Promise<SubmitKnowledgeCheckPayload> {
    const view = await this.player.submitCheck(ctx, input.attemptId, input.answers);
    const answers = (view.attempt.state as { answers: QuestionAnswer[] }).answers;
    return {
      result: toCheckResult(view.revision.content as KnowledgeCheckContent, answers),
      attempt: toLessonAttempt(view.attempt, view.lesson, view.revision),
      certificate: await this.certificateOf(ctx, view),
    };
  }

  @SignedIn()
  @Query(() => ScenarioChoiceStats, {
    description:
      'How colleagues chose at a scene, by percentage and sector, never who. FORBIDDEN until the viewer has chosen there; unavailable until 5 people have.',
  })
  async scenarioChoiceStats(
    @Ctx() ctx: RequestContext,
    @Args('lessonId', { type: () => ID, description: 'The scenario lesson.' }) lessonId: string,
    @Args('sceneId', { description: 'The scene (decision point).' }) sceneId: string,
  ): Promise<ScenarioChoiceStats> {
    return this.insights.choiceStats(ctx, lessonId, sceneId);
  }

  @Public()
  @Query(() => CertificateVerification, {
    nullable: true,
    description: 'Checks a certificate code (anyone may): the name, module and date, or null when unknown.',
  })
  async verifyCertificate(
    @Args('code', { description: 'The code as printed (case and hyphens do not matter).' }) code: string,
  ): Promise<CertificateVerification | null> {
    return this.certificates.verify(code.slice(0, 40));
  }
}
