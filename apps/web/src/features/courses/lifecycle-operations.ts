import { graphql } from '../../gql';

/** The booking life cycle after applying: offers, substitutes, the manager's approval, cancelling a session. */

export const acceptCourseOfferMutation = graphql(`
  mutation AcceptCourseOffer($input: OfferAnswerInput!) {
    acceptCourseOffer(input: $input) {
      ...CourseApplicationFields
    }
  }
`);

export const declineCourseOfferMutation = graphql(`
  mutation DeclineCourseOffer($input: OfferAnswerInput!) {
    declineCourseOffer(input: $input) {
      ...CourseApplicationFields
    }
  }
`);

export const nameSubstituteMutation = graphql(`
  mutation NameSubstitute($input: NameSubstituteInput!) {
    nameSubstitute(input: $input) {
      id
      applicantName
    }
  }
`);

export const managerApprovalRequestQuery = graphql(`
  query ManagerApprovalRequest($token: String!) {
    managerApprovalRequest(token: $token) {
      applicantName
      organisationName
      courseTitle
      startsAt
      endsAt
      venue
      locality
    }
  }
`);

export const decideManagerApprovalMutation = graphql(`
  mutation DecideManagerApproval($input: ManagerDecisionInput!) {
    decideManagerApproval(input: $input) {
      approved
      status
    }
  }
`);

export const cancelCourseSessionMutation = graphql(`
  mutation CancelCourseSession($input: CancelSessionInput!) {
    cancelCourseSession(input: $input) {
      id
      status
    }
  }
`);

export const courseRemindersQuery = graphql(`
  query CourseReminders {
    notificationSettings {
      courseReminders
    }
  }
`);

export const updateCourseRemindersMutation = graphql(`
  mutation UpdateCourseReminders($on: Boolean!) {
    updateCourseReminders(on: $on)
  }
`);
