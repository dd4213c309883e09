import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { ATTENDANCE_STATUSES, type AttendanceStatusName, EVALUATION_LIMITS } from '@common-ground/shared';
import { hasRole } from '../../common/auth/actor';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { AttendanceErrors } from './attendance.errors';
import { CourseCertificatesService } from './course-certificates.service';
import { londonDateOf, londonDateWords, londonInstant } from './rules/london-time';

/** One confirmed delegate on a session's register. */
export interface RegisterLine {
  applicationId: string;
  personId: string;
  personName: string;
  organisationName: string;
  status: AttendanceStatusName | null;
  markedAt: Date | null;
}

/** A session whose register the viewer may mark, for a list. */
export interface RegisterSummary {
  sessionId: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
}

/** A session's register as the person marking it sees it. */
export interface RegisterView {
  sessionId: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  trainer: string;
  /** The first moment it can be marked: the start of the session's day, London time. */
  opensAt: Date;
  lines: RegisterLine[];
}

interface SessionFacts {
  id: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  status: string;
  trainer: string;
}

/** A name or address compared without case, accents' composition or extra spaces. */
const comparable = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The register of a session: its trainer, partnership leads and admins mark each delegate
 * with a confirmed place as attending the whole session, arriving late, leaving early or
 * absent. Trainers are names on the course or session, so "the trainer" is a signed-in
 * person whose name or email address is that name. A save is all or nothing: one bad line
 * (someone without a confirmed place, a delegate twice) refuses the whole save.
 */
@Injectable()
export class AttendanceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly certificates: CourseCertificatesService,
  ) {}

  private async facts(m: EntityManager | DataSource, sessionId: string, lock = false): Promise<SessionFacts | null> {
    if (!isUuid(sessionId)) return null;
    const rows: SessionFacts[] = await m.query(
      `select s.id, c.title as course_title, s.starts_at, s.ends_at, s.venue, s.status,
              coalesce(nullif(s.trainer, ''), c.trainer) as trainer
       from course_session s join course c on c.id = s.course_id
       where s.id = $1 ${lock ? 'for update of s' : ''}`,
      [sessionId],
    );
    return rows[0] ?? null;
  }

  /**
   * Whether the viewer may mark this session's register: a lead or admin, or the person
   * named as its trainer (by name or email address). Throws UNAUTHENTICATED when signed out.
   */
  private async assertCanMark(ctx: RequestContext, session: SessionFacts): Promise<void> {
    if (!ctx.actor) throw unauthenticated();
    if (hasRole(ctx.actor, 'MODERATOR', 'ADMIN')) return;
    const trainer = comparable(session.trainer);
    if (trainer) {
      const [me]: { name: string; email: string }[] = await this.dataSource.query(
        `select name, email from person where id = $1`,
        [ctx.actor.id],
      );
      if (me && (comparable(me.name) === trainer || comparable(me.email) === trainer)) return;
    }
    throw AttendanceErrors.cannotMark();
  }

  /** True when the viewer may mark the register (for the web app's links); never throws. */
  async viewerCanMark(ctx: RequestContext, sessionId: string): Promise<boolean> {
    const session = await this.facts(this.dataSource, sessionId);
    if (!session || !ctx.actor) return false;
    return this.assertCanMark(ctx, session).then(
      () => true,
      () => false,
    );
  }

  private opensAt(session: SessionFacts): Date {
    return londonInstant(londonDateOf(new Date(session.starts_at)));
  }

  /**
   * The register: every delegate with a confirmed place, A–Z, with how they were marked.
   * NOT_FOUND for an unknown session, FORBIDDEN for anyone who may not mark it.
   */
  async register(ctx: RequestContext, sessionId: string): Promise<RegisterView> {
    const session = await this.facts(this.dataSource, sessionId);
    if (!session) throw AttendanceErrors.sessionNotFound();
    await this.assertCanMark(ctx, session);
    const lines: {
      application_id: string;
      person_id: string;
      person_name: string;
      organisation_name: string;
      status: AttendanceStatusName | null;
      marked_at: Date | null;
    }[] = await this.dataSource.query(
      `select a.id as application_id, a.person_id, p.name as person_name, o.name as organisation_name,
              r.status, r.marked_at
       from course_application a
       join person p on p.id = a.person_id
       join organisation o on o.id = a.organisation_id
       left join course_attendance r on r.application_id = a.id
       where a.session_id = $1 and a.status = 'CONFIRMED'
       order by p.name, a.id
       limit $2`,
      [sessionId, EVALUATION_LIMITS.registerMax],
    );
    return {
      sessionId: session.id,
      courseTitle: session.course_title,
      startsAt: new Date(session.starts_at),
      endsAt: new Date(session.ends_at),
      venue: session.venue,
      trainer: session.trainer,
      opensAt: this.opensAt(session),
      lines: lines.map((l) => ({
        applicationId: l.application_id,
        personId: l.person_id,
        personName: l.person_name,
        organisationName: l.organisation_name,
        status: l.status,
        markedAt: l.marked_at ? new Date(l.marked_at) : null,
      })),
    };
  }

  /**
   * Marks delegates on the register, all or nothing, under the session's lock. Each line
   * must be a confirmed place on this session (else BAD_USER_INPUT naming the line); the
   * register opens on the session's day (else CONFLICT). Marking again corrects a line. A
   * delegate whose attendance becomes whole, and who has evaluated, gets their certificate;
   * one corrected away from whole loses it.
   */
  async mark(
    ctx: RequestContext,
    sessionId: string,
    marks: readonly { applicationId: string; status: AttendanceStatusName }[],
  ): Promise<RegisterView> {
    if (!ctx.actor) throw unauthenticated();
    if (!marks.length) throw AttendanceErrors.noMarks();
    if (marks.length > EVALUATION_LIMITS.registerMax) throw AttendanceErrors.tooManyMarks();
    if (new Set(marks.map((m) => m.applicationId)).size !== marks.length) throw AttendanceErrors.markedTwice();
    for (const mark of marks) {
      if (!isUuid(mark.applicationId)) throw AttendanceErrors.notBooked(String(mark.applicationId).slice(0, 40));
      if (!(ATTENDANCE_STATUSES as readonly string[]).includes(mark.status)) throw AttendanceErrors.noMarks();
    }
    const actorId = ctx.actor.id;
    await this.dataSource.transaction(async (m) => {
      const session = await this.facts(m, sessionId, true);
      if (!session) throw AttendanceErrors.sessionNotFound();
      await this.assertCanMark(ctx, session);
      if (session.status === 'CANCELLED') throw AttendanceErrors.sessionCancelled();
      if (this.clock.now().getTime() < this.opensAt(session).getTime()) {
        throw AttendanceErrors.registerNotOpen(londonDateWords(new Date(session.starts_at)));
      }
      const booked: { id: string; person_id: string }[] = await m.query(
        `select id, person_id from course_application
         where session_id = $1 and status = 'CONFIRMED' and id = any($2::uuid[])`,
        [sessionId, marks.map((x) => x.applicationId)],
      );
      const personOf = new Map(booked.map((b) => [b.id, b.person_id]));
      const stranger = marks.find((x) => !personOf.has(x.applicationId));
      if (stranger) throw AttendanceErrors.notBooked(stranger.applicationId);
      await m.query(
        `insert into course_attendance (session_id, application_id, person_id, status, marked_by_id)
         select $1, x.application_id, x.person_id, x.status, $5
         from unnest($2::uuid[], $3::uuid[], $4::varchar[]) as x(application_id, person_id, status)
         on conflict (application_id) do update
           set status = excluded.status, marked_by_id = excluded.marked_by_id, marked_at = now()`,
        [
          sessionId,
          marks.map((x) => x.applicationId),
          marks.map((x) => personOf.get(x.applicationId)),
          marks.map((x) => x.status),
          actorId,
        ],
      );
      await this.certificates.settle(m, sessionId, [...new Set(personOf.values())]);
    });
    return this.register(ctx, sessionId);
  }

  /**
   * For each person, the courses they attended a session of in full (WHOLE on a register),
   * in one statement: the framework counts these as done in learning plans.
   */
  async attendedCourses(personIds: readonly string[]): Promise<Map<string, Set<string>>> {
    const result = new Map<string, Set<string>>(personIds.map((id) => [id, new Set<string>()]));
    if (!personIds.length) return result;
    const rows: { person_id: string; course_id: string }[] = await this.dataSource.query(
      `select distinct r.person_id, s.course_id
       from course_attendance r join course_session s on s.id = r.session_id
       where r.person_id = any($1::uuid[]) and r.status = 'WHOLE'`,
      [personIds],
    );
    for (const row of rows) result.get(row.person_id)?.add(row.course_id);
    return result;
  }

  /**
   * The sessions whose register the viewer is named to mark as trainer (by name or email
   * address), from a fortnight ago to tomorrow, soonest first: how a trainer without a
   * lead's role finds their registers. At most `max`, in one statement.
   */
  async registersToMark(ctx: RequestContext, max: number): Promise<RegisterSummary[]> {
    if (!ctx.actor) throw unauthenticated();
    const now = this.clock.now();
    const rows: { id: string; course_title: string; starts_at: Date; ends_at: Date; venue: string }[] =
      await this.dataSource.query(
        `select s.id, c.title as course_title, s.starts_at, s.ends_at, s.venue
         from course_session s join course c on c.id = s.course_id, person me
         where me.id = $1 and s.status = 'SCHEDULED'
           and s.starts_at between $2 and $3
           and lower(regexp_replace(btrim(coalesce(nullif(s.trainer, ''), c.trainer)), '[[:space:]]+', ' ', 'g'))
               in (lower(regexp_replace(btrim(me.name), '[[:space:]]+', ' ', 'g')), lower(me.email))
         order by s.starts_at, s.id
         limit $4`,
        [ctx.actor.id, new Date(now.getTime() - 14 * 86_400_000), new Date(now.getTime() + 86_400_000), max],
      );
    return rows.map((r) => ({
      sessionId: r.id,
      courseTitle: r.course_title,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
      venue: r.venue,
    }));
  }
}
