import { Args, ID, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { Ctx, SameAsParent, SignedIn } from '../../common/auth/decorators';
import type { RequestContext } from '../../common/context/request-context';
import { MaxItems } from '../../common/graphql/list-size';
import { CertificatesService } from '../learning/certificates.service';
import { MyLearning } from '../learning/models/other.model';
import { AttendanceService } from './attendance.service';
import { MarkAttendanceInput, SubmitCourseEvaluationInput } from './dto/attendance.inputs';
import { type AttendanceRecord, EvaluationService } from './evaluation.service';
import { CourseAttendanceRecord, RegisterToMark, SessionRegister } from './models/attendance.model';
import { toCourseAttendanceRecord, toSessionRegister } from './models/attendance.mappers';

/** Registers a trainer is offered at once: a fortnight of sessions. */
const REGISTERS_MAX = 20;

/** The viewer's register lines with their certificates, batched in one statement. */
async function withCertificates(
  certificates: CertificatesService,
  ctx: RequestContext,
  records: AttendanceRecord[],
): Promise<CourseAttendanceRecord[]> {
  const personId = ctx.actor?.id ?? '';
  const found = await certificates.forSessions(records.map((r) => ({ personId, sessionId: r.sessionId })));
  return records.map((r) => toCourseAttendanceRecord(r, found.get(`${personId}:${r.sessionId}`) ?? null));
}

/** The register (trainer, leads, admins) and the delegate's evaluation of a session. */
@Resolver(() => SessionRegister)
export class AttendanceResolver {
  constructor(
    private readonly attendance: AttendanceService,
    private readonly evaluations: EvaluationService,
    private readonly certificates: CertificatesService,
  ) {}

  @SignedIn()
  @Query(() => SessionRegister, {
    description: 'A session’s attendance register: delegates with a confirmed place (its trainer, leads and admins).',
  })
  async sessionRegister(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID, description: 'The session.' }) sessionId: string,
  ): Promise<SessionRegister> {
    return toSessionRegister(await this.attendance.register(ctx, sessionId));
  }

  @SignedIn()
  @MaxItems(REGISTERS_MAX)
  @Query(() => [RegisterToMark], {
    description:
      'Sessions from a fortnight ago to tomorrow that name the viewer (by name or email) as trainer, soonest first.',
  })
  async registersToMark(@Ctx() ctx: RequestContext): Promise<RegisterToMark[]> {
    return this.attendance.registersToMark(ctx, REGISTERS_MAX);
  }

  @SignedIn()
  @Mutation(() => SessionRegister, {
    description:
      'Marks delegates on a session’s register, all or nothing, from the session’s day (its trainer, leads and admins). Issues or withdraws course certificates to match.',
  })
  async markAttendance(
    @Ctx() ctx: RequestContext,
    @Args('input') input: MarkAttendanceInput,
  ): Promise<SessionRegister> {
    return toSessionRegister(await this.attendance.mark(ctx, input.sessionId, input.marks));
  }

  @SignedIn()
  @Query(() => CourseAttendanceRecord, {
    nullable: true,
    description: 'The viewer’s own register line for a session, with evaluation and certificate; null when none.',
  })
  async myCourseAttendance(
    @Ctx() ctx: RequestContext,
    @Args('sessionId', { type: () => ID, description: 'The session.' }) sessionId: string,
  ): Promise<CourseAttendanceRecord | null> {
    const record = await this.evaluations.mine(ctx, sessionId);
    return record ? (await withCertificates(this.certificates, ctx, [record]))[0] : null;
  }

  @SignedIn()
  @Mutation(() => CourseAttendanceRecord, {
    description:
      'Completes the viewer’s evaluation of a session they attended (once). With whole attendance it issues the course certificate.',
  })
  async submitCourseEvaluation(
    @Ctx() ctx: RequestContext,
    @Args('input') input: SubmitCourseEvaluationInput,
  ): Promise<CourseAttendanceRecord> {
    const record = await this.evaluations.submit(ctx, input.sessionId, input);
    return (await withCertificates(this.certificates, ctx, [record]))[0];
  }
}

/** Courses attended, beside modules, in the viewer's "My learning". */
@Resolver(() => MyLearning)
export class MyLearningCoursesResolver {
  constructor(
    private readonly evaluations: EvaluationService,
    private readonly certificates: CertificatesService,
  ) {}

  @SameAsParent()
  @MaxItems(LIMITS.myLearningListMax)
  @ResolveField('coursesAttended', () => [CourseAttendanceRecord], {
    description: 'Course sessions attended (not those marked absent), most recent first: CPD evidence.',
  })
  async coursesAttended(@Ctx() ctx: RequestContext): Promise<CourseAttendanceRecord[]> {
    return withCertificates(this.certificates, ctx, await this.evaluations.attended(ctx));
  }
}
