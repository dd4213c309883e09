import type { DataSource } from 'typeorm';
import type { AttendanceStatusName, SectorName } from '@common-ground/shared';
import { chargeFor, STARTING_CHARGE_RATES } from '../../../modules/courses/rules/charges';
import { londonDateOf } from '../../../modules/courses/rules/london-time';
import { newCertificateCode } from '../../../modules/learning/certificate-code';
import { DEMO_COURSES } from './demo-courses';

/** The demo course whose session was held before the demo was loaded. */
const PAST_COURSE = DEMO_COURSES.find((c) => c.sessions.some((s) => s.days < 0));

/** Who had a place on the past session, how the trainer marked them, and what they wrote afterwards. */
const REGISTER: {
  email: string;
  locality: string;
  status: AttendanceStatusName;
  evaluation?: { ratings: [number, number, number, number]; willDoDifferently: string; comments: string };
}[] = [
  {
    email: 'learner@fenmouth-council.example',
    locality: 'Fenmouth',
    status: 'WHOLE',
    evaluation: {
      ratings: [5, 4, 5, 5],
      willDoDifferently:
        'Check which housing help someone can get before sending them to the council desk, so nobody is turned away twice.',
      comments: 'The question-and-answer cards were the most useful part.',
    },
  },
  {
    email: 'kasia.nowak@fenmouth-council.example',
    locality: 'Westfen',
    status: 'WHOLE',
    evaluation: {
      ratings: [4, 4, 5, 4],
      willDoDifferently: 'Book an interpreter for the first appointment rather than waiting to see if one is needed.',
      comments: 'More time on school admissions next time, please.',
    },
  },
  {
    email: 'lina.p@fenland-advice.example',
    locality: 'Westfen',
    status: 'LATE',
    evaluation: {
      ratings: [4, 3, 4, 4],
      willDoDifferently: 'Share the entitlement summary with our volunteers.',
      comments: 'Missed the first half hour because of the bus; the handout helped me catch up.',
    },
  },
  // Attended in full but has not evaluated yet: the demo shows the evaluation waiting.
  { email: 'ruth.ellingham@fenmouth-nhs.example', locality: 'Saltmarsh', status: 'WHOLE' },
  { email: 'helen.baptiste@saltings-academy.example', locality: 'Saltmarsh', status: 'LEFT_EARLY' },
  { email: 'gareth.pryce@westfen-police.example', locality: 'Westfen', status: 'ABSENT' },
];

/**
 * Fills in the register of the demo session held before the demo was loaded (once: a
 * database with any register line is left alone): six delegates with confirmed places,
 * marked whole, late, left early or absent; three evaluations; and certificates for the two
 * who attended in full and evaluated, issued the day after, as the app would have.
 */
export async function loadDemoAttendance(dataSource: DataSource): Promise<void> {
  if (!PAST_COURSE) return;
  const [{ n }] = await dataSource.query<{ n: number }[]>(`select count(*)::int as n from course_attendance`);
  if (n > 0) return;
  await dataSource.transaction(async (tx) => {
    const [session] = await tx.query<{ id: string; starts_at: Date; ends_at: Date; shortlisted_at: Date | null }[]>(
      `select s.id, s.starts_at, s.ends_at, s.shortlisted_at
       from course_session s join course c on c.id = s.course_id
       where c.title = $1 and s.starts_at < now() and s.status = 'SCHEDULED'
       order by s.starts_at desc limit 1`,
      [PAST_COURSE.title],
    );
    if (!session) return;
    const [lead] = await tx.query<{ id: string }[]>(
      `select id from person where 'MODERATOR' = any(roles) order by created_at limit 1`,
    );
    const people = await tx.query<
      {
        id: string;
        email: string;
        organisation_id: string;
        sector: SectorName;
        funds_partnership: boolean;
        safer_programme_member: boolean;
        manager_name: string | null;
        manager_email: string | null;
      }[]
    >(
      `select p.id, p.email, p.organisation_id, o.sector, o.funds_partnership, o.safer_programme_member,
              m.name as manager_name, coalesce(m.email, p.line_manager_email) as manager_email
       from person p join organisation o on o.id = p.organisation_id left join person m on m.id = p.line_manager_id
       where p.email = any($1::text[])`,
      [REGISTER.map((r) => r.email)],
    );
    const startsAt = new Date(session.starts_at);
    const decidedAt = session.shortlisted_at ? new Date(session.shortlisted_at) : startsAt;
    const issuedAt = new Date(new Date(session.ends_at).getTime() + 86_400_000);
    for (const [i, line] of REGISTER.entries()) {
      const person = people.find((p) => p.email === line.email);
      if (!person) continue;
      const charge = chargeFor(
        {
          sector: person.sector,
          fundsPartnership: person.funds_partnership,
          saferProgrammeMember: person.safer_programme_member,
        },
        londonDateOf(startsAt),
        STARTING_CHARGE_RATES,
      );
      const [application] = await tx.query<{ id: string }[]>(
        `insert into course_application
           (session_id, person_id, organisation_id, locality, manager_name, manager_email, status, reason,
            applied_at, decided_at, charge_band, charge_pence)
         values ($1, $2, $3, $4, $5, $6, 'CONFIRMED', $7, $8, $9, $10, $11)
         returning id`,
        [
          session.id,
          person.id,
          person.organisation_id,
          line.locality,
          person.manager_name ?? 'Sam Carter',
          person.manager_email ?? 'sam.carter@fenmouth-council.example',
          'Offered a place: the session had room for everyone who applied.',
          new Date(decidedAt.getTime() - (REGISTER.length - i) * 86_400_000),
          decidedAt,
          charge.band,
          charge.rate?.amountPence ?? null,
        ],
      );
      await tx.query(
        `insert into course_attendance (session_id, application_id, person_id, status, marked_by_id, marked_at)
         values ($1, $2, $3, $4, $5, $6)`,
        [session.id, application.id, person.id, line.status, lead?.id ?? null, new Date(startsAt.getTime() + 1800_000)],
      );
      if (!line.evaluation) continue;
      const [overall, content, trainer, usefulness] = line.evaluation.ratings;
      await tx.query(
        `insert into course_evaluation
           (session_id, person_id, overall, content, trainer, usefulness, will_do_differently, comments, submitted_at)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          session.id,
          person.id,
          overall,
          content,
          trainer,
          usefulness,
          line.evaluation.willDoDifferently,
          line.evaluation.comments,
          issuedAt,
        ],
      );
      if (line.status === 'WHOLE') {
        await tx.query(
          `insert into certificate (person_id, course_session_id, code, issued_at) values ($1, $2, $3, $4)`,
          [person.id, session.id, newCertificateCode(), issuedAt],
        );
      }
    }
  });
}
