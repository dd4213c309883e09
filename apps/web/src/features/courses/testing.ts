/** Fixtures for the course pages' tests, shaped as the API answers. */
export function sessionNode(id: string, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CourseSession',
    id,
    startsAt: '2026-06-16T08:30:00.000Z',
    endsAt: '2026-06-16T11:30:00.000Z',
    venue: 'Saltmarsh Community Centre',
    locality: 'Saltmarsh',
    capacity: 10,
    placesLeft: 10,
    shortlistedAt: null,
    status: 'SCHEDULED',
    course: {
      __typename: 'Course',
      id: `course-${id}`,
      title: 'Working together to keep people safe',
      targetGroups: [],
    },
    ...overrides,
  };
}
