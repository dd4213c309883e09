import { Module } from '@nestjs/common';
import { DiscussionModule } from '../discussion/discussion.module';
import { IdentityModule } from '../identity/identity.module';
import { JobsModule } from '../jobs/jobs.module';
import { MailModule } from '../mail/mail.module';
import { CategoryFollowingResolver } from './category-following.resolver';
import { DigestService } from './digest.service';
import { ThreadFollowingResolver } from './following.resolver';
import { FollowingService } from './following.service';
import { NotificationAudience } from './notification-audience';
import { NotificationSettingsResolver } from './notification-settings.resolver';
import { NotificationSettingsService } from './notification-settings.service';
import { NotificationResolver } from './notification.resolver';
import { NotificationsGateway } from './notifications.gateway';
import { NotificationsService } from './notifications.service';
import { UnsubscribeController } from './unsubscribe.controller';

/**
 * Following, read positions and notifications: who follows which thread and category how
 * closely, how far each person has read, the notifications made from the discussion's
 * committed events (live to the bell through the person's socket room), and the daily
 * email digest with its one-click unsubscribe.
 */
@Module({
  imports: [DiscussionModule, IdentityModule, MailModule, JobsModule],
  controllers: [UnsubscribeController],
  providers: [
    FollowingService,
    NotificationAudience,
    NotificationsGateway,
    NotificationsService,
    NotificationSettingsService,
    DigestService,
    NotificationResolver,
    ThreadFollowingResolver,
    CategoryFollowingResolver,
    NotificationSettingsResolver,
  ],
  exports: [NotificationsService, DigestService],
})
export class NotificationsModule {}
