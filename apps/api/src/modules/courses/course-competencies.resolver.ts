import { Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Ctx, Roles, SameAsParent } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { MaxItems } from '../../common/graphql/list-size';
import { FRAMEWORK_LIMITS } from '@common-ground/shared';
import { CourseCompetenciesService } from './course-competencies.service';
import { CourseCompetency } from './models/course-competency.model';
import { Course } from './models/course.model';

/** The most competencies the course form offers; a framework holds a few dozen. */
const CHOICES_MAX = 500;

/** Courses' place in the framework: the competencies each serves, and the choices for the course form. */
@Resolver(() => Course)
export class CourseCompetenciesResolver {
  constructor(private readonly links: CourseCompetenciesService) {}

  @SameAsParent()
  @MaxItems(FRAMEWORK_LIMITS.competenciesPerResourceMax)
  @ResolveField(() => [CourseCompetency], {
    description: 'The framework competencies it serves, in the framework’s order.',
  })
  async competencies(@Ctx() ctx: RequestContext, @Parent() course: Course): Promise<CourseCompetency[]> {
    return this.links.loader(ctx).load(course.id);
  }

  @Roles('MODERATOR', 'ADMIN')
  @MaxItems(CHOICES_MAX)
  @Query(() => [CourseCompetency], {
    description: 'Every competency of the framework, in order, for choosing what a course serves (leads and admins).',
  })
  async courseCompetencyChoices(): Promise<CourseCompetency[]> {
    return this.links.choices(CHOICES_MAX);
  }
}
