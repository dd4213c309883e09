import { PRESENT_STATUSES } from '@common-ground/shared';
import type { Certificate } from '../../learning/models/other.model';
import type { RegisterView } from '../attendance.service';
import type { AttendanceRecord } from '../evaluation.service';
import type { CourseAttendanceRecord, SessionRegister } from './attendance.model';

const MINUTE_MS = 60_000;

/** The register for clients: nothing about delegates beyond name and organisation. */
export const toSessionRegister = (v: RegisterView): SessionRegister => ({
  sessionId: v.sessionId,
  courseTitle: v.courseTitle,
  startsAt: v.startsAt,
  endsAt: v.endsAt,
  venue: v.venue,
  trainer: v.trainer,
  opensAt: v.opensAt,
  lines: v.lines.map((l) => ({
    applicationId: l.applicationId,
    personName: l.personName,
    organisationName: l.organisationName,
    status: l.status,
    markedAt: l.markedAt,
  })),
});

/** A register line of the viewer's, with the certificate it earned (if any); CPD time only for whole attendance. */
export const toCourseAttendanceRecord = (
  r: AttendanceRecord,
  certificate: Certificate | null,
): CourseAttendanceRecord => ({
  sessionId: r.sessionId,
  courseTitle: r.courseTitle,
  startsAt: r.startsAt,
  endsAt: r.endsAt,
  venue: r.venue,
  status: r.status,
  cpdMinutes: r.status === 'WHOLE' ? Math.round((r.endsAt.getTime() - r.startsAt.getTime()) / MINUTE_MS) : 0,
  evaluated: r.evaluated,
  canEvaluate: !r.evaluated && PRESENT_STATUSES.includes(r.status),
  certificate,
});
