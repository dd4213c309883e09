import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { SHORTLIST_DAYS_BEFORE, type SectorName } from '@common-ground/shared';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, forbidden, unauthenticated } from '../../common/errors/domain-error';
import { JobsService } from '../jobs/jobs.service';
import { BookingMailService } from './booking-mail.service';
import { BookingService, canManageProgramme } from './booking.service';
import { ChargesService } from './charges.service';
import { CourseErrors } from './courses.errors';
import { shortlistsOn } from './programme.service';
import type { ShortlistDecision } from './rules/shortlisting';
import { type ShortlistCandidate, shortlistDecisions, shortlistSession } from './shortlist-session';

export const SHORTLIST_QUEUE = 'courses.shortlist-due';
/** Every hour at ten past: sessions whose shortlisting day has come (7am London, 42 days before) are shortlisted. */
const SHORTLIST_CRON = '10 * * * *';
const DAY_MS = 86_400_000;

/** One applicant's outcome as a preview shows it. */
export interface ShortlistPreviewItem {
  applicationId: string;
  applicantName: string;
  organisationName: string;
  sector: SectorName;
  locality: string | null;
  appliedAt: Date;
  decision: ShortlistDecision;
}

/**
 * Shortlisting (seed 004 d): by itself on the day six weeks before a session, through a
 * pg-boss schedule that fires once per slot across instances; or earlier by a lead, who can
 * first see the outcome. Each run holds the session's lock and does nothing to a session
 * already shortlisted, so two instances, a retry and a lead at once still give places once.
 * Confirmations (with a calendar entry) and waiting-list news go to each applicant and
 * their manager after the places are saved.
 */
@Injectable()
export class ShortlistingService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Shortlisting');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly bookingMail: BookingMailService,
    private readonly booking: BookingService,
    private readonly charges: ChargesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.register(
      SHORTLIST_QUEUE,
      { retryLimit: 3, retryDelaySeconds: 300, backoff: true, cron: SHORTLIST_CRON },
      async () => {
        await this.runDue();
      },
    );
  }

  /** What shortlisting would decide now, saving nothing. Leads and admins: throws FORBIDDEN, NOT_FOUND. */
  async preview(ctx: RequestContext, sessionId: string): Promise<ShortlistPreviewItem[]> {
    this.assertManager(ctx);
    return this.dataSource.transaction(async (m) => {
      const session = await this.booking.lockSession(m, sessionId);
      const { applicants, decisions } = await shortlistDecisions(m, session);
      const byId = new Map(applicants.map((a) => [a.applicationId, a]));
      return decisions.map((decision) => {
        const a = byId.get(decision.applicationId) as ShortlistCandidate;
        return {
          applicationId: a.applicationId,
          applicantName: a.applicantName,
          organisationName: a.organisationName,
          sector: a.sector,
          locality: a.locality,
          appliedAt: a.appliedAt,
          decision,
        };
      });
    });
  }

  /**
   * Gives out a session's places now and tells everyone. Leads and admins: throws FORBIDDEN,
   * NOT_FOUND, CONFLICT (already shortlisted, cancelled or started).
   */
  async run(ctx: RequestContext, sessionId: string): Promise<number> {
    this.assertManager(ctx);
    const done = await this.runOne(sessionId);
    if (done === null) {
      throw new DomainError('CONFLICT', 'This session has already been shortlisted. Its places have been given out.');
    }
    return done;
  }

  /** Shortlists every session whose day has come; returns how many. What the schedule runs. */
  async runDue(): Promise<number> {
    const now = this.clock.now();
    const candidates = await this.dataSource.query<{ id: string; starts_at: Date }[]>(
      `select id, starts_at from course_session
       where status = 'SCHEDULED' and shortlisted_at is null and starts_at > $1 and starts_at <= $2
       order by starts_at, id`,
      [now, new Date(now.getTime() + (SHORTLIST_DAYS_BEFORE + 1) * DAY_MS)],
    );
    let count = 0;
    for (const c of candidates) {
      if (shortlistsOn(new Date(c.starts_at)).getTime() > now.getTime()) continue;
      if ((await this.runOne(c.id)) !== null) count += 1;
    }
    return count;
  }

  /** Shortlists one session under its lock; null when it was already shortlisted. Mail follows the commit. */
  private async runOne(sessionId: string): Promise<number | null> {
    const outcome = await this.dataSource.transaction(async (m) => {
      const session = await this.booking.lockSession(m, sessionId);
      if (session.shortlistedAt) return null;
      const now = this.clock.now();
      if (session.startsAt.getTime() <= now.getTime()) throw CourseErrors.sessionPast();
      return { decisions: await shortlistSession(m, session, now, this.charges) };
    });
    if (!outcome) return null;
    const emails = await this.bookingMail.shortlisted(sessionId, outcome.decisions);
    this.logger.log({ msg: 'session shortlisted', sessionId, applicants: outcome.decisions.length, emails });
    return outcome.decisions.length;
  }

  private assertManager(ctx: RequestContext): void {
    if (!ctx.actor) throw unauthenticated();
    if (!canManageProgramme(ctx))
      throw forbidden('Only partnership leads and administrators can run the course programme.');
  }
}
