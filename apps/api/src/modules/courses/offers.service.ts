import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { JobsService } from '../jobs/jobs.service';
import { type ApplicationRow, loadApplicationRow, lockSession } from './application-row';
import { BookingErrors } from './booking.errors';
import { BookingMailService } from './booking-mail.service';
import { ChargesService } from './charges.service';
import { CourseErrors } from './courses.errors';
import { CourseSettingsService } from './course-settings.service';
import type { CourseSessionEntity } from './entities/course-session.entity';
import { offerToFirstWaiting } from './offer-next';

export const OFFER_EXPIRY_QUEUE = 'courses.offers-expire';
/** Every five minutes: offers past their deadline lapse and the place goes to the next person. */
const OFFER_EXPIRY_CRON = '*/5 * * * *';

/**
 * Waiting-list offers (seed 004 e): a freed place is offered to the first on the waiting list
 * with a deadline to accept (the hours a lead set, 48 unless changed, never past the start).
 * They accept or decline; a pg-boss schedule lapses unanswered offers and offers the place
 * on. Each step holds the session's lock and re-reads the offer under it, so several
 * instances, a retry and the person answering at the same moment still move the place once.
 */
@Injectable()
export class OffersService {
  private readonly logger = new Logger('CourseOffers');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly jobs: JobsService,
    private readonly charges: ChargesService,
    private readonly mail: BookingMailService,
    private readonly settings: CourseSettingsService,
  ) {}

  /** Registers the schedule's queue (once, at start-up, from BookingJobs). */
  async registerJob(): Promise<void> {
    await this.jobs.register(
      OFFER_EXPIRY_QUEUE,
      { retryLimit: 3, retryDelaySeconds: 60, backoff: true, cron: OFFER_EXPIRY_CRON },
      async () => {
        await this.expireDue();
      },
    );
  }

  /**
   * Offers a free place to the first on the waiting list (status OFFERED, with its
   * deadline from the offer window setting, read under the same lock), inside the caller's
   * transaction that holds the session's lock. Returns who, if anyone: the caller mails them
   * once committed.
   */
  async offerNext(m: EntityManager, session: CourseSessionEntity, now: Date): Promise<string | null> {
    if (session.status === 'CANCELLED') return null;
    return offerToFirstWaiting(m, session, now, await this.settings.offerAcceptHours(m), this.charges);
  }

  /** Accepts the viewer's own offer before its deadline. NOT_FOUND, CONFLICT (no offer, expired). */
  async accept(ctx: RequestContext, applicationId: string): Promise<ApplicationRow> {
    const sessionId = await this.ownSession(ctx, applicationId);
    const retried = await this.dataSource.transaction(async (m) => {
      await lockSession(m, sessionId);
      const [a] = await m.query<{ status: string; offer_expires_at: Date | null }[]>(
        `select status, offer_expires_at from course_application where id = $1`,
        [applicationId],
      );
      if (a.status === 'CONFIRMED') return true;
      if (a.status !== 'OFFERED') throw BookingErrors.noOffer();
      const now = this.clock.now();
      if (a.offer_expires_at && new Date(a.offer_expires_at).getTime() <= now.getTime()) {
        throw BookingErrors.offerExpired(new Date(a.offer_expires_at));
      }
      await m.query(
        `update course_application set status = 'CONFIRMED', offer_expires_at = null, decided_at = $2, updated_at = $2
         where id = $1`,
        [applicationId, now],
      );
      return false;
    });
    if (!retried) await this.mail.confirmed(applicationId);
    return loadApplicationRow(this.dataSource, applicationId);
  }

  /** Declines the viewer's own offer; the place goes to the next person. A retry changes nothing. */
  async decline(ctx: RequestContext, applicationId: string): Promise<ApplicationRow> {
    const sessionId = await this.ownSession(ctx, applicationId);
    const outcome = await this.dataSource.transaction(async (m) => {
      const session = await lockSession(m, sessionId, { allowCancelled: true });
      const [a] = await m.query<{ status: string }[]>(`select status from course_application where id = $1`, [
        applicationId,
      ]);
      if (a.status === 'WITHDRAWN') return null;
      if (a.status !== 'OFFERED') throw BookingErrors.noOffer();
      return { next: await this.endOffer(m, session, applicationId, 'You declined the place offered.') };
    });
    if (outcome) {
      await this.mail.offerEnded(applicationId, false);
      if (outcome.next) await this.mail.offered(outcome.next);
    }
    return loadApplicationRow(this.dataSource, applicationId);
  }

  /**
   * Ends an offer inside the caller's locked transaction (declined, lapsed or withdrawn): no
   * charge, and the place is offered on. Returns who was offered it next, if anyone.
   */
  async endOffer(m: EntityManager, session: CourseSessionEntity, applicationId: string, reason: string) {
    const now = this.clock.now();
    await m.query(
      `update course_application set status = 'WITHDRAWN', cancelled_at = $2, updated_at = $2, reason = $3,
         offer_expires_at = null, charge_band = null, charge_pence = null
       where id = $1`,
      [applicationId, now, reason],
    );
    return this.offerNext(m, session, now);
  }

  /** Lapses every offer past its deadline and offers each place on; what the schedule runs. Returns how many. */
  async expireDue(): Promise<number> {
    const due = await this.dataSource.query<{ id: string; session_id: string }[]>(
      `select id, session_id from course_application where status = 'OFFERED' and offer_expires_at <= $1
       order by offer_expires_at, id limit 500`,
      [this.clock.now()],
    );
    let lapsed = 0;
    for (const d of due) {
      const next = await this.dataSource.transaction(async (m) => {
        const session = await lockSession(m, d.session_id, { allowCancelled: true });
        const [a] = await m.query<{ status: string; offer_expires_at: Date | null }[]>(
          `select status, offer_expires_at from course_application where id = $1`,
          [d.id],
        );
        const now = this.clock.now();
        // Another instance, or the person accepting, may have got there first.
        if (a.status !== 'OFFERED' || !a.offer_expires_at || new Date(a.offer_expires_at) > now) return undefined;
        return this.endOffer(m, session, d.id, 'The place offered was not accepted in time.');
      });
      if (next === undefined) continue;
      lapsed += 1;
      await this.mail.offerEnded(d.id, true);
      if (next) await this.mail.offered(next);
    }
    if (lapsed > 0) this.logger.log({ msg: 'course offers lapsed', lapsed });
    return lapsed;
  }

  /** The session of the viewer's own application; anyone else's answers NOT_FOUND, like one that does not exist. */
  private async ownSession(ctx: RequestContext, applicationId: string): Promise<string> {
    if (!ctx.actor) throw unauthenticated();
    if (!isUuid(applicationId)) throw CourseErrors.applicationNotFound();
    const [a] = await this.dataSource.query<{ session_id: string; person_id: string }[]>(
      `select session_id, person_id from course_application where id = $1`,
      [applicationId],
    );
    if (!a || a.person_id !== ctx.actor.id) throw CourseErrors.applicationNotFound();
    return a.session_id;
  }
}
