import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { LessonProgressName, AudienceName, PublicationStatusName } from '../learning.constants';
import { Connection } from '../../../common/graphql/connection';
import type { LearningModuleEntity } from '../entities/learning-module.entity';
import { Audience, LessonProgress, PublicationStatus } from './enums';

@ObjectType({ description: 'A module’s cover image with its text alternative.' })
export class ModuleCover {
  @Field(() => ID, { description: 'The media file.' })
  mediaId: string;

  @Field({ description: 'Where to fetch the image.' })
  url: string;

  @Field({ description: 'Text alternative for people who cannot see the image.' })
  alt: string;
}

@ObjectType({ description: 'What the viewer may do to a module.' })
export class LearningModulePermissions {
  @Field({ description: 'May edit the module and its lessons (editors and admins).' })
  edit: boolean;
}

@ObjectType({ description: 'A learning module as learners see it: published, with its published lessons.' })
export class LearningModule {
  @Field(() => ID, { description: 'Identifier.' })
  id: string;

  @Field({ description: 'Unique, readable identifier for addresses, e.g. managing-language-barriers.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'A short summary for the catalogue.' })
  summary: string;

  @Field(() => [String], { description: 'Learning outcomes: what a learner will be able to do afterwards.' })
  outcomes: string[];

  @Field({ description: 'Topic, for the catalogue filter.' })
  topic: string;

  @Field(() => Audience, { description: 'Who may see it.' })
  audience: AudienceName;

  @Field(() => PublicationStatus, { description: 'Editorial status (always PUBLISHED for learners).' })
  status: PublicationStatusName;

  @Field(() => Int, { description: 'Order in the catalogue, smallest first.' })
  position: number;

  @Field(() => Int, {
    description: 'Continuing professional development (CPD) time it earns, in minutes; 0 when none is stated.',
  })
  cpdMinutes: number;

  @Field({ description: 'When it was created.' })
  createdAt: Date;

  @Field({ description: 'When it last changed.' })
  updatedAt: Date;

  @Field(() => LearningModulePermissions, { description: 'What the viewer may do to it.' })
  viewerCan: LearningModulePermissions;

  /** Resolved into `cover` through a per-request loader. */
  coverMediaId: string | null;
  coverAlt: string | null;
}

@ObjectType({ description: 'The viewer’s progress through a module.' })
export class ModuleProgress {
  @Field(() => LessonProgress, {
    description: 'NOT_STARTED, IN_PROGRESS or COMPLETED (every lesson completed, the post-test passed).',
  })
  status: LessonProgressName;

  @Field(() => Int, { description: 'Lessons completed.' })
  completedLessons: number;

  @Field(() => Int, { description: 'Lessons in the module.' })
  totalLessons: number;

  /** Resolved into `continueLesson`. */
  continueLessonId: string | null;
  moduleId: string;
  moduleTitle: string;
  moduleCpdMinutes: number;
}

@ObjectType({ description: 'A page of modules in the catalogue, in catalogue order.' })
export class LearningModuleConnection extends Connection(LearningModule, 'LearningModule') {}

/** Maps a module row to its learner-facing model. */
export const toLearningModule = (e: LearningModuleEntity, canEdit: boolean): LearningModule => ({
  id: e.id,
  slug: e.slug,
  title: e.title,
  summary: e.summary,
  outcomes: e.outcomes,
  topic: e.topic,
  audience: e.audience,
  status: e.status,
  position: e.position,
  cpdMinutes: e.cpdMinutes,
  createdAt: e.createdAt,
  updatedAt: e.updatedAt,
  viewerCan: { edit: canEdit },
  coverMediaId: e.coverMediaId,
  coverAlt: e.coverAlt,
});
