import { CompetencyEntity } from '../modules/framework/entities/competency.entity';
import { ConfidenceRatingEntity } from '../modules/framework/entities/confidence-rating.entity';
import { ResourceCompetencyEntity } from '../modules/framework/entities/resource-competency.entity';
import { ResourceDoneEntity } from '../modules/framework/entities/resource-done.entity';
import { ResourceEntity } from '../modules/framework/entities/resource.entity';
import { StrandEntity } from '../modules/framework/entities/strand.entity';
import { WorkforceGroupEntity } from '../modules/framework/entities/workforce-group.entity';
import { BankHolidayListEntity } from '../modules/courses/entities/bank-holiday-list.entity';
import { ChargeRateEntity } from '../modules/courses/entities/charge-rate.entity';
import { CourseApplicationEntity } from '../modules/courses/entities/course-application.entity';
import { CourseAttendanceEntity } from '../modules/courses/entities/course-attendance.entity';
import { CourseEvaluationEntity } from '../modules/courses/entities/course-evaluation.entity';
import {
  CourseReminderSentEntity,
  CourseReminderSettingEntity,
} from '../modules/courses/entities/course-reminder.entity';
import { CourseSessionEntity } from '../modules/courses/entities/course-session.entity';
import { CourseSettingEntity } from '../modules/courses/entities/course-setting.entity';
import { CourseEntity } from '../modules/courses/entities/course.entity';
import { DiscussionThreadEntity } from '../modules/discussion/entities/discussion-thread.entity';
import { ForumCategoryEntity } from '../modules/discussion/entities/forum-category.entity';
import { PostRevisionEntity } from '../modules/discussion/entities/post-revision.entity';
import { PostEntity } from '../modules/discussion/entities/post.entity';
import { CategoryModeratorEntity } from '../modules/discussion/moderation/entities/category-moderator.entity';
import { ModerationAuditEntity } from '../modules/discussion/moderation/entities/moderation-audit.entity';
import { ModerationSettingEntity } from '../modules/discussion/moderation/entities/moderation-setting.entity';
import { PostFlagEntity } from '../modules/discussion/moderation/entities/post-flag.entity';
import { SuspensionEntity } from '../modules/discussion/moderation/entities/suspension.entity';
import { WatchedWordEntity } from '../modules/discussion/moderation/entities/watched-word.entity';
import { PostReactionEntity } from '../modules/discussion/reactions/post-reaction.entity';
import { GlossaryLinkOptOutEntity } from '../modules/library/glossary/entities/glossary-link-opt-out.entity';
import { GlossaryTermEntity } from '../modules/library/glossary/entities/glossary-term.entity';
import { GlossaryTranslationEntity } from '../modules/library/glossary/entities/glossary-translation.entity';
import { AuthTokenEntity } from '../modules/identity/entities/auth-token.entity';
import { InvitationEntity } from '../modules/identity/entities/invitation.entity';
import { OrganisationEntity } from '../modules/identity/entities/organisation.entity';
import { PersonEntity } from '../modules/identity/entities/person.entity';
import { SignInAttemptEntity } from '../modules/identity/entities/sign-in-attempt.entity';
import { CertificateEntity } from '../modules/learning/entities/certificate.entity';
import { LearningModuleEntity } from '../modules/learning/entities/learning-module.entity';
import { LessonAttemptEntity } from '../modules/learning/entities/lesson-attempt.entity';
import { LessonRevisionEntity } from '../modules/learning/entities/lesson-revision.entity';
import { LessonEntity } from '../modules/learning/entities/lesson.entity';
import { ScenarioDecisionEntity } from '../modules/learning/entities/scenario-decision.entity';
import { BlogPostEntity } from '../modules/library/blog/blog-post.entity';
import { FaqCategoryEntity } from '../modules/library/faq/entities/faq-category.entity';
import { FaqVoteEntity } from '../modules/library/faq/entities/faq-vote.entity';
import { FaqEntity } from '../modules/library/faq/entities/faq.entity';
import { MythEvidenceEntity } from '../modules/library/myth/entities/myth-evidence.entity';
import { MythLinkEntity } from '../modules/library/myth/entities/myth-link.entity';
import { MythSettingEntity } from '../modules/library/myth/entities/myth-setting.entity';
import { MythEntity } from '../modules/library/myth/entities/myth.entity';
import { ContentItemEntity } from '../modules/library/entities/content-item.entity';
import { ContentRevisionEntity } from '../modules/library/entities/content-revision.entity';
import { MediaEntity } from '../modules/media/entities/media.entity';
import { PodcastEpisodeEntity } from '../modules/library/podcast/entities/podcast-episode.entity';
import { PodcastFeedTokenEntity } from '../modules/library/podcast/entities/podcast-feed-token.entity';
import { PodcastShowEntity } from '../modules/library/podcast/entities/podcast-show.entity';
import { OutboxMessageEntity } from '../modules/mail/entities/outbox-message.entity';
import { CategoryFollowEntity } from '../modules/notifications/entities/category-follow.entity';
import { NotificationSettingsEntity } from '../modules/notifications/entities/notification-settings.entity';
import { NotificationEntity } from '../modules/notifications/entities/notification.entity';
import { ThreadReaderEntity } from '../modules/notifications/entities/thread-reader.entity';

/** Every entity, listed explicitly: globs break between ts, swc and built JS. */
export const ENTITIES = [
  OrganisationEntity,
  PersonEntity,
  InvitationEntity,
  AuthTokenEntity,
  SignInAttemptEntity,
  OutboxMessageEntity,
  MediaEntity,
  LearningModuleEntity,
  LessonEntity,
  LessonRevisionEntity,
  LessonAttemptEntity,
  ScenarioDecisionEntity,
  CertificateEntity,
  ForumCategoryEntity,
  DiscussionThreadEntity,
  PostEntity,
  PostRevisionEntity,
  PostFlagEntity,
  ModerationSettingEntity,
  SuspensionEntity,
  CategoryModeratorEntity,
  WatchedWordEntity,
  ModerationAuditEntity,
  PostReactionEntity,
  ThreadReaderEntity,
  CategoryFollowEntity,
  NotificationEntity,
  NotificationSettingsEntity,
  GlossaryTermEntity,
  GlossaryTranslationEntity,
  GlossaryLinkOptOutEntity,
  ContentItemEntity,
  ContentRevisionEntity,
  BlogPostEntity,
  CourseEntity,
  CourseSessionEntity,
  CourseApplicationEntity,
  CourseAttendanceEntity,
  CourseEvaluationEntity,
  CourseReminderSentEntity,
  CourseReminderSettingEntity,
  ChargeRateEntity,
  BankHolidayListEntity,
  CourseSettingEntity,
  FaqCategoryEntity,
  FaqEntity,
  FaqVoteEntity,
  MythEntity,
  MythEvidenceEntity,
  MythLinkEntity,
  MythSettingEntity,
  PodcastShowEntity,
  PodcastEpisodeEntity,
  PodcastFeedTokenEntity,
  StrandEntity,
  WorkforceGroupEntity,
  CompetencyEntity,
  ResourceEntity,
  ResourceCompetencyEntity,
  ConfidenceRatingEntity,
  ResourceDoneEntity,
];
