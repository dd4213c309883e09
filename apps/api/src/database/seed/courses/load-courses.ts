import type { DataSource } from 'typeorm';
import type { SectorName } from '@common-ground/shared';
import { CourseCompetenciesService } from '../../../modules/courses/course-competencies.service';
import { CourseApplicationEntity } from '../../../modules/courses/entities/course-application.entity';
import { CourseSessionEntity } from '../../../modules/courses/entities/course-session.entity';
import { CourseEntity } from '../../../modules/courses/entities/course.entity';
import { DomainError } from '../../../common/errors/domain-error';
import { BankHolidaysService } from '../../../modules/courses/bank-holidays.service';
import type { BankHolidayCalendar } from '../../../modules/courses/rules/bank-holidays';
import { londonInstant, londonDateOf } from '../../../modules/courses/rules/london-time';
import { addDays, type CalendarDate } from '../../../modules/courses/rules/calendar-date';
import { chargeFor, STARTING_CHARGE_RATES } from '../../../modules/courses/rules/charges';
import { shortlist } from '../../../modules/courses/rules/shortlisting';
import { isWorkingDay } from '../../../modules/courses/rules/working-days';
import { DEMO_COMPETENCIES } from '../framework/demo-framework';
import { DEMO_APPLICATIONS, DEMO_COURSES } from './demo-courses';
import { loadDemoBookingStates } from './load-booking-states';

const DAY_MS = 86_400_000;

/** The first working day from a date, so no demo session falls at a weekend or on a bank holiday. */
function workingDayFrom(date: CalendarDate, calendar: BankHolidayCalendar): CalendarDate {
  let day = date;
  try {
    while (!isWorkingDay(day, 'ENGLAND_AND_WALES', calendar)) day = addDays(day, 1);
  } catch (error) {
    // A year whose bank holidays are not loaded: the day stays as it is.
    if (!(error instanceof DomainError)) throw error;
  }
  return day;
}

/**
 * Loads the demo programme once (a database with any course is left alone): nine courses
 * with sessions over the coming three months, applications from demo people in several
 * organisations (each session on the first working day from its day), and the session inside
 * its six weeks already shortlisted by the same rule the app uses, so its places and reasons
 * are real. Three more sessions carry the booking
 * life cycle's later states (load-booking-states.ts). Each course's learning resource serves a
 * few demo framework competencies (loaded first), so the programme's strand filter and the
 * learning plans find the courses.
 */
export async function loadDemoCourses(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(CourseEntity).count()) > 0) return;
  const now = new Date();
  const today = londonDateOf(now);
  const statements = new Map(DEMO_COMPETENCIES.map((c) => [c.key, c.statement]));
  const competencyLinks = new CourseCompetenciesService(dataSource);
  const calendar = await new BankHolidaysService(dataSource).calendar();
  await dataSource.transaction(async (tx) => {
    const competencyIds = new Map(
      (
        await tx.query<{ id: string; statement: string }[]>(
          `select id, statement from framework_competency where statement = any($1::text[])`,
          [[...statements.values()]],
        )
      ).map((row) => [row.statement, row.id]),
    );
    const sessions: CourseSessionEntity[][] = [];
    for (const c of DEMO_COURSES) {
      const course = await tx.getRepository(CourseEntity).save({
        title: c.title,
        description: c.description,
        outcomes: c.outcomes,
        targetGroups: c.targetGroups,
        trainer: c.trainer,
        requiresManagerApproval: c.requiresManagerApproval ?? false,
      });
      await competencyLinks.save(
        tx,
        course,
        c.competencies.flatMap((key) => competencyIds.get(statements.get(key) ?? '') ?? []),
      );
      const saved: CourseSessionEntity[] = [];
      for (const s of c.sessions) {
        const startsAt = londonInstant(
          workingDayFrom(addDays(today, s.days), calendar),
          s.startHour,
          s.startMinute ?? 0,
        );
        saved.push(
          await tx.getRepository(CourseSessionEntity).save({
            courseId: course.id,
            startsAt,
            endsAt: new Date(startsAt.getTime() + s.hours * 3600_000),
            venue: s.venue,
            joiningInstructions: s.joiningInstructions,
            locality: s.locality,
            nation: 'ENGLAND_AND_WALES',
            capacity: s.capacity,
            trainer: '',
            status: 'SCHEDULED',
            shortlistedAt: s.days < 0 ? new Date(startsAt.getTime() - 42 * DAY_MS) : null,
          }),
        );
      }
      sessions.push(saved);
    }
    const people = await tx.query<
      {
        id: string;
        email: string;
        organisation_id: string;
        organisation_name: string;
        sector: SectorName;
        funds_partnership: boolean;
        safer_programme_member: boolean;
        manager_name: string | null;
        manager_email: string | null;
      }[]
    >(
      `select p.id, p.email, p.organisation_id, o.name as organisation_name, o.sector, o.funds_partnership,
              o.safer_programme_member, m.name as manager_name,
              coalesce(m.email, p.line_manager_email) as manager_email
       from person p join organisation o on o.id = p.organisation_id left join person m on m.id = p.line_manager_id
       where p.email = any($1::text[])`,
      [DEMO_APPLICATIONS.map((a) => a.email)],
    );
    const byEmail = new Map(people.map((p) => [p.email, p]));
    const made: CourseApplicationEntity[] = [];
    for (const [i, a] of DEMO_APPLICATIONS.entries()) {
      const person = byEmail.get(a.email);
      const session = sessions[a.course]?.[a.session];
      if (!person || !session) continue;
      made.push(
        await tx.getRepository(CourseApplicationEntity).save({
          sessionId: session.id,
          personId: person.id,
          organisationId: person.organisation_id,
          locality: a.locality,
          managerName: person.manager_name ?? 'Sam Carter',
          managerEmail: person.manager_email ?? 'sam.carter@fenmouth-council.example',
          status: 'APPLIED',
          appliedAt: new Date(now.getTime() - (DEMO_APPLICATIONS.length - i) * 3 * 3600_000),
        }),
      );
    }
    // The session inside six weeks (the interpreting course in Westfen) is already shortlisted.
    const due = sessions[1][0];
    const applicants = made.filter((m) => m.sessionId === due.id);
    const decisions = shortlist({
      places: due.capacity,
      sessionLocality: due.locality,
      applicants: applicants.map((m) => {
        const p = people.find((x) => x.id === m.personId);
        return {
          applicationId: m.id,
          organisationId: m.organisationId,
          organisationName: p?.organisation_name ?? '',
          sector: p?.sector ?? 'STATUTORY',
          locality: m.locality,
          appliedAt: m.appliedAt,
        };
      }),
    });
    for (const d of decisions) {
      const m = made.find((x) => x.id === d.applicationId);
      const p = people.find((x) => x.id === m?.personId);
      const charge =
        d.outcome === 'OFFERED' && p
          ? chargeFor(
              {
                sector: p.sector,
                fundsPartnership: p.funds_partnership,
                saferProgrammeMember: p.safer_programme_member,
              },
              londonDateOf(due.startsAt),
              STARTING_CHARGE_RATES,
            )
          : null;
      await tx.getRepository(CourseApplicationEntity).update(d.applicationId, {
        status: d.outcome === 'OFFERED' ? 'CONFIRMED' : 'WAITING',
        reason: d.reason,
        waitingPosition: d.waitingPosition,
        decidedAt: now,
        chargeBand: charge?.band ?? null,
        chargePence: charge?.rate?.amountPence ?? null,
      });
    }
    await tx.getRepository(CourseSessionEntity).update(due.id, { shortlistedAt: now });
    await loadDemoBookingStates(tx, now);
  });
}
