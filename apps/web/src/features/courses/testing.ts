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

/** A session as the session page asks for it (sessionPageQuery): no application allowed unless overridden. */
export function sessionPageNode(id: string, overrides: Record<string, unknown> = {}) {
  return {
    ...sessionNode(id),
    joiningInstructions: 'Sign in at reception.',
    nation: 'ENGLAND_AND_WALES',
    trainer: 'Nadia Okafor',
    shortlistsOn: '2026-05-05T06:00:00.000Z',
    freeCancellationUntil: '2026-06-05T22:59:59.999Z',
    course: {
      __typename: 'Course',
      id: `course-${id}`,
      title: 'Working together to keep people safe',
      targetGroups: [],
      description: 'How agencies share a concern.',
      outcomes: [],
      requiresManagerApproval: false,
    },
    viewerCan: { __typename: 'SessionViewerCan', apply: false, manage: false },
    ...overrides,
  };
}

/** An application as CourseApplicationFields has it: a confirmed, free place on session s1 unless overridden. */
export function applicationNode(overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'CourseApplication',
    id: 'a1',
    sessionId: 's1',
    status: 'CONFIRMED',
    reason: null,
    waitingPosition: null,
    managerName: 'Morgan Manager',
    managerEmail: 'morgan@council.example',
    locality: 'Saltmarsh',
    appliedAt: '2026-01-01T09:00:00.000Z',
    cancelledAt: null,
    chargeBand: 'FUNDING_PARTNER',
    chargePence: 0,
    lateCancellation: false,
    offerExpiresAt: null,
    substitute: false,
    ...overrides,
  };
}
