import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import {
  type AttendanceStatusName,
  EVALUATION_LIMITS,
  EVALUATION_RATINGS,
  type EvaluationRatingName,
  LIMITS,
  PRESENT_STATUSES,
} from '@common-ground/shared';
import type { RequestContext } from '../../common/context/request-context';
import { unauthenticated } from '../../common/errors/domain-error';
import { isUuid } from '../../common/ids';
import { sanitisePlainText } from '../../common/rich-text/plain-text';
import { isUniqueViolation } from '../identity/identity.errors';
import { AttendanceErrors } from './attendance.errors';
import { CourseCertificatesService } from './course-certificates.service';

/** A session the viewer was on the register of, with their evaluation and certificate state. */
export interface AttendanceRecord {
  sessionId: string;
  courseId: string;
  courseTitle: string;
  startsAt: Date;
  endsAt: Date;
  venue: string;
  status: AttendanceStatusName;
  evaluated: boolean;
}

/** What a delegate writes on the evaluation form. */
export type EvaluationAnswers = Record<EvaluationRatingName, number> & {
  willDoDifferently: string;
  comments: string;
};

const RECORD_SELECT = `
  select r.session_id, s.course_id, c.title as course_title, s.starts_at, s.ends_at, s.venue, r.status,
         exists (select 1 from course_evaluation e where e.session_id = r.session_id and e.person_id = r.person_id)
           as evaluated
  from course_attendance r
  join course_session s on s.id = r.session_id
  join course c on c.id = s.course_id`;

interface RawRecord {
  session_id: string;
  course_id: string;
  course_title: string;
  starts_at: Date;
  ends_at: Date;
  venue: string;
  status: AttendanceStatusName;
  evaluated: boolean;
}

const toRecord = (r: RawRecord): AttendanceRecord => ({
  sessionId: r.session_id,
  courseId: r.course_id,
  courseTitle: r.course_title,
  startsAt: new Date(r.starts_at),
  endsAt: new Date(r.ends_at),
  venue: r.venue,
  status: r.status,
  evaluated: r.evaluated,
});

/**
 * The evaluation form (Kirkpatrick's "reaction"): a delegate the register shows as there
 * (whole, late or left early) completes it once. Completing it with whole attendance issues
 * the course certificate in the same transaction.
 */
@Injectable()
export class EvaluationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly certificates: CourseCertificatesService,
  ) {}

  /** The viewer's register line for a session, or null when they are not on its register. */
  async mine(ctx: RequestContext, sessionId: string): Promise<AttendanceRecord | null> {
    if (!ctx.actor) throw unauthenticated();
    if (!isUuid(sessionId)) return null;
    const rows: RawRecord[] = await this.dataSource.query(
      `${RECORD_SELECT} where r.session_id = $1 and r.person_id = $2`,
      [sessionId, ctx.actor.id],
    );
    return rows[0] ? toRecord(rows[0]) : null;
  }

  /** The sessions the viewer attended (not those marked absent), most recent first. */
  async attended(ctx: RequestContext): Promise<AttendanceRecord[]> {
    if (!ctx.actor) throw unauthenticated();
    const rows: RawRecord[] = await this.dataSource.query(
      `${RECORD_SELECT} where r.person_id = $1 and r.status <> 'ABSENT'
       order by s.starts_at desc, r.session_id limit $2`,
      [ctx.actor.id, LIMITS.myLearningListMax],
    );
    return rows.map(toRecord);
  }

  /**
   * Saves the viewer's evaluation of a session they attended, once. Ratings must be whole
   * numbers 1–5 and each answer at most 2,000 characters (BAD_USER_INPUT); someone not marked
   * as there gets CONFLICT, as does a second evaluation (even two sent at once). Nothing is
   * saved on any error.
   */
  async submit(ctx: RequestContext, sessionId: string, answers: EvaluationAnswers): Promise<AttendanceRecord> {
    if (!ctx.actor) throw unauthenticated();
    for (const name of EVALUATION_RATINGS) {
      const value = answers[name];
      if (!Number.isInteger(value) || value < EVALUATION_LIMITS.ratingMin || value > EVALUATION_LIMITS.ratingMax) {
        throw AttendanceErrors.rating(name);
      }
    }
    const willDoDifferently = sanitisePlainText(answers.willDoDifferently ?? '');
    const comments = sanitisePlainText(answers.comments ?? '');
    if (willDoDifferently.length > EVALUATION_LIMITS.textMax) throw AttendanceErrors.textTooLong('willDoDifferently');
    if (comments.length > EVALUATION_LIMITS.textMax) throw AttendanceErrors.textTooLong('comments');
    const mine = await this.mine(ctx, sessionId);
    if (!mine || !PRESENT_STATUSES.includes(mine.status)) throw AttendanceErrors.notAttended();
    if (mine.evaluated) throw AttendanceErrors.alreadyEvaluated();
    const personId = ctx.actor.id;
    try {
      await this.dataSource.transaction(async (m) => {
        await m.query(
          `insert into course_evaluation
             (session_id, person_id, overall, content, trainer, usefulness, will_do_differently, comments)
           values ($1, $2, $3, $4, $5, $6, $7, $8)`,
          [
            sessionId,
            personId,
            answers.overall,
            answers.content,
            answers.trainer,
            answers.usefulness,
            willDoDifferently,
            comments,
          ],
        );
        await this.certificates.settle(m, sessionId, [personId]);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw AttendanceErrors.alreadyEvaluated();
      throw error;
    }
    return { ...mine, evaluated: true };
  }
}
