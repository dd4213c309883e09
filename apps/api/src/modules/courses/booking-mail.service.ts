import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AppConfig } from '../../config/app-config';
import { MailerService, type MailMessage } from '../mail/mailer.service';
import { BankHolidaysService } from './bank-holidays.service';
import {
  placeConfirmedEmails,
  type Recipient,
  sessionChangedEmails,
  type SessionForMail,
  waitingListEmails,
} from './course-emails';
import type { CourseSessionEntity } from './entities/course-session.entity';
import {
  approvalDecidedEmails,
  approvalRequestEmail,
  offerEmails,
  offerEndedEmail,
  reminderEmail,
  sessionCancelledEmails,
  substitutedEmail,
} from './lifecycle-emails';
import type { ShortlistDecision } from './rules/shortlisting';
import { freeCancellationDeadline, sessionStartDate } from './rules/working-days';

export interface MailRecipient extends Recipient {
  id: string;
  sessionId: string;
  organisationName: string;
  offerExpiresAt: Date | null;
}

/**
 * Sends the booking life cycle's mail through the platform's mailer, always after the step
 * it reports has committed: it reads the application and session as they now are.
 */
@Injectable()
export class BookingMailService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly mailer: MailerService,
    private readonly bankHolidays: BankHolidaysService,
  ) {}

  sessionLink(sessionId: string): string {
    return `${this.config.publicUrl}/courses/sessions/${sessionId}`;
  }

  async approvalRequest(applicationId: string, token: string, expiresAt: Date): Promise<void> {
    const { r, s } = await this.one(applicationId);
    const link = `${this.config.publicUrl}/courses/approval?token=${encodeURIComponent(token)}`;
    await this.send([approvalRequestEmail(r, s, link, expiresAt)]);
  }

  async approvalDecided(applicationId: string, approved: boolean): Promise<void> {
    const { r, s } = await this.one(applicationId);
    await this.send(approvalDecidedEmails(r, s, approved, this.sessionLink(r.sessionId)));
  }

  /** A place confirmed (directly, by accepting an offer, or as a substitute), with the calendar entry. */
  async confirmed(applicationId: string): Promise<void> {
    const { r, s } = await this.one(applicationId);
    await this.send(placeConfirmedEmails(r, s, this.sessionLink(r.sessionId)));
  }

  async offered(applicationId: string): Promise<void> {
    const { r, s } = await this.one(applicationId);
    if (!r.offerExpiresAt) return;
    await this.send(offerEmails(r, s, this.sessionLink(r.sessionId), r.offerExpiresAt));
  }

  async offerEnded(applicationId: string, lapsed: boolean): Promise<void> {
    const { r, s } = await this.one(applicationId);
    await this.send([offerEndedEmail(r, s, this.sessionLink(r.sessionId), lapsed)]);
  }

  async substituted(previousId: string, substituteId: string): Promise<void> {
    const { r, s } = await this.one(previousId);
    const { r: sub } = await this.one(substituteId);
    await this.send([substitutedEmail(r, s, sub.applicantName, this.sessionLink(r.sessionId))]);
    await this.confirmed(substituteId);
  }

  async reminder(applicationId: string, dayBefore: boolean): Promise<void> {
    const { r, s } = await this.one(applicationId);
    const settings = `${this.config.publicUrl}/profile/emails`;
    await this.send([reminderEmail(r, s, this.sessionLink(r.sessionId), settings, dayBefore)]);
  }

  async sessionCancelled(sessionId: string, applicationIds: string[]): Promise<void> {
    if (applicationIds.length === 0) return;
    const s = await this.session(sessionId);
    const link = this.sessionLink(sessionId);
    for (const r of await this.recipients(applicationIds)) await this.send(sessionCancelledEmails(r, s, link));
  }

  /** Shortlisting's outcome: a confirmation or waiting-list news to each applicant and their manager. Returns the emails sent. */
  async shortlisted(sessionId: string, decisions: ShortlistDecision[]): Promise<number> {
    const s = await this.session(sessionId);
    const link = this.sessionLink(sessionId);
    const byId = new Map((await this.recipients(decisions.map((d) => d.applicationId))).map((r) => [r.id, r]));
    const messages = decisions.flatMap((d) => {
      const r = byId.get(d.applicationId);
      if (!r) return [];
      return d.outcome === 'OFFERED' ? placeConfirmedEmails(r, s, link) : waitingListEmails(r, s, d.reason, link);
    });
    await this.send(messages);
    return messages.length;
  }

  /** A session changed: everyone holding a place, and their managers, get the updated calendar entry. Returns the emails sent. */
  async sessionChanged(sessionId: string): Promise<number> {
    const holders = await this.dataSource.query<{ id: string }[]>(
      `select id from course_application where session_id = $1 and status in ('OFFERED', 'CONFIRMED')`,
      [sessionId],
    );
    if (holders.length === 0) return 0;
    const s = await this.session(sessionId);
    const link = this.sessionLink(sessionId);
    const messages = (await this.recipients(holders.map((h) => h.id))).flatMap((r) => sessionChangedEmails(r, s, link));
    await this.send(messages);
    return messages.length;
  }

  private async send(messages: MailMessage[]): Promise<void> {
    for (const message of messages) await this.mailer.send(message);
  }

  private async one(applicationId: string): Promise<{ r: MailRecipient; s: SessionForMail }> {
    const [r] = await this.recipients([applicationId]);
    return { r, s: await this.session(r.sessionId) };
  }

  private async recipients(applicationIds: string[]): Promise<MailRecipient[]> {
    const rows = await this.dataSource.query<
      {
        id: string;
        session_id: string;
        name: string;
        email: string;
        organisation_name: string;
        manager_name: string;
        manager_email: string;
        offer_expires_at: Date | null;
      }[]
    >(
      `select a.id, a.session_id, p.name, p.email, o.name as organisation_name, a.manager_name, a.manager_email,
              a.offer_expires_at
       from course_application a join person p on p.id = a.person_id join organisation o on o.id = a.organisation_id
       where a.id = any($1::uuid[]) order by a.applied_at, a.id`,
      [applicationIds],
    );
    return rows.map((r) => ({
      id: r.id,
      sessionId: r.session_id,
      applicantName: r.name,
      applicantEmail: r.email,
      organisationName: r.organisation_name,
      managerName: r.manager_name,
      managerEmail: r.manager_email,
      offerExpiresAt: r.offer_expires_at ? new Date(r.offer_expires_at) : null,
    }));
  }

  /** The session as a booking email describes it, with its free cancellation deadline when it can be counted. */
  private async session(sessionId: string): Promise<SessionForMail> {
    const [s] = await this.dataSource.query<
      {
        id: string;
        title: string;
        starts_at: Date;
        ends_at: Date;
        venue: string;
        joining_instructions: string;
        sequence: number;
        nation: CourseSessionEntity['nation'];
      }[]
    >(
      `select s.id, c.title, s.starts_at, s.ends_at, s.venue, s.joining_instructions, s.sequence, s.nation
       from course_session s join course c on c.id = s.course_id where s.id = $1`,
      [sessionId],
    );
    const startsAt = new Date(s.starts_at);
    let freeCancellationUntil: Date | null = null;
    try {
      const calendar = await this.bankHolidays.calendar();
      freeCancellationUntil = freeCancellationDeadline(sessionStartDate(startsAt), s.nation, calendar);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
    }
    return {
      id: s.id,
      title: s.title,
      startsAt,
      endsAt: new Date(s.ends_at),
      venue: s.venue,
      joiningInstructions: s.joining_instructions,
      sequence: s.sequence,
      freeCancellationUntil,
    };
  }
}
