import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { ReminderKindName } from '@common-ground/shared';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { JobsService } from '../jobs/jobs.service';
import { BookingMailService } from './booking-mail.service';
import { reminderDue } from './rules/reminders';

export const REMINDER_QUEUE = 'courses.reminders';
/** Every hour at twenty past: confirmed delegates a week and a day before their session. */
const REMINDER_CRON = '20 * * * *';
const WEEK_MS = 7 * 86_400_000;

/**
 * Reminders to confirmed delegates seven days and one day before a session (seed 004 f),
 * through a pg-boss schedule. Each reminder is recorded before it is sent, under a primary
 * key on (application, kind), so however many instances run the job each goes once. A
 * person can turn them off beside their other email choices.
 */
@Injectable()
export class RemindersService {
  private readonly logger = new Logger('CourseReminders');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly mail: BookingMailService,
  ) {}

  /** Registers the schedule's queue (once, at start-up, from BookingJobs). */
  async registerJob(): Promise<void> {
    await this.jobs.register(
      REMINDER_QUEUE,
      { retryLimit: 3, retryDelaySeconds: 300, backoff: true, cron: REMINDER_CRON },
      async () => {
        await this.sendDue();
      },
    );
  }

  /** Sends every reminder now due and not yet sent; returns how many. What the schedule runs. */
  async sendDue(): Promise<number> {
    const now = this.clock.now();
    const candidates = await this.dataSource.query<{ id: string; starts_at: Date }[]>(
      `select a.id, s.starts_at from course_application a join course_session s on s.id = a.session_id
       where a.status = 'CONFIRMED' and s.status = 'SCHEDULED' and s.starts_at > $1 and s.starts_at <= $2
         and not exists (select 1 from course_reminder_setting r where r.person_id = a.person_id and not r.reminders)
       order by s.starts_at, a.id`,
      [now, new Date(now.getTime() + WEEK_MS)],
    );
    const due = candidates
      .map((c) => ({ id: c.id, kind: reminderDue(now, new Date(c.starts_at)) }))
      .filter((c): c is { id: string; kind: ReminderKindName } => c.kind !== null);
    if (due.length === 0) return 0;
    // The insert is the once-only claim: a row another instance inserted first is not returned.
    const claimed = await this.dataSource.query<{ application_id: string; kind: ReminderKindName }[]>(
      `insert into course_reminder_sent (application_id, kind, sent_at)
       select * from unnest($1::uuid[], $2::text[], array_fill($3::timestamptz, array[$4::int]))
       on conflict do nothing returning application_id, kind`,
      [due.map((d) => d.id), due.map((d) => d.kind), now, due.length],
    );
    for (const c of claimed) await this.mail.reminder(c.application_id, c.kind === 'ONE_DAY');
    if (claimed.length > 0) this.logger.log({ msg: 'course reminders sent', count: claimed.length });
    return claimed.length;
  }

  /** Whether the viewer gets course reminders (on unless they turned them off). */
  async enabled(ctx: RequestContext): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    const rows = await this.dataSource.query<{ reminders: boolean }[]>(
      `select reminders from course_reminder_setting where person_id = $1`,
      [ctx.actor.id],
    );
    return rows[0]?.reminders ?? true;
  }

  /** Turns the viewer's course reminders on or off. */
  async setEnabled(ctx: RequestContext, on: boolean): Promise<boolean> {
    if (!ctx.actor) throw unauthenticated();
    await this.dataSource.query(
      `insert into course_reminder_setting (person_id, reminders) values ($1, $2)
       on conflict (person_id) do update set reminders = excluded.reminders`,
      [ctx.actor.id, on],
    );
    return on;
  }
}
