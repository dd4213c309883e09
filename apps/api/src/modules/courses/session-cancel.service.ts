import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '../../common/clock';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { ACTIVE, lockSession } from './application-row';
import { BookingErrors } from './booking.errors';
import { BookingMailService } from './booking-mail.service';
import { canManageProgramme } from './booking.service';
import { CourseErrors } from './courses.errors';

/**
 * A lead cancels a whole session: every application in play ends, with no charge, and
 * everyone booked or waiting (and their manager) gets a cancelled calendar entry (same
 * UID, SEQUENCE one higher). Under the session's lock; cancelling again changes and sends
 * nothing.
 */
@Injectable()
export class SessionCancelService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly mail: BookingMailService,
  ) {}

  /** Throws UNAUTHENTICATED, FORBIDDEN, NOT_FOUND and CONFLICT (already started). Returns how many were told. */
  async cancel(ctx: RequestContext, sessionId: string): Promise<number> {
    if (!ctx.actor) throw unauthenticated();
    if (!canManageProgramme(ctx)) throw CourseErrors.cannotManage();
    const ended = await this.dataSource.transaction(async (m) => {
      const session = await lockSession(m, sessionId, { allowCancelled: true });
      if (session.status === 'CANCELLED') return [];
      const now = this.clock.now();
      if (session.startsAt.getTime() <= now.getTime()) throw BookingErrors.sessionStarted();
      await m.query(
        `update course_session set status = 'CANCELLED', sequence = sequence + 1, updated_at = $2 where id = $1`,
        [session.id, now],
      );
      const [rows] = await m.query<[{ id: string }[], number]>(
        `update course_application set status = 'CANCELLED', cancelled_at = $2, updated_at = $2,
           reason = 'The session was cancelled by the organisers.', late_cancellation = false,
           charge_pence = case when charge_pence is null then null else 0 end, waiting_position = null,
           offer_expires_at = null, manager_token_hash = null, manager_token_expires_at = null
         where session_id = $1 and status in ${ACTIVE} returning id`,
        [session.id, now],
      );
      return rows.map((r) => r.id);
    });
    await this.mail.sessionCancelled(sessionId, ended);
    return ended.length;
  }
}
