import { Args, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Public, SameAsParent } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { MediaService } from '../media/media.service';
import { MediaFile, toMediaFile } from '../media/models/media-file.model';
import { CatalogueService } from './catalogue.service';
import type { LessonProgressName } from './learning.constants';
import { LearningLoaderFactory } from './learning.loaders';
import { articleOf, checkQuestionsOf, scenarioOverviewOf, toLesson, toLessonAttempt } from './learning.mappers';
import { canEditLearning } from './learning.policy';
import { LessonProgress } from './models/enums';
import {
  ArticleBody,
  KnowledgeCheckQuestions,
  Lesson,
  LessonAttempt,
  PlayScene,
  ScenarioCharacterView,
  ScenarioOverview,
} from './models/lesson.model';
import { LearningModule, toLearningModule } from './models/module.model';

/** A published lesson page: its content and the viewer's progress in it. */
@Resolver(() => Lesson)
export class LessonResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly loaders: LearningLoaderFactory,
  ) {}

  @Public()
  @Query(() => Lesson, {
    nullable: true,
    description:
      'One published lesson; null when there is none the viewer may see (drafts, staff-only when signed out).',
  })
  async lesson(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The lesson.' }) id: string,
  ): Promise<Lesson | null> {
    const live = await this.catalogue.findLiveLesson(ctx, id);
    return live ? toLesson(live.lesson, live.revision, live.step, live.stepCount) : null;
  }

  private async revision(ctx: RequestContext, lesson: Lesson) {
    const revision = await this.loaders.for(ctx).revision.load(lesson.revisionId);
    if (!revision) throw new Error(`Revision ${lesson.revisionId} is missing`);
    return revision;
  }

  @SameAsParent()
  @ResolveField('module', () => LearningModule, { description: 'The module it belongs to.' })
  async module(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<LearningModule> {
    const module = await this.catalogue.moduleById(ctx, lesson.moduleId);
    if (!module) throw new Error(`Module ${lesson.moduleId} is missing`);
    return toLearningModule(module, canEditLearning(ctx.actor));
  }

  @SameAsParent()
  @ResolveField('viewerStatus', () => LessonProgress, {
    description: 'The viewer’s status tag for the task list (NOT_STARTED when signed out).',
  })
  async viewerStatus(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<LessonProgressName> {
    const lessons = await this.catalogue.liveLessons(ctx, lesson.moduleId);
    const row = lessons.find((l) => l.id === lesson.id);
    return row ? this.catalogue.lessonStatus(ctx, row) : 'NOT_STARTED';
  }

  @SameAsParent()
  @ResolveField('viewerAttempt', () => LessonAttempt, {
    nullable: true,
    description: 'The viewer’s attempt in progress, else their latest completed one; null when none.',
  })
  async viewerAttempt(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<LessonAttempt | null> {
    const attempts = (await this.loaders.for(ctx).viewerAttempts.load(lesson.moduleId)).filter(
      (a) => a.lessonId === lesson.id && a.status !== 'ABANDONED',
    );
    const attempt = attempts.find((a) => a.status === 'IN_PROGRESS') ?? attempts[attempts.length - 1];
    if (!attempt) return null;
    const revision = await this.loaders.for(ctx).revision.load(attempt.revisionId);
    return revision ? toLessonAttempt(attempt, lesson, revision) : null;
  }

  @SameAsParent()
  @ResolveField('article', () => ArticleBody, { nullable: true, description: 'Articles: the body.' })
  async article(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<ArticleBody | null> {
    return lesson.kind === 'ARTICLE' ? { ...articleOf(await this.revision(ctx, lesson)), lessonId: lesson.id } : null;
  }

  @SameAsParent()
  @ResolveField('knowledgeCheck', () => KnowledgeCheckQuestions, {
    nullable: true,
    description: 'Knowledge checks: the questions, without the answers.',
  })
  async knowledgeCheck(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<KnowledgeCheckQuestions | null> {
    return lesson.kind === 'KNOWLEDGE_CHECK' ? checkQuestionsOf(await this.revision(ctx, lesson)) : null;
  }

  @SameAsParent()
  @ResolveField('scenario', () => ScenarioOverview, {
    nullable: true,
    description: 'Scenarios: characters and size. Scenes are reached only by playing (startLesson).',
  })
  async scenario(@Ctx() ctx: RequestContext, @Parent() lesson: Lesson): Promise<ScenarioOverview | null> {
    return lesson.kind === 'SCENARIO' ? scenarioOverviewOf(await this.revision(ctx, lesson)) : null;
  }
}

/** Media of scenario characters. */
@Resolver(() => ScenarioCharacterView)
export class ScenarioCharacterResolver {
  constructor(private readonly media: MediaService) {}

  @SameAsParent()
  @ResolveField('avatar', () => MediaFile, { nullable: true, description: 'The character’s picture.' })
  async avatar(@Ctx() ctx: RequestContext, @Parent() character: ScenarioCharacterView): Promise<MediaFile | null> {
    const row = await this.media.find(ctx, character.avatarMediaId);
    return row ? toMediaFile(row) : null;
  }
}

/** Media of scenes. */
@Resolver(() => PlayScene)
export class PlaySceneResolver {
  constructor(private readonly media: MediaService) {}

  @SameAsParent()
  @ResolveField('media', () => MediaFile, { nullable: true, description: 'The scene’s image or audio.' })
  async media_(@Ctx() ctx: RequestContext, @Parent() scene: PlayScene): Promise<MediaFile | null> {
    const row = await this.media.find(ctx, scene.mediaId);
    return row ? toMediaFile(row) : null;
  }
}
