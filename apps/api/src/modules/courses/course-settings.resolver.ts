import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Roles } from '../../common/auth/decorators';
import { CourseSettingsService } from './course-settings.service';
import { CourseSettingsInput } from './dto/course-settings.input';
import { CourseSettings } from './models/course-settings.model';

/** The course programme's settings, which partnership leads and admins keep at /courses/manage. */
@Resolver(() => CourseSettings)
export class CourseSettingsResolver {
  constructor(private readonly settings: CourseSettingsService) {}

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => CourseSettings, { description: 'The course programme’s settings (leads and admins).' })
  async courseSettings(): Promise<CourseSettings> {
    return { offerAcceptHours: await this.settings.offerAcceptHours() };
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => CourseSettings, {
    description: 'Changes the course programme’s settings (leads and admins); offers already made keep their deadline.',
  })
  async updateCourseSettings(@Args('input') input: CourseSettingsInput): Promise<CourseSettings> {
    return { offerAcceptHours: await this.settings.setOfferAcceptHours(input.offerAcceptHours) };
  }
}
