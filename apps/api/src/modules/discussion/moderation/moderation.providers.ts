import { AuditLogResolver } from './audit-log.resolver';
import { AuditLogService } from './audit-log.service';
import { CategoryModeratorsService } from './category-moderators.service';
import { FlagRulesService } from './flag-rules.service';
import { FlagsService } from './flags.service';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationAdminResolver } from './moderation-admin.resolver';
import { ModerationQueueResolver, PostFlagResolver } from './moderation-queue.resolver';
import { ModerationQueueService } from './moderation-queue.service';
import { ModerationSettingsService } from './moderation-settings.service';
import { ModerationLoaderFactory } from './moderation.loaders';
import { ModeratorScopeService } from './moderator-scope.service';
import { PostModerationResolver } from './post-moderation.resolver';
import { PostScreeningService } from './post-screening.service';
import { SuspensionsService } from './suspensions.service';
import { ThreadModerationResolver } from './thread-moderation.resolver';
import { WatchedWordsService } from './watched-words.service';

/**
 * Moderation of the discussion (flags, the queue, hide and restore, lock, pin and move,
 * suspensions, watched words, held first posts, category moderators and the audit log),
 * provided by DiscussionModule: its services check DiscussionService's writes, and its
 * decisions go out through DiscussionEvents.
 */
export const MODERATION_PROVIDERS = [
  ModeratorScopeService,
  AuditLogService,
  ModerationSettingsService,
  SuspensionsService,
  WatchedWordsService,
  FlagRulesService,
  FlagsService,
  PostScreeningService,
  ModerationActionsService,
  ModerationQueueService,
  CategoryModeratorsService,
  ModerationLoaderFactory,
  PostModerationResolver,
  ThreadModerationResolver,
  ModerationQueueResolver,
  PostFlagResolver,
  AuditLogResolver,
  ModerationAdminResolver,
];
