import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Clock } from '../../common/clock';
import { Ctx, Public, Roles, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { pageSize, toConnection } from '../../common/graphql/connection';
import { MaxItems } from '../../common/graphql/list-size';
import { NATIONS } from '@common-ground/shared';
import { BankHolidaysService } from './bank-holidays.service';
import { BookingMailService } from './booking-mail.service';
import { BookingService } from './booking.service';
import { CourseErrors } from './courses.errors';
import {
  ApplyForSessionInput,
  CancelApplicationInput,
  CourseInput,
  CreateSessionInput,
  ProgrammeFilter,
  RunShortlistingInput,
  UpdateBankHolidaysInput,
  UpdateCourseInput,
  UpdateSessionInput,
} from './dto/course.inputs';
import {
  Course,
  CourseApplication,
  CourseApplicationConnection,
  CourseSession,
  CourseSessionConnection,
  NationBankHolidays,
  ShortlistPreviewItem,
} from './models/course.model';
import { CourseConnection } from './models/course-connection.model';
import { toCourse, toCourseApplication, toCourseSession } from './models/course.mappers';
import { ProgrammeService } from './programme.service';
import { ShortlistingService } from './shortlisting.service';

const LOCALITIES_MAX = 50;
/** Applicants a shortlisting preview shows; a session receives a few hundred at most. */
const PREVIEW_MAX = 500;

/** The course programme: the public list of sessions, applying and cancelling, and leads' running of it. */
@Resolver(() => CourseSession)
export class CoursesResolver {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly booking: BookingService,
    private readonly bookingMail: BookingMailService,
    private readonly shortlisting: ShortlistingService,
    private readonly bankHolidays: BankHolidaysService,
    private readonly clock: Clock,
  ) {}

  @Public()
  @Query(() => CourseSessionConnection, {
    description: 'Upcoming sessions, soonest first, filtered by locality, month, places left, course and strand.',
  })
  async courseProgramme(
    @Ctx() ctx: RequestContext,
    @Args('filter', { type: () => ProgrammeFilter, nullable: true, description: 'Which sessions.' })
    filter?: ProgrammeFilter,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<CourseSessionConnection> {
    const page = await this.programme.programme(ctx, filter ?? {}, pageSize(first), after);
    const now = this.clock.now();
    return toConnection(page, (v) => toCourseSession(v, now));
  }

  @Public()
  @Query(() => CourseSession, { nullable: true, description: 'One session; null when there is none.' })
  async courseSession(
    @Ctx() ctx: RequestContext,
    @Args('id', { type: () => ID, description: 'The session.' }) id: string,
  ): Promise<CourseSession | null> {
    const view = await this.programme.session(ctx, id);
    return view ? toCourseSession(view, this.clock.now()) : null;
  }

  @Public()
  @MaxItems(LOCALITIES_MAX)
  @Query(() => [String], { description: 'Localities of upcoming sessions, A–Z, for the programme’s filter.' })
  async courseLocalities(): Promise<string[]> {
    return this.programme.localities(LOCALITIES_MAX);
  }

  @Public()
  @Query(() => Course, { nullable: true, description: 'One course; null when there is none.' })
  async course(@Args('id', { type: () => ID, description: 'The course.' }) id: string): Promise<Course | null> {
    const course = await this.programme.course(id);
    return course ? toCourse(course) : null;
  }

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => CourseConnection, { description: 'Every course, by title (leads and admins).' })
  async programmeCourses(
    @Ctx() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<CourseConnection> {
    return toConnection(await this.programme.courses(ctx, pageSize(first), after), toCourse);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => CourseSessionConnection, {
    description: 'All of a course’s sessions, past and to come, soonest first (leads and admins).',
  })
  async courseSessions(
    @Ctx() ctx: RequestContext,
    @Args('courseId', { type: () => ID, description: 'The course.' }) courseId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<CourseSessionConnection> {
    const page = await this.programme.courseSessions(ctx, courseId, pageSize(first), after);
    const now = this.clock.now();
    return toConnection(page, (v) => toCourseSession(v, now));
  }

  @SignedIn()
  @Query(() => CourseApplication, {
    nullable: true,
    description: 'The viewer’s own application for a session (the one in play, else the latest); null when none.',
  })
  async myCourseApplication(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID, description: 'The session.' }) sessionId: string,
  ): Promise<CourseApplication | null> {
    const row = await this.programme.myApplication(ctx, sessionId);
    return row ? toCourseApplication(row) : null;
  }

  @Roles('MODERATOR', 'ADMIN')
  @Query(() => CourseApplicationConnection, {
    description: 'A session’s applications: places first, then the waiting list in order (leads and admins).',
  })
  async sessionApplications(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID, description: 'The session.' }) sessionId: string,
    @Args('first', { type: () => Int, nullable: true, description: 'Page size (1–100, default 20).' })
    first?: number,
    @Args('after', { type: () => String, nullable: true, description: 'Cursor from the previous page.' })
    after?: string | null,
  ): Promise<CourseApplicationConnection> {
    const page = await this.programme.applications(ctx, sessionId, pageSize(first), after);
    return toConnection(page, toCourseApplication);
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Course, { description: 'Adds a course (leads and admins).' })
  async createCourse(@Ctx() ctx: RequestContext, @Args('input') input: CourseInput): Promise<Course> {
    return toCourse(await this.programme.createCourse(ctx, input));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => Course, { description: 'Changes a course (leads and admins).' })
  async updateCourse(@Ctx() ctx: RequestContext, @Args('input') input: UpdateCourseInput): Promise<Course> {
    return toCourse(await this.programme.updateCourse(ctx, input));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => CourseSession, { description: 'Adds a session to a course (leads and admins).' })
  async createCourseSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CreateSessionInput,
  ): Promise<CourseSession> {
    return toCourseSession(await this.programme.createSession(ctx, input), this.clock.now());
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => CourseSession, {
    description:
      'Changes a session; capacity may not drop below the places given out. Everyone with a place, and their manager, gets the new details and an updated calendar entry (leads and admins).',
  })
  async updateCourseSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateSessionInput,
  ): Promise<CourseSession> {
    const view = await this.programme.updateSession(ctx, input);
    await this.bookingMail.sessionChanged(view.session.id);
    return toCourseSession(view, this.clock.now());
  }

  @SignedIn()
  @Mutation(() => CourseApplication, {
    description:
      'Applies for a session. Before shortlisting the application waits for it; after, it takes a free place at once.',
  })
  async applyForSession(
    @Ctx() ctx: RequestContext,
    @Args('input') input: ApplyForSessionInput,
  ): Promise<CourseApplication> {
    const { row } = await this.booking.apply(ctx, input);
    if (row.application.status === 'CONFIRMED') await this.bookingMail.confirmed(row.application.id);
    return toCourseApplication(row);
  }

  @SignedIn()
  @Mutation(() => CourseApplication, {
    description:
      'Withdraws an application or gives up a place (the applicant, or a lead); a retry returns it unchanged. A place given up after the free cancellation deadline stays charged.',
  })
  async cancelApplication(
    @Ctx() ctx: RequestContext,
    @Args('input') input: CancelApplicationInput,
  ): Promise<CourseApplication> {
    const { row } = await this.booking.cancel(ctx, input.applicationId);
    return toCourseApplication(row);
  }

  @Roles('MODERATOR', 'ADMIN')
  @MaxItems(PREVIEW_MAX)
  @Query(() => [ShortlistPreviewItem], {
    description:
      'What shortlisting would decide now for each applicant, saving and sending nothing (leads and admins).',
  })
  async shortlistPreview(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID, description: 'The session.' }) sessionId: string,
  ): Promise<ShortlistPreviewItem[]> {
    const items = await this.shortlisting.preview(ctx, sessionId);
    return items.slice(0, PREVIEW_MAX).map((i) => ({
      applicationId: i.applicationId,
      applicantName: i.applicantName,
      organisationName: i.organisationName,
      sector: i.sector,
      locality: i.locality,
      appliedAt: i.appliedAt,
      outcome: i.decision.outcome === 'OFFERED' ? 'CONFIRMED' : 'WAITING',
      waitingPosition: i.decision.waitingPosition,
      reason: i.decision.reason,
    }));
  }

  @Roles('MODERATOR', 'ADMIN')
  @Mutation(() => CourseSession, {
    description:
      'Gives out a session’s places now, before its shortlisting day, and emails every applicant and their manager (leads and admins).',
  })
  async runShortlisting(
    @Ctx() ctx: RequestContext,
    @Args('input') input: RunShortlistingInput,
  ): Promise<CourseSession> {
    await this.shortlisting.run(ctx, input.sessionId);
    const view = await this.programme.session(ctx, input.sessionId);
    if (!view) throw CourseErrors.sessionNotFound();
    return toCourseSession(view, this.clock.now());
  }

  @Roles('ADMIN')
  @MaxItems(NATIONS.length)
  @Mutation(() => [NationBankHolidays], {
    description:
      'Replaces the bank holiday list with a file as GOV.UK publishes it (admins). A file that does not parse is refused and the list in force stays.',
  })
  async updateBankHolidays(
    @Ctx() ctx: RequestContext,
    @Args('input') input: UpdateBankHolidaysInput,
  ): Promise<NationBankHolidays[]> {
    const calendar = await this.bankHolidays.replace(ctx, input.json);
    return NATIONS.map((nation) => ({
      nation,
      firstYear: calendar[nation].firstYear,
      lastYear: calendar[nation].lastYear,
      count: calendar[nation].holidays.length,
    }));
  }
}
