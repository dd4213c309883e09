import type { ApplicationRow } from '../application-row';
import type { CourseEntity } from '../entities/course.entity';
import type { SessionView } from '../programme.service';
import type { Course, CourseApplication, CourseSession } from './course.model';

/** Entity to GraphQL type: only the columns meant for clients. */
export const toCourse = (c: CourseEntity): Course => ({
  id: c.id,
  title: c.title,
  description: c.description,
  outcomes: c.outcomes,
  targetGroups: c.targetGroups,
  trainer: c.trainer,
});

export function toCourseSession(v: SessionView, now: Date): CourseSession {
  const s = v.session;
  const placesLeft = Math.max(0, s.capacity - v.holding);
  const open = s.status === 'SCHEDULED' && s.startsAt.getTime() > now.getTime() && (!s.shortlistedAt || placesLeft > 0);
  return {
    id: s.id,
    course: toCourse(v.course),
    startsAt: s.startsAt,
    endsAt: s.endsAt,
    venue: s.venue,
    joiningInstructions: s.joiningInstructions,
    locality: s.locality,
    nation: s.nation,
    capacity: s.capacity,
    placesLeft,
    trainer: s.trainer || v.course.trainer,
    status: s.status,
    shortlistedAt: s.shortlistedAt,
    shortlistsOn: v.shortlistsOn,
    freeCancellationUntil: v.freeCancellationUntil,
    viewerCan: { apply: v.signedIn && open && !v.viewerHasApplication, manage: v.viewerCanManage },
  };
}

export const toCourseApplication = (r: ApplicationRow): CourseApplication => ({
  id: r.application.id,
  sessionId: r.application.sessionId,
  applicantName: r.applicantName,
  organisationName: r.organisationName,
  sector: r.sector,
  locality: r.application.locality,
  managerName: r.application.managerName,
  managerEmail: r.application.managerEmail,
  status: r.application.status,
  reason: r.application.reason,
  waitingPosition: r.application.waitingPosition,
  appliedAt: r.application.appliedAt,
  cancelledAt: r.application.cancelledAt,
  chargeBand: r.application.chargeBand,
  chargePence: r.application.chargePence,
  lateCancellation: r.application.lateCancellation,
  offerExpiresAt: r.application.offerExpiresAt ?? null,
  substitute: !!r.application.substituteForId,
});
