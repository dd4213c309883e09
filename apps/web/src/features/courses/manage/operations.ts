import { graphql } from '../../../gql';

export const courseFormFields = graphql(`
  fragment CourseFormFields on Course {
    id
    title
    description
    outcomes
    targetGroups
    trainer
    requiresManagerApproval
    competencies {
      id
    }
  }
`);

export const manageCoursesQuery = graphql(`
  query ManageCourses($first: Int, $after: String) {
    programmeCourses(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          trainer
        }
      }
    }
  }
`);

export const courseCompetencyChoicesQuery = graphql(`
  query CourseCompetencyChoices {
    courseCompetencyChoices {
      id
      statement
      strandName
      workforceGroupName
    }
  }
`);

export const editCourseQuery = graphql(`
  query EditCourse($id: ID!, $first: Int, $after: String) {
    course(id: $id) {
      ...CourseFormFields
    }
    courseSessions(courseId: $id, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          startsAt
          endsAt
          venue
          locality
          capacity
          placesLeft
          status
        }
      }
    }
  }
`);

export const createCourseMutation = graphql(`
  mutation CreateCourse($input: CourseInput!) {
    createCourse(input: $input) {
      ...CourseFormFields
    }
  }
`);

export const updateCourseMutation = graphql(`
  mutation UpdateCourse($input: UpdateCourseInput!) {
    updateCourse(input: $input) {
      ...CourseFormFields
    }
  }
`);

export const editSessionQuery = graphql(`
  query EditSession($id: ID!) {
    courseSession(id: $id) {
      id
      startsAt
      endsAt
      venue
      joiningInstructions
      locality
      nation
      capacity
      placesLeft
      trainer
      course {
        id
        title
        trainer
      }
      viewerCan {
        manage
      }
    }
  }
`);

export const sessionCourseQuery = graphql(`
  query SessionCourse($id: ID!) {
    course(id: $id) {
      id
      title
      trainer
    }
  }
`);

export const createSessionMutation = graphql(`
  mutation CreateCourseSession($input: CreateSessionInput!) {
    createCourseSession(input: $input) {
      id
    }
  }
`);

export const updateSessionMutation = graphql(`
  mutation UpdateCourseSession($input: UpdateSessionInput!) {
    updateCourseSession(input: $input) {
      id
      startsAt
      endsAt
      venue
      joiningInstructions
      locality
      nation
      capacity
      placesLeft
      trainer
    }
  }
`);

export const courseChargesQuery = graphql(`
  query CourseCharges($period: ChargePeriodInput!, $first: Int, $after: String) {
    courseChargesByOrganisation(period: $period, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          organisationId
          organisationName
          sector
          places
          lateCancellations
          noShows
          totalPence
        }
      }
    }
    courseChargeTotals(period: $period) {
      organisations
      places
      lateCancellations
      noShows
      totalPence
    }
  }
`);

export const courseSettingsQuery = graphql(`
  query CourseSettings {
    courseSettings {
      offerAcceptHours
    }
  }
`);

export const updateCourseSettingsMutation = graphql(`
  mutation UpdateCourseSettings($input: CourseSettingsInput!) {
    updateCourseSettings(input: $input) {
      offerAcceptHours
    }
  }
`);
