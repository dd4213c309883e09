import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import { lockSession } from './application-row';
import { type ApprovalOutcome, recordApproval } from './approval-decision';
import { BookingErrors } from './booking.errors';
import { BookingMailService } from './booking-mail.service';
import { approvalTokenHash } from './booking.service';
import { ChargesService } from './charges.service';

/** What a line manager sees before deciding: who applied for what. */
export interface ApprovalRequest {
  applicantName: string;
  organisationName: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  locality: string;
}

/** Tokens are 32 random bytes in base64url; anything else cannot be one. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/;

/**
 * The line manager's approval, from a link in an email and without an account. Only the
 * token's SHA-256 is stored; a link works once, until it expires, and a wrong, expired or
 * used link gets the same answer and changes nothing. An approved application then counts
 * as if just made: waiting for shortlisting, or after it a free place or the end of the
 * waiting list.
 */
@Injectable()
export class ApprovalService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly charges: ChargesService,
    private readonly mail: BookingMailService,
  ) {}

  /** The application a link is for. NOT_FOUND (one message) for any link that does not work. */
  async view(token: string): Promise<ApprovalRequest> {
    const id = await this.applicationOf(token);
    const [r] = await this.dataSource.query<
      {
        applicant_name: string;
        organisation_name: string;
        title: string;
        starts_at: Date;
        ends_at: Date;
        venue: string;
        locality: string;
      }[]
    >(
      `select p.name as applicant_name, o.name as organisation_name, c.title, s.starts_at, s.ends_at, s.venue, s.locality
       from course_application a join person p on p.id = a.person_id join organisation o on o.id = a.organisation_id
       join course_session s on s.id = a.session_id join course c on c.id = s.course_id where a.id = $1`,
      [id],
    );
    return {
      applicantName: r.applicant_name,
      organisationName: r.organisation_name,
      courseTitle: r.title,
      startsAt: new Date(r.starts_at),
      endsAt: new Date(r.ends_at),
      venue: r.venue,
      locality: r.locality,
    };
  }

  /** Approves or declines, once. The applicant (and the manager, as a receipt) are emailed after. */
  async decide(token: string, approve: boolean): Promise<ApprovalOutcome> {
    const id = await this.applicationOf(token);
    const outcome = await this.dataSource.transaction(async (m) => {
      const [a] = await m.query<{ session_id: string; organisation_id: string }[]>(
        `select session_id, organisation_id from course_application where id = $1`,
        [id],
      );
      const session = await lockSession(m, a.session_id);
      const now = this.clock.now();
      // Re-read under the lock: a second click, or another tab, finds the link used.
      const still = await m.query<unknown[]>(
        `select 1 from course_application where id = $1 and status = 'AWAITING_MANAGER'
           and manager_token_hash = $2 and manager_token_expires_at > $3`,
        [id, approvalTokenHash(token), now],
      );
      if (still.length === 0) throw BookingErrors.approvalLink();
      return recordApproval(m, { id, organisationId: a.organisation_id }, session, approve, now, this.charges);
    });
    await this.mail.approvalDecided(id, approve);
    if (outcome === 'CONFIRMED') await this.mail.confirmed(id);
    return outcome;
  }

  /** The application a working link is for; the one error for any other. */
  private async applicationOf(token: string): Promise<string> {
    if (typeof token !== 'string' || !TOKEN_SHAPE.test(token)) throw BookingErrors.approvalLink();
    const rows = await this.dataSource.query<{ id: string }[]>(
      `select id from course_application where manager_token_hash = $1 and status = 'AWAITING_MANAGER'
         and manager_token_expires_at > $2`,
      [approvalTokenHash(token), this.clock.now()],
    );
    if (!rows[0]) throw BookingErrors.approvalLink();
    return rows[0].id;
  }
}
