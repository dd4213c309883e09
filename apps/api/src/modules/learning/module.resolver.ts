import { Args, ID, Int, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { Ctx, Public, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { MaxItems } from '../../common/graphql/list-size';
import { CatalogueService } from './catalogue.service';
import { CertificatesService } from './certificates.service';
import { type AudienceName, type ProgressFilterName } from './learning.constants';
import { LearningLoaderFactory } from './learning.loaders';
import { toLesson } from './learning.mappers';
import { canEditLearning } from './learning.policy';
import { Audience, ProgressFilter } from './models/enums';
import { Lesson } from './models/lesson.model';
import {
  LearningModule,
  LearningModuleConnection,
  ModuleCover,
  ModuleProgress,
  toLearningModule,
} from './models/module.model';
import { Certificate, MyLearning } from './models/other.model';
import { mediaUrl } from '../media/models/media-file.model';

/** The catalogue, module pages and the viewer's own learning. */
@Resolver(() => LearningModule)
export class ModuleResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly certificates: CertificatesService,
    private readonly loaders: LearningLoaderFactory,
  ) {}

  @Public()
  @Query(() => LearningModuleConnection, {
    description:
      'The catalogue: published modules the viewer may see (signed out: public ones only), in catalogue order.',
  })
  async learningModules(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20, description: 'How many to return (1 to 100).' })
    first: number,
    @Args('after', { type: () => String, nullable: true, description: 'The endCursor of the previous page.' })
    after?: string | null,
    @Args('search', { type: () => String, nullable: true, description: 'Part of a module title.' })
    search?: string | null,
    @Args('topic', { type: () => String, nullable: true, description: 'Only modules on this topic.' })
    topic?: string | null,
    @Args('audience', { type: () => Audience, nullable: true, description: 'Only modules for this audience.' })
    audience?: AudienceName | null,
    @Args('progress', {
      type: () => ProgressFilter,
      nullable: true,
      description: 'Only modules the viewer has in progress or completed (none when signed out).',
    })
    progress?: ProgressFilterName | null,
  ): Promise<LearningModuleConnection> {
    const page = await this.catalogue.list(ctx, pageSize(first), after, { search, topic, audience, progress });
    return toConnection(page, (m) => toLearningModule(m, canEditLearning(ctx.actor)));
  }

  @Public()
  @Query(() => [String], { description: 'Topics of the modules the viewer may see, for the catalogue filter.' })
  async learningTopics(@Ctx() ctx: RequestContext): Promise<string[]> {
    return this.catalogue.topics(ctx);
  }

  @Public()
  @Query(() => LearningModule, {
    nullable: true,
    description: 'One published module by id or slug; null when there is none the viewer may see.',
  })
  async learningModule(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, nullable: true, description: 'The module’s id.' }) id?: string | null,
    @Args('slug', { type: () => String, nullable: true, description: 'Or its slug.' }) slug?: string | null,
  ): Promise<LearningModule | null> {
    const row = await this.catalogue.findModule(ctx, { id, slug });
    return row ? toLearningModule(row, canEditLearning(ctx.actor)) : null;
  }

  @SignedIn()
  @Query(() => MyLearning, { description: 'The signed-in person’s modules in progress, completed, and certificates.' })
  async myLearning(@Ctx() ctx: RequestContext): Promise<MyLearning> {
    const [modules, certificates] = await Promise.all([this.catalogue.myModules(ctx), this.certificates.mine(ctx)]);
    const canEdit = canEditLearning(ctx.actor);
    return {
      inProgress: modules.inProgress.map((m) => toLearningModule(m, canEdit)),
      completed: modules.completed.map((m) => toLearningModule(m, canEdit)),
      certificates,
    };
  }

  @SameAsParent()
  @ResolveField('cover', () => ModuleCover, { nullable: true, description: 'Cover image, with its text alternative.' })
  cover(@Parent() module: LearningModule): ModuleCover | null {
    return module.coverMediaId && module.coverAlt
      ? { mediaId: module.coverMediaId, url: mediaUrl(module.coverMediaId), alt: module.coverAlt }
      : null;
  }

  @SameAsParent()
  @MaxItems(LIMITS.lessonsPerModule)
  @ResolveField('lessons', () => [Lesson], { description: 'Published lessons, in order.' })
  async lessons(@Ctx() ctx: RequestContext, @Parent() module: LearningModule): Promise<Lesson[]> {
    const lessons = await this.catalogue.liveLessons(ctx, module.id);
    const revisions = await Promise.all(lessons.map((l) => this.catalogue.revisionOf(ctx, l)));
    return lessons.map((l, i) => toLesson(l, revisions[i], i + 1, lessons.length));
  }

  @SameAsParent()
  @ResolveField('viewerProgress', () => ModuleProgress, {
    description: 'The viewer’s progress (NOT_STARTED when signed out), with where to continue.',
  })
  async viewerProgress(@Ctx() ctx: RequestContext, @Parent() module: LearningModule): Promise<ModuleProgress> {
    return {
      ...(await this.catalogue.moduleProgress(ctx, module.id)),
      moduleId: module.id,
      moduleTitle: module.title,
      moduleCpdMinutes: module.cpdMinutes,
    };
  }
}

/** Where to continue, and the certificate, on a module's progress. */
@Resolver(() => ModuleProgress)
export class ModuleProgressResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly certificates: CertificatesService,
    private readonly loaders: LearningLoaderFactory,
  ) {}

  @SameAsParent()
  @ResolveField('continueLesson', () => Lesson, {
    nullable: true,
    description: 'The lesson "Continue" leads to: the latest one in progress, else the next not started.',
  })
  async continueLesson(@Ctx() ctx: RequestContext, @Parent() progress: ModuleProgress): Promise<Lesson | null> {
    if (!progress.continueLessonId) return null;
    const lessons = await this.catalogue.liveLessons(ctx, progress.moduleId);
    const index = lessons.findIndex((l) => l.id === progress.continueLessonId);
    if (index < 0) return null;
    return toLesson(lessons[index], await this.catalogue.revisionOf(ctx, lessons[index]), index + 1, lessons.length);
  }

  @SameAsParent()
  @ResolveField('certificate', () => Certificate, {
    nullable: true,
    description: 'The viewer’s certificate, once complete.',
  })
  async certificate(@Ctx() ctx: RequestContext, @Parent() progress: ModuleProgress): Promise<Certificate | null> {
    const certificate = await this.loaders.for(ctx).viewerCertificate.load(progress.moduleId);
    return certificate
      ? this.certificates.forModule(certificate, {
          title: progress.moduleTitle,
          cpdMinutes: progress.moduleCpdMinutes,
        })
      : null;
  }
}
