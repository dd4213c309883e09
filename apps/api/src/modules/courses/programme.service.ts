import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type NationName, SHORTLIST_DAYS_BEFORE } from '@common-ground/shared';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden, unauthenticated } from '../../common/errors/domain-error';
import { decodeCursor, encodeCursor, type Page } from '../../common/graphql/connection';
import { isUuid } from '../../common/ids';
import { BankHolidaysService } from './bank-holidays.service';
import { CourseCompetenciesService } from './course-competencies.service';
import {
  APPLICATION_COLUMNS,
  APPLICATION_FROM,
  type ApplicationRow,
  canManageProgramme,
  type RawApplication,
  toApplicationRow,
} from './booking.service';
import { CourseErrors } from './courses.errors';
import type {
  CourseInput,
  CreateSessionInput,
  ProgrammeFilter,
  UpdateCourseInput,
  UpdateSessionInput,
} from './dto/course.inputs';
import { CourseEntity } from './entities/course.entity';
import { CourseSessionEntity } from './entities/course-session.entity';
import type { BankHolidayCalendar } from './rules/bank-holidays';
import { addDays } from './rules/calendar-date';
import { londonInstant } from './rules/london-time';
import { freeCancellationDeadline, sessionStartDate } from './rules/working-days';

/** A session as pages show it: with its course, places given out and the viewer's standing. */
export interface SessionView {
  session: CourseSessionEntity;
  course: CourseEntity;
  holding: number;
  shortlistsOn: Date;
  freeCancellationUntil: Date | null;
  viewerHasApplication: boolean;
  viewerCanManage: boolean;
  signedIn: boolean;
}

const HOLDING = `('OFFERED', 'CONFIRMED')`;
const ACTIVE = `('APPLIED', 'AWAITING_MANAGER', 'OFFERED', 'CONFIRMED', 'WAITING')`;
/** The course (alias `c`) serves a competency of the strand: through its learning resources' mapping. */
const IN_STRAND = (c: string, strand: string): string =>
  `exists (select 1 from framework_resource r join framework_resource_competency rc on rc.resource_id = r.id
             join framework_competency fc on fc.id = rc.competency_id
            where r.course_id = ${c}.id and fc.strand_id = ${strand})`;
const CURSOR_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;

/** A session row joined with its course (c_ columns) and its count of places given out. */
const SESSION_SELECT = `select s.id, s.course_id, s.starts_at, s.ends_at, s.venue, s.joining_instructions, s.locality,
    s.nation, s.capacity, s.trainer, s.status, s.shortlisted_at, s.sequence, s.created_at, s.updated_at,
    c.title as c_title, c.description as c_description, c.outcomes as c_outcomes, c.target_groups as c_target_groups,
    c.trainer as c_trainer,
    (select count(*)::int from course_application a where a.session_id = s.id and a.status in ${HOLDING}) as holding,
    to_char(s.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_time
  from course_session s join course c on c.id = s.course_id`;

interface RawSession {
  id: string;
  course_id: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  joining_instructions: string;
  locality: string;
  nation: CourseSessionEntity['nation'];
  capacity: number;
  trainer: string;
  status: CourseSessionEntity['status'];
  shortlisted_at: Date | null;
  sequence: number;
  created_at: Date;
  updated_at: Date;
  c_title: string;
  c_description: string;
  c_outcomes: string[];
  c_target_groups: string[];
  c_trainer: string;
  holding: number;
  cursor_time: string;
}

/** When shortlisting runs by itself: 7am London time, 42 days before the session's date. */
export const shortlistsOn = (startsAt: Date): Date =>
  londonInstant(addDays(sessionStartDate(startsAt), -SHORTLIST_DAYS_BEFORE), 7);

/**
 * The programme: courses and their sessions (leads and admins write them), the public
 * list of sessions with places left, and a session's applicants for leads. Reads are one
 * statement per page, plus one for the viewer's own applications.
 */
@Injectable()
export class ProgrammeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bankHolidays: BankHolidaysService,
    private readonly competencies: CourseCompetenciesService,
  ) {}

  /**
   * Adds a course with its learning resource and the competencies it serves. Leads and
   * admins only: throws FORBIDDEN, BAD_USER_INPUT (an unknown competency; nothing is saved).
   */
  async createCourse(ctx: RequestContext, input: CourseInput): Promise<CourseEntity> {
    this.assertManager(ctx);
    const fields = cleanCourse(input);
    return this.dataSource.transaction(async (m) => {
      const course = await m.getRepository(CourseEntity).save(m.create(CourseEntity, fields));
      await this.competencies.save(m, course, input.competencyIds ?? []);
      return course;
    });
  }

  /** Changes a course, its resource and (when given) its competencies. Throws FORBIDDEN, NOT_FOUND, BAD_USER_INPUT. */
  async updateCourse(ctx: RequestContext, input: UpdateCourseInput): Promise<CourseEntity> {
    this.assertManager(ctx);
    const fields = cleanCourse(input);
    return this.dataSource.transaction(async (m) => {
      const repo = m.getRepository(CourseEntity);
      const course = await repo.findOne({ where: { id: input.courseId }, lock: { mode: 'pessimistic_write' } });
      if (!course) throw CourseErrors.courseNotFound();
      const saved = await repo.save(Object.assign(course, fields));
      await this.competencies.save(m, saved, input.competencyIds);
      return saved;
    });
  }

  /** Courses by title, for leads choosing one to change or add a session to. Throws FORBIDDEN, BAD_USER_INPUT (cursor). */
  async courses(ctx: RequestContext, first: number, after?: string | null): Promise<Page<CourseEntity>> {
    this.assertManager(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && isUuid(String(cursor[1])))) throw CourseErrors.badCursor();
    const rows = await this.dataSource.query<(Record<string, unknown> & { total: number })[]>(
      `select c.id, c.title, c.description, c.outcomes, c.target_groups, c.trainer,
              (select count(*)::int from course) as total
         from course c
        where $1::text is null or (c.title, c.id) > ($1::text, $2::uuid)
        order by c.title, c.id limit $3`,
      [cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const items = rows.slice(0, first).map((r) =>
      Object.assign(new CourseEntity(), {
        id: r.id,
        title: r.title,
        description: r.description,
        outcomes: r.outcomes,
        targetGroups: r.target_groups,
        trainer: r.trainer,
      }),
    );
    const total =
      rows[0]?.total ?? (await this.dataSource.query<{ n: number }[]>(`select count(*)::int as n from course`))[0].n;
    return {
      items,
      hasNextPage: rows.length > first,
      totalCount: total,
      cursorOf: (c) => encodeCursor([c.title, c.id]),
    };
  }

  /**
   * All of a course's sessions (past, cancelled and to come), soonest first, for the lead's
   * course page. Throws FORBIDDEN, BAD_USER_INPUT (cursor).
   */
  async courseSessions(
    ctx: RequestContext,
    courseId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<SessionView>> {
    this.assertManager(ctx);
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && CURSOR_TIME.test(cursor[0]) && isUuid(String(cursor[1])))) {
      throw CourseErrors.badCursor();
    }
    if (!isUuid(courseId)) return { items: [], hasNextPage: false, totalCount: 0, cursorOf: () => '' };
    const rows = await this.dataSource.query<(RawSession & { total: number })[]>(
      `with matching as (${SESSION_SELECT} where s.course_id = $1)
       select m.*, (select count(*) from matching)::int as total from matching m
       where $2::timestamptz is null or (m.starts_at, m.id) > ($2::timestamptz, $3::uuid)
       order by m.starts_at, m.id limit $4`,
      [courseId, cursor?.[0] ?? null, cursor?.[1] ?? null, first + 1],
    );
    const views = await this.views(ctx, rows.slice(0, first));
    const cursors = new Map(rows.map((r) => [r.id, encodeCursor([r.cursor_time, r.id])]));
    let total = rows[0]?.total;
    if (total === undefined) {
      total = cursor
        ? (
            await this.dataSource.query<{ n: number }[]>(
              `select count(*)::int as n from course_session where course_id = $1`,
              [courseId],
            )
          )[0].n
        : 0;
    }
    return {
      items: views,
      hasNextPage: rows.length > first,
      totalCount: total,
      cursorOf: (v) => cursors.get(v.session.id) ?? '',
    };
  }

  /** One course, to anyone (the programme is public). */
  async course(id: string): Promise<CourseEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(CourseEntity).findOneBy({ id });
  }

  /** Adds a session to a course. Throws FORBIDDEN, NOT_FOUND, BAD_USER_INPUT (ends before it starts). */
  async createSession(ctx: RequestContext, input: CreateSessionInput): Promise<SessionView> {
    this.assertManager(ctx);
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw CourseErrors.endsBeforeStart();
    if (!(await this.course(input.courseId))) throw CourseErrors.courseNotFound();
    const saved = await this.dataSource.getRepository(CourseSessionEntity).save({
      courseId: input.courseId,
      ...sessionFields(input),
    });
    return this.requireSession(ctx, saved.id);
  }

  /**
   * Changes a session under its lock. Capacity may not drop below the places already given
   * out; the calendar SEQUENCE goes up so updated invitations replace the old. Throws
   * FORBIDDEN, NOT_FOUND, BAD_USER_INPUT.
   */
  async updateSession(ctx: RequestContext, input: UpdateSessionInput): Promise<SessionView> {
    this.assertManager(ctx);
    if (input.endsAt.getTime() <= input.startsAt.getTime()) throw CourseErrors.endsBeforeStart();
    if (!isUuid(input.sessionId)) throw CourseErrors.sessionNotFound();
    await this.dataSource.transaction(async (m) => {
      const rows = await m.query<
        {
          id: string;
        }[]
      >(`select id from course_session where id = $1 for update`, [input.sessionId]);
      if (!rows[0]) throw CourseErrors.sessionNotFound();
      const [{ holding }] = await m.query<{ holding: number }[]>(
        `select count(*)::int as holding from course_application where session_id = $1 and status in ${HOLDING}`,
        [input.sessionId],
      );
      if (input.capacity < holding) throw CourseErrors.capacityBelowConfirmed(holding);
      const f = sessionFields(input);
      await m.query(
        `update course_session set starts_at = $2, ends_at = $3, venue = $4, joining_instructions = $5, locality = $6,
           nation = $7, capacity = $8, trainer = $9, sequence = sequence + 1, updated_at = now()
         where id = $1`,
        [
          input.sessionId,
          f.startsAt,
          f.endsAt,
          f.venue,
          f.joiningInstructions,
          f.locality,
          f.nation,
          f.capacity,
          f.trainer,
        ],
      );
    });
    return this.requireSession(ctx, input.sessionId);
  }

  /** A session as the viewer sees it, or null when there is none. */
  async session(ctx: RequestContext, id: string): Promise<SessionView | null> {
    if (!isUuid(id)) return null;
    const rows = await this.dataSource.query<RawSession[]>(`${SESSION_SELECT} where s.id = $1`, [id]);
    if (!rows[0]) return null;
    const [view] = await this.views(ctx, rows);
    return view;
  }

  private async requireSession(ctx: RequestContext, id: string): Promise<SessionView> {
    const view = await this.session(ctx, id);
    if (!view) throw CourseErrors.sessionNotFound();
    return view;
  }

  /**
   * Upcoming sessions, soonest first, filtered by locality, month (London time), places
   * left, course and strand (a course serving any competency of the strand). Public. Throws BAD_USER_INPUT for a forged cursor.
   */
  async programme(
    ctx: RequestContext,
    filter: ProgrammeFilter,
    first: number,
    after?: string | null,
  ): Promise<Page<SessionView>> {
    const cursor = decodeCursor(after, 2);
    if (cursor && !(typeof cursor[0] === 'string' && CURSOR_TIME.test(cursor[0]) && isUuid(String(cursor[1])))) {
      throw CourseErrors.badCursor();
    }
    const from = filter.month ? londonInstant(`${filter.month}-01`) : null;
    const to = filter.month ? londonInstant(`${nextMonth(filter.month)}-01`) : null;
    const rows = await this.dataSource.query<(RawSession & { total: number })[]>(
      `with matching as (
         ${SESSION_SELECT}
         where s.status = 'SCHEDULED' and s.starts_at > $1
           and ($2::text is null or s.locality = $2)
           and ($3::timestamptz is null or (s.starts_at >= $3 and s.starts_at < $4))
           and ($9::uuid is null or s.course_id = $9)
           and ($10::uuid is null or ${IN_STRAND('c', '$10')})
       )
       select m.*, (select count(*) from matching where not $5 or capacity > holding)::int as total
       from matching m
       where (not $5 or m.capacity > m.holding)
         and ($6::timestamptz is null or (m.starts_at, m.id) > ($6::timestamptz, $7::uuid))
       order by m.starts_at, m.id
       limit $8`,
      [
        this.clock.now(),
        filter.locality || null,
        from,
        to,
        filter.placesLeft ?? false,
        cursor?.[0] ?? null,
        cursor?.[1] ?? null,
        first + 1,
        filter.courseId || null,
        filter.strandId || null,
      ],
    );
    const views = await this.views(ctx, rows.slice(0, first));
    const cursors = new Map(rows.map((r) => [r.id, encodeCursor([r.cursor_time, r.id])]));
    let total = rows[0]?.total;
    if (total === undefined) {
      total = cursor ? await this.countProgramme(filter, from, to) : 0;
    }
    return {
      items: views,
      hasNextPage: rows.length > first,
      totalCount: total,
      cursorOf: (v) => cursors.get(v.session.id) ?? '',
    };
  }

  private async countProgramme(filter: ProgrammeFilter, from: Date | null, to: Date | null): Promise<number> {
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(
      `select count(*)::int as total from course_session s join course c on c.id = s.course_id
       where s.status = 'SCHEDULED' and s.starts_at > $1 and ($2::text is null or s.locality = $2)
         and ($3::timestamptz is null or (s.starts_at >= $3 and s.starts_at < $4))
         and ($6::uuid is null or s.course_id = $6)
         and ($7::uuid is null or ${IN_STRAND('c', '$7')})
         and (not $5 or s.capacity > (select count(*) from course_application a
                                      where a.session_id = s.id and a.status in ${HOLDING}))`,
      [
        this.clock.now(),
        filter.locality || null,
        from,
        to,
        filter.placesLeft ?? false,
        filter.courseId || null,
        filter.strandId || null,
      ],
    );
    return total;
  }

  /** The localities of upcoming sessions, A–Z (for the programme's filter). Public. */
  async localities(max: number): Promise<string[]> {
    const rows = await this.dataSource.query<{ locality: string }[]>(
      `select distinct locality from course_session where status = 'SCHEDULED' and starts_at > $1
       order by locality limit $2`,
      [this.clock.now(), max],
    );
    return rows.map((r) => r.locality);
  }

  /** The viewer's application for a session in play or most recent, or null. */
  async myApplication(ctx: RequestContext, sessionId: string): Promise<ApplicationRow | null> {
    if (!ctx.actor) throw unauthenticated();
    if (!isUuid(sessionId)) return null;
    const rows = await this.dataSource.query<RawApplication[]>(
      `select ${APPLICATION_COLUMNS} from ${APPLICATION_FROM}
       where a.session_id = $1 and a.person_id = $2
       order by (a.status in ${ACTIVE}) desc, a.applied_at desc limit 1`,
      [sessionId, ctx.actor.id],
    );
    return rows[0] ? toApplicationRow(rows[0]) : null;
  }

  /**
   * A session's applications for leads and admins, in the order a lead reads them: places
   * first, then the waiting list in order, then the rest by application time. Throws
   * FORBIDDEN, BAD_USER_INPUT (cursor).
   */
  async applications(
    ctx: RequestContext,
    sessionId: string,
    first: number,
    after?: string | null,
  ): Promise<Page<ApplicationRow>> {
    this.assertManager(ctx);
    const cursor = decodeCursor(after, 1);
    if (cursor && !(typeof cursor[0] === 'number' && Number.isInteger(cursor[0]) && cursor[0] >= 0)) {
      throw CourseErrors.badCursor();
    }
    const offset = cursor ? Number(cursor[0]) : 0;
    if (!isUuid(sessionId)) return { items: [], hasNextPage: false, totalCount: 0, cursorOf: () => '' };
    const rows = await this.dataSource.query<(RawApplication & { total: number })[]>(
      `select ${APPLICATION_COLUMNS}, count(*) over ()::int as total from ${APPLICATION_FROM}
       where a.session_id = $1
       order by case a.status when 'CONFIRMED' then 0 when 'OFFERED' then 1 when 'WAITING' then 2 when 'APPLIED' then 3
                  when 'AWAITING_MANAGER' then 3 else 4 end,
                a.waiting_position nulls last, a.applied_at, a.id
       offset $2 limit $3`,
      [sessionId, offset, first + 1],
    );
    const items = rows.slice(0, first).map(toApplicationRow);
    const position = new Map(items.map((row, i) => [row.application.id, offset + i + 1]));
    return {
      items,
      hasNextPage: rows.length > first,
      totalCount: rows[0]?.total ?? 0,
      cursorOf: (row) => encodeCursor([position.get(row.application.id) ?? 0]),
    };
  }

  private async views(ctx: RequestContext, rows: RawSession[]): Promise<SessionView[]> {
    if (rows.length === 0) return [];
    const calendar = await this.bankHolidays.calendar();
    const mine = new Set<string>();
    if (ctx.actor) {
      const applied = await this.dataSource.query<{ session_id: string }[]>(
        `select session_id from course_application where person_id = $1 and session_id = any($2::uuid[])
           and status in ${ACTIVE}`,
        [ctx.actor.id, rows.map((r) => r.id)],
      );
      for (const a of applied) mine.add(a.session_id);
    }
    return rows.map((r) => toView(r, calendar, mine.has(r.id), canManageProgramme(ctx), !!ctx.actor));
  }

  private assertManager(ctx: RequestContext): void {
    if (!ctx.actor) throw unauthenticated();
    if (!canManageProgramme(ctx))
      throw forbidden('Only partnership leads and administrators can run the course programme.');
  }
}

/** The most start times remembered per bank holiday calendar; a programme has a few hundred sessions. */
const SESSION_DATES_MAX = 5000;
const sessionDatesMemo = new WeakMap<
  BankHolidayCalendar,
  Map<string, { shortlistsOn: number; freeCancellationUntil: number | null }>
>();

/**
 * When a session shortlists and its last free cancellation moment (null when the year's
 * bank holidays are not loaded). Both follow from the start, the nation and the calendar
 * alone, and every list of the programme asks for the same few sessions again and again,
 * so they are worked out once per start time and calendar (a new calendar starts afresh)
 * rather than through Europe/London's clock for every row of every page.
 */
function sessionDates(
  startsAt: Date,
  nation: NationName,
  calendar: BankHolidayCalendar,
): { shortlistsOn: number; freeCancellationUntil: number | null } {
  let memo = sessionDatesMemo.get(calendar);
  if (!memo) {
    memo = new Map();
    sessionDatesMemo.set(calendar, memo);
  }
  const key = `${startsAt.getTime()}|${nation}`;
  let dates = memo.get(key);
  if (!dates) {
    let freeCancellationUntil: number | null = null;
    try {
      freeCancellationUntil = freeCancellationDeadline(sessionStartDate(startsAt), nation, calendar).getTime();
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    dates = { shortlistsOn: shortlistsOn(startsAt).getTime(), freeCancellationUntil };
    if (memo.size >= SESSION_DATES_MAX) memo.clear();
    memo.set(key, dates);
  }
  return dates;
}

function toView(
  r: RawSession,
  calendar: BankHolidayCalendar,
  viewerHasApplication: boolean,
  viewerCanManage: boolean,
  signedIn: boolean,
): SessionView {
  const session = Object.assign(new CourseSessionEntity(), {
    id: r.id,
    courseId: r.course_id,
    startsAt: new Date(r.starts_at),
    endsAt: new Date(r.ends_at),
    venue: r.venue,
    joiningInstructions: r.joining_instructions,
    locality: r.locality,
    nation: r.nation,
    capacity: r.capacity,
    trainer: r.trainer,
    status: r.status,
    shortlistedAt: r.shortlisted_at ? new Date(r.shortlisted_at) : null,
    sequence: r.sequence,
    createdAt: new Date(r.created_at),
    updatedAt: new Date(r.updated_at),
  });
  const course = Object.assign(new CourseEntity(), {
    id: r.course_id,
    title: r.c_title,
    description: r.c_description,
    outcomes: r.c_outcomes,
    targetGroups: r.c_target_groups,
    trainer: r.c_trainer,
  });
  const dates = sessionDates(session.startsAt, session.nation, calendar);
  return {
    session,
    course,
    holding: r.holding,
    shortlistsOn: new Date(dates.shortlistsOn),
    freeCancellationUntil: dates.freeCancellationUntil === null ? null : new Date(dates.freeCancellationUntil),
    viewerHasApplication,
    viewerCanManage,
    signedIn,
  };
}

const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

const cleanList = (items: string[]): string[] => items.map((s) => s.trim()).filter(Boolean);

function cleanCourse(input: CourseInput): Partial<CourseEntity> {
  if (!input.title.trim()) throw CourseErrors.blank('title', 'a title');
  return {
    title: input.title.trim(),
    description: input.description.trim(),
    outcomes: cleanList(input.outcomes),
    targetGroups: cleanList(input.targetGroups),
    trainer: input.trainer.trim(),
    ...(typeof input.requiresManagerApproval === 'boolean'
      ? { requiresManagerApproval: input.requiresManagerApproval }
      : {}),
  };
}

function sessionFields(input: CreateSessionInput | UpdateSessionInput) {
  return {
    startsAt: input.startsAt,
    endsAt: input.endsAt,
    venue: input.venue.trim(),
    joiningInstructions: input.joiningInstructions.trim(),
    locality: input.locality.trim(),
    nation: input.nation,
    capacity: input.capacity,
    trainer: input.trainer.trim(),
  };
}
