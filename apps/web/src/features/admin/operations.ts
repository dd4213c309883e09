import { graphql } from '../../gql';

export const adminOrganisationsQuery = graphql(`
  query AdminOrganisations($first: Int, $after: String, $search: String) {
    organisations(first: $first, after: $after, search: $search) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          sector
          fundsPartnership
          saferProgrammeMember
          peopleCount
        }
      }
    }
  }
`);

export const adminOrganisationQuery = graphql(`
  query AdminOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      sector
      fundsPartnership
      saferProgrammeMember
      emailDomains
      peopleCount
    }
  }
`);

export const createOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export const updateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      sector
      fundsPartnership
      saferProgrammeMember
      emailDomains
    }
  }
`);

export const organisationOptionsQuery = graphql(`
  query OrganisationOptions {
    organisations(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

export const adminPeopleQuery = graphql(`
  query AdminPeople(
    $first: Int
    $after: String
    $search: String
    $organisationId: ID
    $role: Role
    $includeDeactivated: Boolean
  ) {
    people(
      first: $first
      after: $after
      search: $search
      organisationId: $organisationId
      role: $role
      includeDeactivated: $includeDeactivated
    ) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          name
          email
          roles
          active
          emailVerified
          organisation {
            id
            name
          }
        }
      }
    }
  }
`);

export const adminPersonQuery = graphql(`
  query AdminPerson($id: ID!) {
    person(id: $id) {
      id
      name
      email
      jobTitle
      workforceGroup
      preferredLanguage
      lineManagerEmail
      roles
      active
      emailVerified
      createdAt
      organisation {
        id
        name
      }
      viewerCan {
        manageRoles
        deactivate
      }
    }
  }
`);

export const setPersonRolesMutation = graphql(`
  mutation SetPersonRoles($input: SetPersonRolesInput!) {
    setPersonRoles(input: $input) {
      id
      roles
    }
  }
`);

export const deactivatePersonMutation = graphql(`
  mutation DeactivatePerson($input: PersonIdInput!) {
    deactivatePerson(input: $input) {
      id
      active
    }
  }
`);

export const reactivatePersonMutation = graphql(`
  mutation ReactivatePerson($input: PersonIdInput!) {
    reactivatePerson(input: $input) {
      id
      active
    }
  }
`);

export const adminInvitationsQuery = graphql(`
  query AdminInvitations($first: Int, $after: String) {
    invitations(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          email
          roles
          status
          expiresAt
          createdAt
          organisation {
            id
            name
          }
          invitedBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const createInvitationMutation = graphql(`
  mutation CreateInvitation($input: CreateInvitationInput!) {
    createInvitation(input: $input) {
      id
      email
      roles
      status
      expiresAt
      link
      organisation {
        id
        name
      }
    }
  }
`);

export const revokeInvitationMutation = graphql(`
  mutation RevokeInvitation($input: IdInput!) {
    revokeInvitation(input: $input) {
      id
      status
    }
  }
`);

export const adminOutboxQuery = graphql(`
  query AdminOutbox($first: Int, $after: String) {
    outboxMessages(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          to
          subject
          status
          createdAt
          sentAt
        }
      }
    }
  }
`);

export const adminOutboxMessageQuery = graphql(`
  query AdminOutboxMessage($id: ID!) {
    outboxMessage(id: $id) {
      id
      to
      subject
      text
      status
      createdAt
      sentAt
      error
    }
  }
`);

export const adminBackgroundJobsQuery = graphql(`
  query AdminBackgroundJobs($first: Int, $after: String, $state: JobState) {
    backgroundJobs(first: $first, after: $after, state: $state) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          queue
          state
          attempts
          createdAt
          startAfter
          completedAt
          lastError
        }
      }
    }
    backgroundJobCounts {
      created
      retry
      active
      completed
      cancelled
      failed
    }
  }
`);
