import { graphql } from '../../gql';

/** The register page: the session's delegates with a confirmed place and how each was marked. */
export const sessionRegisterQuery = graphql(`
  query SessionRegister($sessionId: ID!) {
    sessionRegister(sessionId: $sessionId) {
      sessionId
      courseTitle
      startsAt
      endsAt
      venue
      trainer
      opensAt
      lines {
        applicationId
        personName
        organisationName
        status
        markedAt
      }
    }
  }
`);

export const markAttendanceMutation = graphql(`
  mutation MarkAttendance($input: MarkAttendanceInput!) {
    markAttendance(input: $input) {
      sessionId
      lines {
        applicationId
        status
        markedAt
      }
    }
  }
`);

export const courseAttendanceRecordFields = graphql(`
  fragment CourseAttendanceRecordFields on CourseAttendanceRecord {
    sessionId
    courseTitle
    startsAt
    endsAt
    venue
    status
    cpdMinutes
    evaluated
    canEvaluate
    certificate {
      id
      code
      title
      pdfUrl
      verificationUrl
    }
  }
`);

/** The evaluation page: the viewer's own register line for the session. */
export const myCourseAttendanceQuery = graphql(`
  query MyCourseAttendance($sessionId: ID!) {
    myCourseAttendance(sessionId: $sessionId) {
      ...CourseAttendanceRecordFields
    }
  }
`);

export const submitCourseEvaluationMutation = graphql(`
  mutation SubmitCourseEvaluation($input: SubmitCourseEvaluationInput!) {
    submitCourseEvaluation(input: $input) {
      ...CourseAttendanceRecordFields
    }
  }
`);

/** Sessions whose register the viewer is named to mark, for My learning. */
export const registersToMarkQuery = graphql(`
  query RegistersToMark {
    registersToMark {
      sessionId
      courseTitle
      startsAt
      endsAt
      venue
    }
  }
`);
