import { Args, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { NotificationSettings } from '../notifications/models/notification.model';
import { RemindersService } from './reminders.service';

/** Course reminders beside the viewer's other email choices. */
@Resolver(() => NotificationSettings)
export class ReminderSettingsResolver {
  constructor(private readonly reminders: RemindersService) {}

  @SignedIn()
  @ResolveField(() => Boolean, {
    description: 'Whether reminders go out a week and a day before a course session the viewer has a place on.',
  })
  async courseReminders(@Ctx() ctx: RequestContext): Promise<boolean> {
    return this.reminders.enabled(ctx);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Turns the viewer’s course reminders on or off; returns the new choice.' })
  async updateCourseReminders(
    @Ctx() ctx: RequestContext,
    @Args('on', { description: 'True for reminders.' }) on: boolean,
  ): Promise<boolean> {
    return this.reminders.setEnabled(ctx, on);
  }
}
