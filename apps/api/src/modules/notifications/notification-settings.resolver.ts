import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { UpdateNotificationSettingsInput } from './dto/notification.inputs';
import { NotificationSettings } from './models/notification.model';
import { NotificationSettingsService } from './notification-settings.service';

/** The viewer's email choices (the daily digest). */
@Resolver(() => NotificationSettings)
export class NotificationSettingsResolver {
  constructor(private readonly settings: NotificationSettingsService) {}

  @SignedIn()
  @Query(() => NotificationSettings, { description: 'The viewer’s email choices.' })
  async notificationSettings(@Ctx() ctx: RequestContext): Promise<NotificationSettings> {
    return { emailDigest: await this.settings.emailDigest(ctx) };
  }

  @SignedIn()
  @Mutation(() => NotificationSettings, { description: 'Changes the viewer’s email choices.' })
  async updateNotificationSettings(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateNotificationSettingsInput,
  ): Promise<NotificationSettings> {
    return { emailDigest: await this.settings.setEmailDigest(ctx, input.emailDigest) };
  }
}
