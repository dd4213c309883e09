import type { DataSource } from 'typeorm';
import type { ApplicationStatusName } from '@common-ground/shared';
import { CourseApplicationEntity } from '../src/modules/courses/entities/course-application.entity';
import { CourseSessionEntity } from '../src/modules/courses/entities/course-session.entity';
import { CourseEntity } from '../src/modules/courses/entities/course.entity';
import { uniqueId } from './factories';

const DAY = 86_400_000;

/** A course inserted directly. */
export async function makeCourse(db: DataSource, overrides: Partial<CourseEntity> = {}): Promise<CourseEntity> {
  return db.getRepository(CourseEntity).save({
    title: `Course ${uniqueId()}`,
    description: 'A test course.',
    outcomes: ['Know who to call'],
    targetGroups: ['Front-line staff'],
    trainer: 'Sam Trainer',
    ...overrides,
  });
}

/** A session `days` from now (60 by default), 9:30 to 12:30 UTC, ten places, in Saltmarsh. */
export async function makeSession(
  db: DataSource,
  courseId: string,
  overrides: Partial<CourseSessionEntity> & { days?: number } = {},
): Promise<CourseSessionEntity> {
  const { days = 60, ...rest } = overrides;
  const day = new Date(Date.now() + days * DAY);
  day.setUTCHours(9, 30, 0, 0);
  return db.getRepository(CourseSessionEntity).save({
    courseId,
    startsAt: day,
    endsAt: new Date(day.getTime() + 3 * 3600_000),
    venue: 'Saltmarsh Community Hall, 4 Quay Street',
    joiningInstructions: 'Sign in at reception; parking at the rear.',
    locality: 'Saltmarsh',
    nation: 'ENGLAND_AND_WALES',
    capacity: 10,
    trainer: '',
    status: 'SCHEDULED',
    shortlistedAt: null,
    ...rest,
  });
}

/** An application inserted directly (for setting a scene; the service makes real ones). */
export async function makeApplication(
  db: DataSource,
  session: CourseSessionEntity,
  person: { id: string; organisationId: string },
  status: ApplicationStatusName,
  overrides: Partial<CourseApplicationEntity> = {},
): Promise<CourseApplicationEntity> {
  const holding = status === 'CONFIRMED' || status === 'OFFERED';
  return db.getRepository(CourseApplicationEntity).save({
    sessionId: session.id,
    personId: person.id,
    organisationId: person.organisationId,
    locality: 'Saltmarsh',
    managerName: 'Morgan Manager',
    managerEmail: 'manager@people.example',
    status,
    appliedAt: new Date(),
    decidedAt: holding ? new Date() : null,
    chargeBand: holding ? 'FUNDING_PARTNER' : null,
    chargePence: holding ? 0 : null,
    ...overrides,
  });
}
