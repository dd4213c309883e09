import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import type { JsonObject } from '../../common/graphql/json-object.scalar';
import { PeopleService } from '../identity/people.service';
import { Person, toPerson } from '../identity/models/person.model';
import { AuthoringService } from './authoring.service';
import {
  CreateLearningModuleInput,
  CreateLessonInput,
  LearningModuleIdInput,
  LessonIdInput,
  PublishLessonInput,
  ReorderLessonsInput,
  SaveLessonDraftInput,
  UpdateLearningModuleInput,
  UpdateLessonInput,
} from './dto/learning.inputs';
import { InsightsService } from './insights.service';
import type { PublicationStatusName } from './learning.constants';
import { PublicationStatus } from './models/enums';
import {
  AuthoringLesson,
  AuthoringModule,
  AuthoringModuleConnection,
  LessonRevision,
  LessonRevisionConnection,
  ScenarioReport,
} from './models/other.model';

/** Editors' and admins' side of learning: drafts, review, publishing, history and reports. */
@Resolver(() => AuthoringModule)
export class AuthoringResolver {
  constructor(
    private readonly authoring: AuthoringService,
    private readonly insights: InsightsService,
  ) {}

  private async module(id: string, ctx: RequestContext): Promise<AuthoringModule> {
    const [view] = await this.authoring.toAuthoringModules([await this.authoring.getModule(ctx, id)]);
    return view;
  }

  private async lesson(ctx: RequestContext, id: string): Promise<AuthoringLesson> {
    const [view] = await this.authoring.toAuthoringLessons([await this.authoring.getLesson(ctx, id)]);
    return view;
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => AuthoringModuleConnection, {
    description: 'Every module in any status, in catalogue order. Editors only.',
  })
  async authoringModules(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a module title.' })
    search?: string | null,
    @Args('status', { type: () => PublicationStatus, nullable: true, description: 'Only modules in this status.' })
    status?: PublicationStatusName | null,
  ): Promise<AuthoringModuleConnection> {
    const page = await this.authoring.listModules(ctx, pageSize(first), after, { search, status });
    const views = new Map((await this.authoring.toAuthoringModules(page.items)).map((v) => [v.id, v]));
    return toConnection(page, (m) => views.get(m.id) as AuthoringModule);
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => AuthoringModule, {
    nullable: true,
    description: 'One module in any status, with every lesson. Editors only.',
  })
  async authoringModule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The module.' }) id: string,
  ): Promise<AuthoringModule> {
    return this.module(id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => AuthoringLesson, {
    nullable: true,
    description: 'One lesson’s draft, with what blocks publishing and, for scenarios, the scene map. Editors only.',
  })
  async authoringLesson(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The lesson.' }) id: string,
  ): Promise<AuthoringLesson> {
    return this.lesson(ctx, id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => LessonRevisionConnection, { description: 'A lesson’s published revisions, newest first. Editors only.' })
  async lessonRevisions(
    @Ctx() ctx: RequestContext,
    @Args('lessonId', { type: () => ID, description: 'The lesson.' }) lessonId: string,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
  ): Promise<LessonRevisionConnection> {
    const page = await this.authoring.revisions(ctx, lessonId, pageSize(first), after);
    return toConnection(page, (r) => ({
      id: r.id,
      number: r.number,
      title: r.title,
      content: r.content as JsonObject,
      createdAt: r.createdAt,
      createdById: r.createdById,
    }));
  }

  @Roles('EDITOR', 'ADMIN')
  @Query(() => ScenarioReport, {
    description: 'Per-scene report of a scenario: reach, choices, where people stop. Editors only.',
  })
  async scenarioReport(
    @Ctx() ctx: RequestContext,
    @Args('lessonId', { type: () => ID, description: 'The scenario lesson.' }) lessonId: string,
  ): Promise<ScenarioReport> {
    return this.insights.scenarioReport(ctx, lessonId);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, { description: 'Creates a draft module. Editors only.' })
  async createLearningModule(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module’s details.' }) input: CreateLearningModuleInput,
  ): Promise<AuthoringModule> {
    return this.module((await this.authoring.createModule(ctx, input)).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, { description: 'Changes a module’s details. Editors only.' })
  async updateLearningModule(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module and its details.' }) input: UpdateLearningModuleInput,
  ): Promise<AuthoringModule> {
    const { moduleId, ...details } = input;
    return this.module((await this.authoring.updateModule(ctx, moduleId, details)).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, { description: 'Submits a module for review. Editors only.' })
  async submitLearningModuleForReview(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module.' }) input: LearningModuleIdInput,
  ): Promise<AuthoringModule> {
    return this.module((await this.authoring.setModuleStatus(ctx, input.moduleId, 'IN_REVIEW')).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, {
    description: 'Publishes a module: learners see it with its published lessons. Editors only.',
  })
  async publishLearningModule(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module.' }) input: LearningModuleIdInput,
  ): Promise<AuthoringModule> {
    return this.module((await this.authoring.setModuleStatus(ctx, input.moduleId, 'PUBLISHED')).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, {
    description: 'Archives a module: learners no longer see it; progress and certificates stay. Editors only.',
  })
  async archiveLearningModule(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module.' }) input: LearningModuleIdInput,
  ): Promise<AuthoringModule> {
    return this.module((await this.authoring.setModuleStatus(ctx, input.moduleId, 'ARCHIVED')).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringModule, { description: 'Puts a module’s lessons in a new order. Editors only.' })
  async reorderLessons(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The module and its lessons in order.' }) input: ReorderLessonsInput,
  ): Promise<AuthoringModule> {
    return this.module((await this.authoring.reorderLessons(ctx, input.moduleId, input.lessonIds)).id, ctx);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, { description: 'Adds a draft lesson at the end of a module. Editors only.' })
  async createLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson.' }) input: CreateLessonInput,
  ): Promise<AuthoringLesson> {
    const { moduleId, kind, ...details } = input;
    return this.lesson(ctx, (await this.authoring.createLesson(ctx, moduleId, kind, details)).id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, { description: 'Changes a lesson’s title, outcomes and test role. Editors only.' })
  async updateLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson and its details.' }) input: UpdateLessonInput,
  ): Promise<AuthoringLesson> {
    const { lessonId, ...details } = input;
    return this.lesson(ctx, (await this.authoring.updateLesson(ctx, lessonId, details)).id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, {
    description:
      'Saves draft content (validated and sanitised for the lesson kind). Learners keep the published revision. Editors only.',
  })
  async saveLessonDraft(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson and its content.' }) input: SaveLessonDraftInput,
  ): Promise<AuthoringLesson> {
    return this.lesson(ctx, (await this.authoring.saveDraft(ctx, input.lessonId, input.content)).id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, { description: 'Submits a lesson for review. Editors only.' })
  async submitLessonForReview(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson.' }) input: LessonIdInput,
  ): Promise<AuthoringLesson> {
    return this.lesson(ctx, (await this.authoring.setLessonStatus(ctx, input.lessonId, 'IN_REVIEW')).id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, {
    description:
      'Publishes the draft as a new frozen revision, now or at `publishAt`. An invalid scenario is refused with BAD_USER_INPUT and `extensions.problems` [{ sceneId, choiceId, code, message }]; nothing changes. Editors only.',
  })
  async publishLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson and when to publish.' }) input: PublishLessonInput,
  ): Promise<AuthoringLesson> {
    return this.lesson(ctx, (await this.authoring.publishLesson(ctx, input.lessonId, input.publishAt)).id);
  }

  @Roles('EDITOR', 'ADMIN')
  @Mutation(() => AuthoringLesson, {
    description: 'Archives a lesson: learners no longer see it; attempts are kept. Editors only.',
  })
  async archiveLesson(
    @Ctx() ctx: RequestContext,
    @Args('input', { description: 'The lesson.' }) input: LessonIdInput,
  ): Promise<AuthoringLesson> {
    return this.lesson(ctx, (await this.authoring.setLessonStatus(ctx, input.lessonId, 'ARCHIVED')).id);
  }
}

/** Who changed a draft and who published a revision. */
@Resolver(() => AuthoringLesson)
export class AuthoringLessonResolver {
  constructor(private readonly people: PeopleService) {}

  @Roles('EDITOR', 'ADMIN')
  @ResolveField('updatedBy', () => Person, { nullable: true, description: 'Who last changed the draft.' })
  async updatedBy(@Ctx() ctx: RequestContext, @Parent() lesson: AuthoringLesson): Promise<Person | null> {
    const person = await this.people.find(ctx, lesson.updatedById);
    return person ? toPerson(person, ctx.actor) : null;
  }
}

/** Who published a revision. */
@Resolver(() => LessonRevision)
export class LessonRevisionResolver {
  constructor(private readonly people: PeopleService) {}

  @Roles('EDITOR', 'ADMIN')
  @ResolveField('createdBy', () => Person, { nullable: true, description: 'Who published it.' })
  async createdBy(@Ctx() ctx: RequestContext, @Parent() revision: LessonRevision): Promise<Person | null> {
    const person = await this.people.find(ctx, revision.createdById);
    return person ? toPerson(person, ctx.actor) : null;
  }
}
