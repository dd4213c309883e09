/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n": typeof types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n": typeof types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminPeopleDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n": typeof types.AdminPersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": typeof types.SetPersonRolesDocument,
    "\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n": typeof types.ReactivatePersonDocument,
    "\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminInvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": typeof types.AdminOutboxDocument,
    "\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n": typeof types.AdminOutboxMessageDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
};
const documents: Documents = {
    "\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n": types.AdminOrganisationsDocument,
    "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n": types.AdminOrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminPeopleDocument,
    "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n": types.AdminPersonDocument,
    "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n": types.SetPersonRolesDocument,
    "\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n": types.DeactivatePersonDocument,
    "\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n": types.ReactivatePersonDocument,
    "\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.AdminInvitationsDocument,
    "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.CreateInvitationDocument,
    "\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n": types.RevokeInvitationDocument,
    "\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n": types.AdminOutboxDocument,
    "\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n": types.AdminOutboxMessageDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n"): (typeof documents)["\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n"): (typeof documents)["\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n"): (typeof documents)["\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n"): (typeof documents)["\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;