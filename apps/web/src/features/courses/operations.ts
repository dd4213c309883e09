import { graphql } from '../../gql';

export const sessionCardFields = graphql(`
  fragment SessionCardFields on CourseSession {
    id
    startsAt
    endsAt
    venue
    locality
    capacity
    placesLeft
    shortlistedAt
    status
    course {
      id
      title
      targetGroups
    }
  }
`);

export const programmePageQuery = graphql(`
  query ProgrammePage($filter: ProgrammeFilter, $first: Int, $after: String) {
    courseProgramme(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...SessionCardFields
        }
      }
    }
    courseLocalities
  }
`);

export const applicationFields = graphql(`
  fragment CourseApplicationFields on CourseApplication {
    id
    sessionId
    status
    reason
    waitingPosition
    managerName
    managerEmail
    locality
    appliedAt
    cancelledAt
    chargeBand
    chargePence
    lateCancellation
    offerExpiresAt
    substitute
  }
`);

export const sessionPageQuery = graphql(`
  query SessionPage($id: ID!) {
    courseSession(id: $id) {
      ...SessionCardFields
      joiningInstructions
      nation
      trainer
      shortlistsOn
      freeCancellationUntil
      course {
        id
        description
        outcomes
        requiresManagerApproval
      }
      viewerCan {
        apply
        manage
      }
    }
  }
`);

export const mySessionApplicationQuery = graphql(`
  query MySessionApplication($sessionId: ID!) {
    myCourseApplication(sessionId: $sessionId) {
      ...CourseApplicationFields
    }
  }
`);

export const applyForSessionMutation = graphql(`
  mutation ApplyForSession($input: ApplyForSessionInput!) {
    applyForSession(input: $input) {
      ...CourseApplicationFields
    }
  }
`);

export const cancelApplicationMutation = graphql(`
  mutation CancelApplication($input: CancelApplicationInput!) {
    cancelApplication(input: $input) {
      ...CourseApplicationFields
    }
  }
`);

export const manageSessionQuery = graphql(`
  query ManageSession($id: ID!, $first: Int, $after: String) {
    courseSession(id: $id) {
      ...SessionCardFields
      shortlistsOn
      viewerCan {
        manage
      }
    }
    sessionApplications(sessionId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          applicantName
          organisationName
          sector
          ...CourseApplicationFields
        }
      }
    }
  }
`);

export const shortlistPreviewQuery = graphql(`
  query ShortlistPreview($sessionId: ID!) {
    shortlistPreview(sessionId: $sessionId) {
      applicationId
      applicantName
      organisationName
      sector
      locality
      outcome
      waitingPosition
      reason
    }
  }
`);

export const runShortlistingMutation = graphql(`
  mutation RunShortlisting($input: RunShortlistingInput!) {
    runShortlisting(input: $input) {
      id
      placesLeft
      shortlistedAt
    }
  }
`);
