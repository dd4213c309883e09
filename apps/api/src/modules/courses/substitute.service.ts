import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { DomainError, unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { ACTIVE, type ApplicationRow, loadApplicationRow, lockSession } from './application-row';
import { BankHolidaysService } from './bank-holidays.service';
import { BookingErrors } from './booking.errors';
import { BookingMailService } from './booking-mail.service';
import { canManageProgramme } from './booking.service';
import { CourseErrors } from './courses.errors';
import { passPlace } from './pass-place';
import { freeCancellationDeadline, sessionStartDate } from './rules/working-days';

/** Who may pass a place on: the applicant, a leader in their organisation, or a partnership lead. */
export const mayNameSubstitute = (
  ctx: RequestContext,
  holder: { personId: string; organisationId: string },
  actor: { organisationId: string; workforceGroup: string } | null,
): boolean =>
  !!ctx.actor &&
  (ctx.actor.id === holder.personId ||
    canManageProgramme(ctx) ||
    (actor?.organisationId === holder.organisationId && actor.workforceGroup === 'LEADERSHIP'));

/**
 * Substitutes (seed 004 e): after the free cancellation deadline, instead of cancelling
 * (and being charged), the applicant or their organisation's leader names someone else in
 * the same organisation, by their account's email, who takes the place with the same
 * charge. The original place ends with no late charge, so the organisation pays once.
 */
@Injectable()
export class SubstituteService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bankHolidays: BankHolidaysService,
    private readonly mail: BookingMailService,
  ) {}

  /** Whether the free cancellation deadline has passed and the session has not started. */
  async window(sessionId: string, now: Date): Promise<{ open: boolean; freeUntil: Date | null; started: boolean }> {
    const [s] = await this.dataSource.query<{ starts_at: Date; nation: 'ENGLAND_AND_WALES' }[]>(
      `select starts_at, nation from course_session where id = $1`,
      [sessionId],
    );
    const startsAt = new Date(s.starts_at);
    const started = startsAt.getTime() <= now.getTime();
    let freeUntil: Date | null = null;
    try {
      freeUntil = freeCancellationDeadline(sessionStartDate(startsAt), s.nation, await this.bankHolidays.calendar());
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    return { open: !started && (!freeUntil || freeUntil.getTime() < now.getTime()), freeUntil, started };
  }

  /**
   * Names a substitute. Throws NOT_FOUND (not theirs to see), FORBIDDEN, BAD_USER_INPUT
   * (email: unknown, another organisation, themselves) and CONFLICT (not confirmed, too
   * early, started, the substitute already applied).
   */
  async name(ctx: RequestContext, applicationId: string, email: string): Promise<ApplicationRow> {
    if (!ctx.actor) throw unauthenticated();
    if (!isUuid(applicationId)) throw CourseErrors.applicationNotFound();
    const [holder] = await this.dataSource.query<
      { session_id: string; person_id: string; organisation_id: string; organisation_name: string }[]
    >(
      `select a.session_id, a.person_id, a.organisation_id, o.name as organisation_name
       from course_application a join organisation o on o.id = a.organisation_id where a.id = $1`,
      [applicationId],
    );
    const [actor] = await this.dataSource.query<{ organisation_id: string; workforce_group: string }[]>(
      `select organisation_id, workforce_group from person where id = $1`,
      [ctx.actor.id],
    );
    const may =
      holder &&
      mayNameSubstitute(
        ctx,
        { personId: holder.person_id, organisationId: holder.organisation_id },
        actor ? { organisationId: actor.organisation_id, workforceGroup: actor.workforce_group } : null,
      );
    if (!holder || !may) throw CourseErrors.applicationNotFound();
    const [sub] = await this.dataSource.query<
      { id: string; name: string; organisation_id: string; manager_name: string | null; manager_email: string | null }[]
    >(
      `select p.id, p.name, p.organisation_id, m.name as manager_name, coalesce(m.email, p.line_manager_email) as manager_email
       from person p left join person m on m.id = p.line_manager_id
       where lower(p.email) = lower($1) and p.deactivated_at is null`,
      [email],
    );
    if (!sub) throw BookingErrors.substituteUnknown();
    if (sub.id === holder.person_id) throw BookingErrors.substituteSelf();
    if (sub.organisation_id !== holder.organisation_id) {
      throw BookingErrors.substituteOtherOrganisation(holder.organisation_name);
    }
    const now = this.clock.now();
    const window = await this.window(holder.session_id, now);
    const newId = await this.dataSource.transaction(async (m) => {
      await lockSession(m, holder.session_id);
      const [a] = await m.query<
        {
          status: string;
          locality: string | null;
          manager_name: string;
          manager_email: string;
          charge_band: string | null;
          charge_pence: number | null;
        }[]
      >(
        `select status, locality, manager_name, manager_email, charge_band, charge_pence
         from course_application where id = $1`,
        [applicationId],
      );
      if (a.status !== 'CONFIRMED') throw BookingErrors.substituteNotConfirmed();
      if (window.started) throw BookingErrors.sessionStarted();
      if (!window.open && window.freeUntil) throw BookingErrors.substituteTooEarly(window.freeUntil);
      const taken = await m.query<unknown[]>(
        `select 1 from course_application where session_id = $1 and person_id = $2 and status in ${ACTIVE}`,
        [holder.session_id, sub.id],
      );
      if (taken.length > 0) throw BookingErrors.substituteHasApplication();
      return passPlace(m, applicationId, a, sub, now);
    });
    await this.mail.substituted(applicationId, newId);
    return loadApplicationRow(this.dataSource, newId);
  }
}
