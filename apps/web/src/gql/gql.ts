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
    "\n  query AdminBackgroundJobs($first: Int, $after: String, $state: JobState) {\n    backgroundJobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          queue\n          state\n          attempts\n          createdAt\n          startAfter\n          completedAt\n          lastError\n        }\n      }\n    }\n    backgroundJobCounts {\n      created\n      retry\n      active\n      completed\n      cancelled\n      failed\n    }\n  }\n": typeof types.AdminBackgroundJobsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n": typeof types.InvitationPreviewDocument,
    "\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": typeof types.AuthoringModulesDocument,
    "\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n": typeof types.AuthoringModuleDocument,
    "\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": typeof types.CreateLearningModuleDocument,
    "\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": typeof types.UpdateLearningModuleDocument,
    "\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SubmitLearningModuleForReviewDocument,
    "\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.PublishLearningModuleDocument,
    "\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.ArchiveLearningModuleDocument,
    "\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n": typeof types.ReorderLessonsDocument,
    "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n": typeof types.CreateLessonDocument,
    "\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n": typeof types.AuthoringLessonDocument,
    "\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n": typeof types.AuthoringLessonModuleDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.UpdateLessonDocument,
    "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n": typeof types.SaveLessonDraftDocument,
    "\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": typeof types.SubmitLessonForReviewDocument,
    "\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n": typeof types.PublishLessonDocument,
    "\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n": typeof types.ArchiveLessonDocument,
    "\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.LessonRevisionsDocument,
    "\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n": typeof types.ScenarioReportDocument,
    "\n  query SessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      trainer\n      opensAt\n      lines {\n        applicationId\n        personName\n        organisationName\n        status\n        markedAt\n      }\n    }\n  }\n": typeof types.SessionRegisterDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      sessionId\n      lines {\n        applicationId\n        status\n        markedAt\n      }\n    }\n  }\n": typeof types.MarkAttendanceDocument,
    "\n  fragment CourseAttendanceRecordFields on CourseAttendanceRecord {\n    sessionId\n    courseTitle\n    startsAt\n    endsAt\n    venue\n    status\n    cpdMinutes\n    evaluated\n    canEvaluate\n    certificate {\n      id\n      code\n      title\n      pdfUrl\n      verificationUrl\n    }\n  }\n": typeof types.CourseAttendanceRecordFieldsFragmentDoc,
    "\n  query MyCourseAttendance($sessionId: ID!) {\n    myCourseAttendance(sessionId: $sessionId) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n": typeof types.MyCourseAttendanceDocument,
    "\n  mutation SubmitCourseEvaluation($input: SubmitCourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n": typeof types.SubmitCourseEvaluationDocument,
    "\n  query RegistersToMark {\n    registersToMark {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n    }\n  }\n": typeof types.RegistersToMarkDocument,
    "\n  mutation AcceptCourseOffer($input: OfferAnswerInput!) {\n    acceptCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": typeof types.AcceptCourseOfferDocument,
    "\n  mutation DeclineCourseOffer($input: OfferAnswerInput!) {\n    declineCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": typeof types.DeclineCourseOfferDocument,
    "\n  mutation NameSubstitute($input: NameSubstituteInput!) {\n    nameSubstitute(input: $input) {\n      id\n      applicantName\n    }\n  }\n": typeof types.NameSubstituteDocument,
    "\n  query ManagerApprovalRequest($token: String!) {\n    managerApprovalRequest(token: $token) {\n      applicantName\n      organisationName\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      locality\n    }\n  }\n": typeof types.ManagerApprovalRequestDocument,
    "\n  mutation DecideManagerApproval($input: ManagerDecisionInput!) {\n    decideManagerApproval(input: $input) {\n      approved\n      status\n    }\n  }\n": typeof types.DecideManagerApprovalDocument,
    "\n  mutation CancelCourseSession($input: CancelSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.CancelCourseSessionDocument,
    "\n  query CourseReminders {\n    notificationSettings {\n      courseReminders\n    }\n  }\n": typeof types.CourseRemindersDocument,
    "\n  mutation UpdateCourseReminders($on: Boolean!) {\n    updateCourseReminders(on: $on)\n  }\n": typeof types.UpdateCourseRemindersDocument,
    "\n  fragment CourseFormFields on Course {\n    id\n    title\n    description\n    outcomes\n    targetGroups\n    trainer\n    requiresManagerApproval\n    competencies {\n      id\n    }\n  }\n": typeof types.CourseFormFieldsFragmentDoc,
    "\n  query ManageCourses($first: Int, $after: String) {\n    programmeCourses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          trainer\n        }\n      }\n    }\n  }\n": typeof types.ManageCoursesDocument,
    "\n  query CourseCompetencyChoices {\n    courseCompetencyChoices {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n": typeof types.CourseCompetencyChoicesDocument,
    "\n  query EditCourse($id: ID!, $first: Int, $after: String) {\n    course(id: $id) {\n      ...CourseFormFields\n    }\n    courseSessions(courseId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          locality\n          capacity\n          placesLeft\n          status\n        }\n      }\n    }\n  }\n": typeof types.EditCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n": typeof types.CreateCourseDocument,
    "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n": typeof types.UpdateCourseDocument,
    "\n  query EditSession($id: ID!) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n      course {\n        id\n        title\n        trainer\n      }\n      viewerCan {\n        manage\n      }\n    }\n  }\n": typeof types.EditSessionDocument,
    "\n  query SessionCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      trainer\n    }\n  }\n": typeof types.SessionCourseDocument,
    "\n  mutation CreateCourseSession($input: CreateSessionInput!) {\n    createCourseSession(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateCourseSessionDocument,
    "\n  mutation UpdateCourseSession($input: UpdateSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n    }\n  }\n": typeof types.UpdateCourseSessionDocument,
    "\n  query CourseCharges($period: ChargePeriodInput!, $first: Int, $after: String) {\n    courseChargesByOrganisation(period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          organisationId\n          organisationName\n          sector\n          places\n          lateCancellations\n          noShows\n          totalPence\n        }\n      }\n    }\n    courseChargeTotals(period: $period) {\n      organisations\n      places\n      lateCancellations\n      noShows\n      totalPence\n    }\n  }\n": typeof types.CourseChargesDocument,
    "\n  query CourseSettings {\n    courseSettings {\n      offerAcceptHours\n    }\n  }\n": typeof types.CourseSettingsDocument,
    "\n  mutation UpdateCourseSettings($input: CourseSettingsInput!) {\n    updateCourseSettings(input: $input) {\n      offerAcceptHours\n    }\n  }\n": typeof types.UpdateCourseSettingsDocument,
    "\n  fragment SessionCardFields on CourseSession {\n    id\n    startsAt\n    endsAt\n    venue\n    locality\n    capacity\n    placesLeft\n    shortlistedAt\n    status\n    course {\n      id\n      title\n      targetGroups\n    }\n  }\n": typeof types.SessionCardFieldsFragmentDoc,
    "\n  query ProgrammePage($filter: ProgrammeFilter, $first: Int, $after: String) {\n    courseProgramme(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SessionCardFields\n        }\n      }\n    }\n    courseLocalities\n  }\n": typeof types.ProgrammePageDocument,
    "\n  fragment CourseApplicationFields on CourseApplication {\n    id\n    sessionId\n    status\n    reason\n    waitingPosition\n    managerName\n    managerEmail\n    locality\n    appliedAt\n    cancelledAt\n    chargeBand\n    chargePence\n    lateCancellation\n    offerExpiresAt\n    substitute\n  }\n": typeof types.CourseApplicationFieldsFragmentDoc,
    "\n  query SessionPage($id: ID!) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      joiningInstructions\n      nation\n      trainer\n      shortlistsOn\n      freeCancellationUntil\n      course {\n        id\n        description\n        outcomes\n        requiresManagerApproval\n      }\n      viewerCan {\n        apply\n        manage\n      }\n    }\n  }\n": typeof types.SessionPageDocument,
    "\n  query MySessionApplication($sessionId: ID!) {\n    myCourseApplication(sessionId: $sessionId) {\n      ...CourseApplicationFields\n    }\n  }\n": typeof types.MySessionApplicationDocument,
    "\n  mutation ApplyForSession($input: ApplyForSessionInput!) {\n    applyForSession(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": typeof types.ApplyForSessionDocument,
    "\n  mutation CancelApplication($input: CancelApplicationInput!) {\n    cancelApplication(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": typeof types.CancelApplicationDocument,
    "\n  query ManageSession($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      shortlistsOn\n      viewerCan {\n        manage\n      }\n    }\n    sessionApplications(sessionId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          applicantName\n          organisationName\n          sector\n          ...CourseApplicationFields\n        }\n      }\n    }\n  }\n": typeof types.ManageSessionDocument,
    "\n  query ShortlistPreview($sessionId: ID!) {\n    shortlistPreview(sessionId: $sessionId) {\n      applicationId\n      applicantName\n      organisationName\n      sector\n      locality\n      outcome\n      waitingPosition\n      reason\n    }\n  }\n": typeof types.ShortlistPreviewDocument,
    "\n  mutation RunShortlisting($input: RunShortlistingInput!) {\n    runShortlisting(input: $input) {\n      id\n      placesLeft\n      shortlistedAt\n    }\n  }\n": typeof types.RunShortlistingDocument,
    "\n  query ProgrammeStrands {\n    frameworkStrands {\n      id\n      name\n    }\n  }\n": typeof types.ProgrammeStrandsDocument,
    "\n  fragment ColleagueFields on Colleague {\n    id\n    name\n    jobTitle\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ColleagueFieldsFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    threadId\n    seq\n    body\n    linkedBody\n    anonymous\n    deleted\n    createdAt\n    editedAt\n    sceneId\n    author {\n      ...ColleagueFields\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    ...PostReactionsFields\n    ...QuotedPostFields\n    ...PostModerationFields\n  }\n": typeof types.PostFieldsFragmentDoc,
    "\n  fragment ThreadFields on DiscussionThread {\n    id\n    title\n    anonymous\n    locked\n    pinned\n    tags\n    postCount\n    lastSeq\n    lastActivityAt\n    lessonId\n    category {\n      id\n      title\n      allowsAnonymous\n    }\n    viewerCan {\n      reply\n    }\n    viewerCanModerate\n    viewerFollowLevel\n    viewerLastReadSeq\n    viewerUnreadCount\n  }\n": typeof types.ThreadFieldsFragmentDoc,
    "\n  query ForumCategories {\n    forumCategories {\n      id\n      title\n      description\n      allowsAnonymous\n      restricted\n      threadCount\n    }\n  }\n": typeof types.ForumCategoriesDocument,
    "\n  query ForumCategoryThreads($categoryId: ID!, $first: Int, $after: String, $tag: String) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      description\n      allowsAnonymous\n      viewerFollowLevel\n    }\n    forumThreads(categoryId: $categoryId, first: $first, after: $after, tag: $tag) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n          locked\n          postCount\n          lastActivityAt\n          viewerUnreadCount\n          tags\n        }\n      }\n    }\n  }\n": typeof types.ForumCategoryThreadsDocument,
    "\n  query NewThreadCategory($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      allowsAnonymous\n    }\n  }\n": typeof types.NewThreadCategoryDocument,
    "\n  query DiscussionThread($id: ID!) {\n    discussionThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": typeof types.DiscussionThreadDocument,
    "\n  query LessonThread($lessonId: ID!) {\n    lessonThread(lessonId: $lessonId) {\n      ...ThreadFields\n    }\n  }\n": typeof types.LessonThreadDocument,
    "\n  query ThreadPosts($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {\n    threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": typeof types.ThreadPostsDocument,
    "\n  query PostsAfterSeq($threadId: ID!, $afterSeq: Int!, $first: Int!) {\n    threadPosts(threadId: $threadId, first: $first, afterSeq: $afterSeq) {\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": typeof types.PostsAfterSeqDocument,
    "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n": typeof types.CreateForumThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.EditPostDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  fragment PostReactionsFields on Post {\n    viewerCan {\n      react\n    }\n    reactions {\n      reaction\n      label\n      count\n      viewerReacted\n    }\n  }\n": typeof types.PostReactionsFieldsFragmentDoc,
    "\n  fragment QuotedPostFields on Post {\n    quotedPost {\n      id\n      seq\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.QuotedPostFieldsFragmentDoc,
    "\n  mutation SetPostReaction($input: SetPostReactionInput!) {\n    setPostReaction(input: $input) {\n      id\n      reactions {\n        reaction\n        label\n        count\n        viewerReacted\n      }\n    }\n  }\n": typeof types.SetPostReactionDocument,
    "\n  query MentionCandidates($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {\n    mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionCandidatesDocument,
    "\n  query FrameworkAdmin {\n    frameworkStrands {\n      id\n      name\n      description\n      position\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      position\n      profileGroup\n      openToPublic\n    }\n  }\n": typeof types.FrameworkAdminDocument,
    "\n  fragment CompetencyAdminFields on Competency {\n    id\n    statement\n    kind\n    position\n    strandId\n    strandName\n    workforceGroupId\n    workforceGroupName\n    resourceCount\n  }\n": typeof types.CompetencyAdminFieldsFragmentDoc,
    "\n  query FrameworkCompetencyPage($filter: CompetenciesFilter, $first: Int, $after: String) {\n    frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CompetencyAdminFields\n        }\n      }\n    }\n  }\n": typeof types.FrameworkCompetencyPageDocument,
    "\n  query FrameworkCompetency($id: ID!) {\n    frameworkCompetency(id: $id) {\n      ...CompetencyAdminFields\n    }\n  }\n": typeof types.FrameworkCompetencyDocument,
    "\n  fragment ResourceAdminFields on LearningResource {\n    id\n    kind\n    title\n    description\n    url\n    moduleId\n    competencies {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n": typeof types.ResourceAdminFieldsFragmentDoc,
    "\n  query FrameworkResources($filter: ResourcesFilter, $first: Int, $after: String) {\n    frameworkResources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ResourceAdminFields\n        }\n      }\n    }\n  }\n": typeof types.FrameworkResourcesDocument,
    "\n  query FrameworkResource($id: ID!) {\n    frameworkResource(id: $id) {\n      ...ResourceAdminFields\n    }\n  }\n": typeof types.FrameworkResourceDocument,
    "\n  mutation CreateStrand($input: StrandInput!) {\n    createStrand(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateStrandDocument,
    "\n  mutation UpdateStrand($input: UpdateStrandInput!) {\n    updateStrand(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateStrandDocument,
    "\n  mutation DeleteStrand($input: FrameworkIdInput!) {\n    deleteStrand(input: $input)\n  }\n": typeof types.DeleteStrandDocument,
    "\n  mutation CreateWorkforceGroup($input: WorkforceGroupInput!) {\n    createWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateWorkforceGroupDocument,
    "\n  mutation UpdateWorkforceGroup($input: UpdateWorkforceGroupInput!) {\n    updateWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.UpdateWorkforceGroupDocument,
    "\n  mutation DeleteWorkforceGroup($input: FrameworkIdInput!) {\n    deleteWorkforceGroup(input: $input)\n  }\n": typeof types.DeleteWorkforceGroupDocument,
    "\n  mutation CreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n": typeof types.CreateCompetencyDocument,
    "\n  mutation UpdateCompetency($input: UpdateCompetencyInput!) {\n    updateCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n": typeof types.UpdateCompetencyDocument,
    "\n  mutation DeleteCompetency($input: FrameworkIdInput!) {\n    deleteCompetency(input: $input)\n  }\n": typeof types.DeleteCompetencyDocument,
    "\n  mutation CreateLearningResource($input: ResourceInput!) {\n    createLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n": typeof types.CreateLearningResourceDocument,
    "\n  mutation UpdateLearningResource($input: UpdateResourceInput!) {\n    updateLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n": typeof types.UpdateLearningResourceDocument,
    "\n  mutation DeleteLearningResource($input: FrameworkIdInput!) {\n    deleteLearningResource(input: $input)\n  }\n": typeof types.DeleteLearningResourceDocument,
    "\n  query FrameworkModuleChoices {\n    learningModules(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": typeof types.FrameworkModuleChoicesDocument,
    "\n  query FrameworkTool {\n    frameworkStrands {\n      id\n      name\n      description\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      openToPublic\n      isViewersGroup\n    }\n  }\n": typeof types.FrameworkToolDocument,
    "\n  query FrameworkNeeds($strandId: ID!, $workforceGroupId: ID!) {\n    frameworkStrands {\n      id\n      name\n    }\n    frameworkGroups {\n      id\n      name\n    }\n    frameworkCompetencies(strandId: $strandId, workforceGroupId: $workforceGroupId) {\n      id\n      statement\n      kind\n      viewerConfidence\n    }\n  }\n": typeof types.FrameworkNeedsDocument,
    "\n  mutation RateCompetencies($input: RateCompetenciesInput!) {\n    rateCompetencies(input: $input)\n  }\n": typeof types.RateCompetenciesDocument,
    "\n  fragment LearningPlanFields on LearningPlan {\n    personId\n    personName\n    ratedCount\n    gapCount\n    resourceCount\n    doneCount\n    truncated\n    viewerCanMarkDone\n    gaps {\n      competencyId\n      statement\n      kind\n      strandName\n      workforceGroupName\n      confidence\n    }\n    resources {\n      resourceId\n      kind\n      title\n      description\n      url\n      done\n      completion\n      doneAt\n      reflection\n      countsAutomatically\n      serves\n    }\n  }\n": typeof types.LearningPlanFieldsFragmentDoc,
    "\n  query LearningPlan($personId: ID) {\n    learningPlan(personId: $personId) {\n      ...LearningPlanFields\n    }\n  }\n": typeof types.LearningPlanDocument,
    "\n  query PublicLearningPlan($input: RateCompetenciesInput!) {\n    publicLearningPlan(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": typeof types.PublicLearningPlanDocument,
    "\n  mutation MarkResourceDone($input: MarkResourceDoneInput!) {\n    markResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": typeof types.MarkResourceDoneDocument,
    "\n  mutation UnmarkResourceDone($input: UnmarkResourceDoneInput!) {\n    unmarkResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": typeof types.UnmarkResourceDoneDocument,
    "\n  query TeamLearningPlans($first: Int, $after: String) {\n    teamLearningPlans(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          name\n          jobTitle\n          ratedCount\n          gapCount\n          resourceCount\n          doneCount\n        }\n      }\n    }\n  }\n": typeof types.TeamLearningPlansDocument,
    "\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n": typeof types.LearningCatalogueDocument,
    "\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.LearningModulePageDocument,
    "\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n": typeof types.LessonAttemptFieldsFragmentDoc,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n        linkedHtml\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        startScene {\n          id\n          title\n        }\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n": typeof types.LessonPageDocument,
    "\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n": typeof types.StartLessonDocument,
    "\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n": typeof types.RestartLessonDocument,
    "\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": typeof types.ChooseScenarioOptionDocument,
    "\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": typeof types.CompleteArticleDocument,
    "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": typeof types.SubmitKnowledgeCheckDocument,
    "\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n": typeof types.ScenarioChoiceStatsDocument,
    "\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        pdfUrl\n      }\n      coursesAttended {\n        sessionId\n        courseTitle\n        startsAt\n        status\n        cpdMinutes\n        evaluated\n        canEvaluate\n        certificate {\n          id\n          code\n          pdfUrl\n        }\n      }\n    }\n  }\n": typeof types.MyLearningDocument,
    "\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n": typeof types.CertificatePageDocument,
    "\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n": typeof types.CertificateModuleDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n": typeof types.VerifyCertificateDocument,
    "\n  fragment FaqCard on Faq {\n    id\n    slug\n    question\n    answerHtml\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    viewerVote\n    helpfulCounts {\n      yes\n      no\n    }\n    viewerCan {\n      edit\n      submit\n      returnToDraft\n      publish\n      archive\n      seeHistory\n    }\n  }\n": typeof types.FaqCardFragmentDoc,
    "\n  query FaqCategories {\n    faqCategories {\n      id\n      name\n      description\n      position\n    }\n  }\n": typeof types.FaqCategoriesDocument,
    "\n  query Faqs($first: Int, $after: String, $filter: FaqFilterInput) {\n    faqs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FaqCard\n        }\n      }\n    }\n  }\n": typeof types.FaqsDocument,
    "\n  query Faq($idOrSlug: String!) {\n    faq(idOrSlug: $idOrSlug) {\n      ...FaqCard\n    }\n  }\n": typeof types.FaqDocument,
    "\n  mutation VoteFaq($input: VoteFaqInput!) {\n    voteFaq(input: $input) {\n      id\n      viewerVote\n      helpfulCounts {\n        yes\n        no\n      }\n    }\n  }\n": typeof types.VoteFaqDocument,
    "\n  mutation CreateFaq($input: FaqInput!) {\n    createFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n": typeof types.CreateFaqDocument,
    "\n  mutation UpdateFaq($input: UpdateFaqInput!) {\n    updateFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n": typeof types.UpdateFaqDocument,
    "\n  mutation CreateFaqCategory($input: FaqCategoryInput!) {\n    createFaqCategory(input: $input) {\n      id\n      name\n      description\n      position\n    }\n  }\n": typeof types.CreateFaqCategoryDocument,
    "\n  mutation DeleteFaqCategory($input: FaqCategoryIdInput!) {\n    deleteFaqCategory(input: $input)\n  }\n": typeof types.DeleteFaqCategoryDocument,
    "\n  query FaqRevisions($idOrSlug: String!, $first: Int) {\n    faq(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": typeof types.FaqRevisionsDocument,
    "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    slug\n    term\n    letter\n    definition\n    category\n    status\n    audience\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n    }\n    translations {\n      languageCode\n      languageName\n      text\n      pronunciation\n      direction\n      audioUrl\n    }\n  }\n": typeof types.GlossaryTermFieldsFragmentDoc,
    "\n  query GlossaryPage($filter: GlossaryTermsFilter, $first: Int, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLetters\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n": typeof types.GlossaryPageDocument,
    "\n  query GlossaryTermPage($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.GlossaryTermPageDocument,
    "\n  query GlossaryCard($filter: GlossaryTermsFilter, $first: Int) {\n    glossaryTerms(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n": typeof types.GlossaryCardDocument,
    "\n  mutation CreateGlossaryTerm($input: GlossaryTermInput!) {\n    createGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.CreateGlossaryTermDocument,
    "\n  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {\n    updateGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": typeof types.UpdateGlossaryTermDocument,
    "\n  mutation DeleteGlossaryTerm($input: DeleteGlossaryTermInput!) {\n    deleteGlossaryTerm(input: $input)\n  }\n": typeof types.DeleteGlossaryTermDocument,
    "\n  query GlossaryLinking($contentKind: LinkableContentKind!, $contentId: ID!) {\n    glossaryLinking(contentKind: $contentKind, contentId: $contentId)\n  }\n": typeof types.GlossaryLinkingDocument,
    "\n  mutation SetGlossaryLinking($input: SetGlossaryLinkingInput!) {\n    setGlossaryLinking(input: $input)\n  }\n": typeof types.SetGlossaryLinkingDocument,
    "\n  mutation PublishGlossaryTerm($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.PublishGlossaryTermDocument,
    "\n  mutation ArchiveGlossaryTerm($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveGlossaryTermDocument,
    "\n  fragment MythCard on Myth {\n    id\n    slug\n    claim\n    verdict\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    reviewedAt\n    reviewDue\n    heardIn {\n      postId\n      href\n      reportedAt\n      reportedBy {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MythCardFragmentDoc,
    "\n  query Myths($first: Int, $after: String, $filter: MythFilterInput) {\n    myths(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MythCard\n        }\n      }\n    }\n  }\n": typeof types.MythsDocument,
    "\n  query Myth($idOrSlug: String!) {\n    myth(idOrSlug: $idOrSlug) {\n      ...MythCard\n      factsHtml\n      claimReviewJsonLd\n      evidence {\n        title\n        publisher\n        url\n        publishedOn\n      }\n      relatedTerms {\n        id\n        slug\n        term\n      }\n      relatedFaqs {\n        id\n        slug\n        question\n      }\n      reviewer {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": typeof types.MythDocument,
    "\n  mutation CreateMyth($input: MythInput!) {\n    createMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n": typeof types.CreateMythDocument,
    "\n  mutation UpdateMyth($input: UpdateMythInput!) {\n    updateMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n": typeof types.UpdateMythDocument,
    "\n  mutation RecordMythReview($input: ContentItemIdInput!) {\n    recordMythReview(input: $input) {\n      id\n      reviewedAt\n      reviewDue\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RecordMythReviewDocument,
    "\n  query MythSettings {\n    mythSettings {\n      reviewAfterMonths\n    }\n  }\n": typeof types.MythSettingsDocument,
    "\n  mutation UpdateMythSettings($input: MythSettingsInput!) {\n    updateMythSettings(input: $input) {\n      reviewAfterMonths\n    }\n  }\n": typeof types.UpdateMythSettingsDocument,
    "\n  mutation ReportRumour($input: ReportRumourInput!) {\n    reportRumour(input: $input) {\n      id\n      heard\n    }\n  }\n": typeof types.ReportRumourDocument,
    "\n  query MythLinkChoices {\n    glossaryTerms(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          term\n        }\n      }\n    }\n    faqs(first: 100) {\n      edges {\n        node {\n          id\n          question\n        }\n      }\n    }\n  }\n": typeof types.MythLinkChoicesDocument,
    "\n  query MythRevisions($idOrSlug: String!, $first: Int) {\n    myth(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": typeof types.MythRevisionsDocument,
    "\n  fragment BlogPostCard on BlogPost {\n    id\n    slug\n    title\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    readingMinutes\n    tags\n    featured\n    author {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.BlogPostCardFragmentDoc,
    "\n  query BlogPosts($first: Int, $after: String, $filter: BlogPostFilterInput) {\n    blogPosts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BlogPostCard\n        }\n      }\n    }\n  }\n": typeof types.BlogPostsDocument,
    "\n  query BlogPost($idOrSlug: String!) {\n    blogPost(idOrSlug: $idOrSlug) {\n      ...BlogPostCard\n      bodyHtml\n      linkedBodyHtml\n      cover {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": typeof types.BlogPostDocument,
    "\n  fragment RevisionHistoryFields on ContentRevisionConnection {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        event\n        status\n        title\n        bodyHtml\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.RevisionHistoryFieldsFragmentDoc,
    "\n  query BlogPostRevisions($idOrSlug: String!, $first: Int) {\n    blogPost(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": typeof types.BlogPostRevisionsDocument,
    "\n  mutation CreateBlogPost($input: BlogPostInput!) {\n    createBlogPost(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": typeof types.CreateBlogPostDocument,
    "\n  mutation UpdateBlogPost($input: UpdateBlogPostInput!) {\n    updateBlogPost(input: $input) {\n      id\n      slug\n      status\n      bodyHtml\n    }\n  }\n": typeof types.UpdateBlogPostDocument,
    "\n  mutation SubmitContentItem($input: ContentItemIdInput!) {\n    submitContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.SubmitContentItemDocument,
    "\n  mutation ReturnContentItemToDraft($input: ContentItemIdInput!) {\n    returnContentItemToDraft(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ReturnContentItemToDraftDocument,
    "\n  mutation PublishContentItem($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n      publishAt\n      publishedAt\n    }\n  }\n": typeof types.PublishContentItemDocument,
    "\n  mutation ArchiveContentItem($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ArchiveContentItemDocument,
    "\n  query ContentItemThread($contentItemId: ID!) {\n    contentItemThread(contentItemId: $contentItemId) {\n      ...ThreadFields\n    }\n  }\n": typeof types.ContentItemThreadDocument,
    "\n  query PodcastShows($first: Int, $after: String) {\n    podcastShows(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          description\n          audience\n          artwork {\n            url\n            alt\n          }\n        }\n      }\n    }\n  }\n": typeof types.PodcastShowsDocument,
    "\n  query PodcastShow($idOrSlug: String!, $after: String) {\n    podcastShow(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      description\n      audience\n      feedUrl\n      artwork {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        privateFeed\n      }\n      privateFeed {\n        createdAt\n      }\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            status\n            publishedAt\n            publishAt\n            voices {\n              name\n              role\n            }\n            audio {\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.PodcastShowDocument,
    "\n  query PodcastEpisode($idOrSlug: String!) {\n    podcastEpisode(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      summary\n      notesHtml\n      status\n      audience\n      publishAt\n      publishedAt\n      explicit\n      transcriptVtt\n      transcriptUrl\n      voices {\n        name\n        role\n      }\n      chapters {\n        startSeconds\n        title\n      }\n      audio {\n        mediaId\n        url\n        mime\n        size\n        durationSeconds\n      }\n      show {\n        id\n        slug\n        title\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": typeof types.PodcastEpisodeDocument,
    "\n  mutation CreatePodcastShow($input: PodcastShowInput!) {\n    createPodcastShow(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreatePodcastShowDocument,
    "\n  mutation CreatePodcastEpisode($input: CreatePodcastEpisodeInput!) {\n    createPodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.CreatePodcastEpisodeDocument,
    "\n  mutation UpdatePodcastEpisode($input: UpdatePodcastEpisodeInput!) {\n    updatePodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n": typeof types.UpdatePodcastEpisodeDocument,
    "\n  mutation CreatePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    createPrivatePodcastFeed(input: $input) {\n      url\n      createdAt\n    }\n  }\n": typeof types.CreatePrivatePodcastFeedDocument,
    "\n  mutation RevokePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    revokePrivatePodcastFeed(input: $input)\n  }\n": typeof types.RevokePrivatePodcastFeedDocument,
    "\n  mutation UpdatePodcastShow($input: UpdatePodcastShowInput!) {\n    updatePodcastShow(input: $input) {\n      id\n      slug\n      title\n      description\n      audience\n      artwork {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": typeof types.UpdatePodcastShowDocument,
    "\n  fragment PostModerationFields on Post {\n    moderation {\n      state\n      viewerCanFlag\n      viewerHasFlagged\n      viewerCanModerate\n      openFlagCount\n    }\n  }\n": typeof types.PostModerationFieldsFragmentDoc,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": typeof types.FlagPostDocument,
    "\n  mutation HidePost($input: ModeratePostInput!) {\n    hidePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": typeof types.HidePostDocument,
    "\n  mutation RestorePost($input: ModeratePostInput!) {\n    restorePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": typeof types.RestorePostDocument,
    "\n  mutation RevealPostAuthor($input: ModeratePostInput!) {\n    revealPostAuthor(input: $input) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.RevealPostAuthorDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          queuedAt\n          excerpt\n          flagCount\n          flags {\n            id\n            reason\n            automatic\n            createdAt\n            flagger {\n              id\n              name\n            }\n          }\n          post {\n            id\n            body\n            deleted\n            anonymous\n            createdAt\n            ...PostModerationFields\n          }\n          author {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n          thread {\n            id\n            title\n            lessonId\n            category {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationQueueDocument,
    "\n  query ThreadModeration($id: ID!) {\n    discussionThread(id: $id) {\n      id\n      title\n      locked\n      pinned\n      categoryId\n      lessonId\n      viewerCanModerate\n    }\n    forumCategories {\n      id\n      title\n    }\n  }\n": typeof types.ThreadModerationDocument,
    "\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n      viewerCan {\n        reply\n      }\n    }\n  }\n": typeof types.LockThreadDocument,
    "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": typeof types.PinThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      categoryId\n    }\n  }\n": typeof types.MoveThreadDocument,
    "\n  query ModerationAuditLog($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {\n    moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          detail\n          postId\n          threadId\n          moderator {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.ModerationAuditLogDocument,
    "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": typeof types.WatchedWordsDocument,
    "\n  mutation AddWatchedWord($input: AddWatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n    }\n  }\n": typeof types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {\n    removeWatchedWord(input: $input) {\n      id\n    }\n  }\n": typeof types.RemoveWatchedWordDocument,
    "\n  query ActiveSuspensions($first: Int, $after: String) {\n    activeSuspensions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          startsAt\n          endsAt\n          person {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ActiveSuspensionsDocument,
    "\n  mutation SuspendPerson($input: SuspendPersonInput!) {\n    suspendPerson(input: $input) {\n      id\n      endsAt\n    }\n  }\n": typeof types.SuspendPersonDocument,
    "\n  mutation LiftSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n    }\n  }\n": typeof types.LiftSuspensionDocument,
    "\n  query ModerationSettings {\n    moderationSettings {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n": typeof types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n": typeof types.UpdateModerationSettingsDocument,
    "\n  query CategoryModerators($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n    }\n    categoryModerators(categoryId: $categoryId) {\n      id\n      name\n      jobTitle\n    }\n    people(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          name\n          jobTitle\n        }\n      }\n    }\n  }\n": typeof types.CategoryModeratorsDocument,
    "\n  mutation AssignCategoryModerator($input: AssignCategoryModeratorInput!) {\n    assignCategoryModerator(input: $input)\n  }\n": typeof types.AssignCategoryModeratorDocument,
    "\n  query ModeratedCategories {\n    forumCategories {\n      id\n      title\n      description\n    }\n  }\n": typeof types.ModeratedCategoriesDocument,
    "\n  query PersonToSuspend($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n    }\n  }\n": typeof types.PersonToSuspendDocument,
    "\n  query NotificationCount {\n    notificationCount {\n      unread\n    }\n  }\n": typeof types.NotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notificationCount {\n      unread\n    }\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          postSeq\n          reaction\n          moderationAction\n          reason\n          createdAt\n          readAt\n          actor {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n          lesson {\n            id\n            moduleSlug\n          }\n        }\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unread\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      emailDigest\n    }\n  }\n": typeof types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailDigest\n    }\n  }\n": typeof types.UpdateNotificationSettingsDocument,
    "\n  mutation FollowThread($input: FollowThreadInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n": typeof types.FollowThreadDocument,
    "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n": typeof types.FollowCategoryDocument,
    "\n  mutation MarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      id\n      viewerLastReadSeq\n      viewerUnreadCount\n    }\n  }\n": typeof types.MarkThreadReadDocument,
    "\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n": typeof types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts {\n        kind\n        count\n      }\n      countsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          snippet\n          slug\n          threadId\n          postSeq\n          homeId\n          homeKind\n          publishedAt\n        }\n      }\n    }\n  }\n": typeof types.SearchDocument,
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
    "\n  query AdminBackgroundJobs($first: Int, $after: String, $state: JobState) {\n    backgroundJobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          queue\n          state\n          attempts\n          createdAt\n          startAfter\n          completedAt\n          lastError\n        }\n      }\n    }\n    backgroundJobCounts {\n      created\n      retry\n      active\n      completed\n      cancelled\n      failed\n    }\n  }\n": types.AdminBackgroundJobsDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n": types.SignUpDocument,
    "\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n": types.InvitationPreviewDocument,
    "\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
    "\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n": types.AuthoringModulesDocument,
    "\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n": types.AuthoringModuleDocument,
    "\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": types.CreateLearningModuleDocument,
    "\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": types.UpdateLearningModuleDocument,
    "\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SubmitLearningModuleForReviewDocument,
    "\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.PublishLearningModuleDocument,
    "\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.ArchiveLearningModuleDocument,
    "\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n": types.ReorderLessonsDocument,
    "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n": types.CreateLessonDocument,
    "\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n": types.AuthoringLessonDocument,
    "\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n": types.AuthoringLessonModuleDocument,
    "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n": types.UpdateLessonDocument,
    "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n": types.SaveLessonDraftDocument,
    "\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n": types.SubmitLessonForReviewDocument,
    "\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n": types.PublishLessonDocument,
    "\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n": types.ArchiveLessonDocument,
    "\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.LessonRevisionsDocument,
    "\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n": types.ScenarioReportDocument,
    "\n  query SessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      trainer\n      opensAt\n      lines {\n        applicationId\n        personName\n        organisationName\n        status\n        markedAt\n      }\n    }\n  }\n": types.SessionRegisterDocument,
    "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      sessionId\n      lines {\n        applicationId\n        status\n        markedAt\n      }\n    }\n  }\n": types.MarkAttendanceDocument,
    "\n  fragment CourseAttendanceRecordFields on CourseAttendanceRecord {\n    sessionId\n    courseTitle\n    startsAt\n    endsAt\n    venue\n    status\n    cpdMinutes\n    evaluated\n    canEvaluate\n    certificate {\n      id\n      code\n      title\n      pdfUrl\n      verificationUrl\n    }\n  }\n": types.CourseAttendanceRecordFieldsFragmentDoc,
    "\n  query MyCourseAttendance($sessionId: ID!) {\n    myCourseAttendance(sessionId: $sessionId) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n": types.MyCourseAttendanceDocument,
    "\n  mutation SubmitCourseEvaluation($input: SubmitCourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n": types.SubmitCourseEvaluationDocument,
    "\n  query RegistersToMark {\n    registersToMark {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n    }\n  }\n": types.RegistersToMarkDocument,
    "\n  mutation AcceptCourseOffer($input: OfferAnswerInput!) {\n    acceptCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": types.AcceptCourseOfferDocument,
    "\n  mutation DeclineCourseOffer($input: OfferAnswerInput!) {\n    declineCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": types.DeclineCourseOfferDocument,
    "\n  mutation NameSubstitute($input: NameSubstituteInput!) {\n    nameSubstitute(input: $input) {\n      id\n      applicantName\n    }\n  }\n": types.NameSubstituteDocument,
    "\n  query ManagerApprovalRequest($token: String!) {\n    managerApprovalRequest(token: $token) {\n      applicantName\n      organisationName\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      locality\n    }\n  }\n": types.ManagerApprovalRequestDocument,
    "\n  mutation DecideManagerApproval($input: ManagerDecisionInput!) {\n    decideManagerApproval(input: $input) {\n      approved\n      status\n    }\n  }\n": types.DecideManagerApprovalDocument,
    "\n  mutation CancelCourseSession($input: CancelSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n    }\n  }\n": types.CancelCourseSessionDocument,
    "\n  query CourseReminders {\n    notificationSettings {\n      courseReminders\n    }\n  }\n": types.CourseRemindersDocument,
    "\n  mutation UpdateCourseReminders($on: Boolean!) {\n    updateCourseReminders(on: $on)\n  }\n": types.UpdateCourseRemindersDocument,
    "\n  fragment CourseFormFields on Course {\n    id\n    title\n    description\n    outcomes\n    targetGroups\n    trainer\n    requiresManagerApproval\n    competencies {\n      id\n    }\n  }\n": types.CourseFormFieldsFragmentDoc,
    "\n  query ManageCourses($first: Int, $after: String) {\n    programmeCourses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          trainer\n        }\n      }\n    }\n  }\n": types.ManageCoursesDocument,
    "\n  query CourseCompetencyChoices {\n    courseCompetencyChoices {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n": types.CourseCompetencyChoicesDocument,
    "\n  query EditCourse($id: ID!, $first: Int, $after: String) {\n    course(id: $id) {\n      ...CourseFormFields\n    }\n    courseSessions(courseId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          locality\n          capacity\n          placesLeft\n          status\n        }\n      }\n    }\n  }\n": types.EditCourseDocument,
    "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n": types.CreateCourseDocument,
    "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n": types.UpdateCourseDocument,
    "\n  query EditSession($id: ID!) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n      course {\n        id\n        title\n        trainer\n      }\n      viewerCan {\n        manage\n      }\n    }\n  }\n": types.EditSessionDocument,
    "\n  query SessionCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      trainer\n    }\n  }\n": types.SessionCourseDocument,
    "\n  mutation CreateCourseSession($input: CreateSessionInput!) {\n    createCourseSession(input: $input) {\n      id\n    }\n  }\n": types.CreateCourseSessionDocument,
    "\n  mutation UpdateCourseSession($input: UpdateSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n    }\n  }\n": types.UpdateCourseSessionDocument,
    "\n  query CourseCharges($period: ChargePeriodInput!, $first: Int, $after: String) {\n    courseChargesByOrganisation(period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          organisationId\n          organisationName\n          sector\n          places\n          lateCancellations\n          noShows\n          totalPence\n        }\n      }\n    }\n    courseChargeTotals(period: $period) {\n      organisations\n      places\n      lateCancellations\n      noShows\n      totalPence\n    }\n  }\n": types.CourseChargesDocument,
    "\n  query CourseSettings {\n    courseSettings {\n      offerAcceptHours\n    }\n  }\n": types.CourseSettingsDocument,
    "\n  mutation UpdateCourseSettings($input: CourseSettingsInput!) {\n    updateCourseSettings(input: $input) {\n      offerAcceptHours\n    }\n  }\n": types.UpdateCourseSettingsDocument,
    "\n  fragment SessionCardFields on CourseSession {\n    id\n    startsAt\n    endsAt\n    venue\n    locality\n    capacity\n    placesLeft\n    shortlistedAt\n    status\n    course {\n      id\n      title\n      targetGroups\n    }\n  }\n": types.SessionCardFieldsFragmentDoc,
    "\n  query ProgrammePage($filter: ProgrammeFilter, $first: Int, $after: String) {\n    courseProgramme(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SessionCardFields\n        }\n      }\n    }\n    courseLocalities\n  }\n": types.ProgrammePageDocument,
    "\n  fragment CourseApplicationFields on CourseApplication {\n    id\n    sessionId\n    status\n    reason\n    waitingPosition\n    managerName\n    managerEmail\n    locality\n    appliedAt\n    cancelledAt\n    chargeBand\n    chargePence\n    lateCancellation\n    offerExpiresAt\n    substitute\n  }\n": types.CourseApplicationFieldsFragmentDoc,
    "\n  query SessionPage($id: ID!) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      joiningInstructions\n      nation\n      trainer\n      shortlistsOn\n      freeCancellationUntil\n      course {\n        id\n        description\n        outcomes\n        requiresManagerApproval\n      }\n      viewerCan {\n        apply\n        manage\n      }\n    }\n  }\n": types.SessionPageDocument,
    "\n  query MySessionApplication($sessionId: ID!) {\n    myCourseApplication(sessionId: $sessionId) {\n      ...CourseApplicationFields\n    }\n  }\n": types.MySessionApplicationDocument,
    "\n  mutation ApplyForSession($input: ApplyForSessionInput!) {\n    applyForSession(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": types.ApplyForSessionDocument,
    "\n  mutation CancelApplication($input: CancelApplicationInput!) {\n    cancelApplication(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n": types.CancelApplicationDocument,
    "\n  query ManageSession($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      shortlistsOn\n      viewerCan {\n        manage\n      }\n    }\n    sessionApplications(sessionId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          applicantName\n          organisationName\n          sector\n          ...CourseApplicationFields\n        }\n      }\n    }\n  }\n": types.ManageSessionDocument,
    "\n  query ShortlistPreview($sessionId: ID!) {\n    shortlistPreview(sessionId: $sessionId) {\n      applicationId\n      applicantName\n      organisationName\n      sector\n      locality\n      outcome\n      waitingPosition\n      reason\n    }\n  }\n": types.ShortlistPreviewDocument,
    "\n  mutation RunShortlisting($input: RunShortlistingInput!) {\n    runShortlisting(input: $input) {\n      id\n      placesLeft\n      shortlistedAt\n    }\n  }\n": types.RunShortlistingDocument,
    "\n  query ProgrammeStrands {\n    frameworkStrands {\n      id\n      name\n    }\n  }\n": types.ProgrammeStrandsDocument,
    "\n  fragment ColleagueFields on Colleague {\n    id\n    name\n    jobTitle\n    organisation {\n      id\n      name\n    }\n  }\n": types.ColleagueFieldsFragmentDoc,
    "\n  fragment PostFields on Post {\n    id\n    threadId\n    seq\n    body\n    linkedBody\n    anonymous\n    deleted\n    createdAt\n    editedAt\n    sceneId\n    author {\n      ...ColleagueFields\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    ...PostReactionsFields\n    ...QuotedPostFields\n    ...PostModerationFields\n  }\n": types.PostFieldsFragmentDoc,
    "\n  fragment ThreadFields on DiscussionThread {\n    id\n    title\n    anonymous\n    locked\n    pinned\n    tags\n    postCount\n    lastSeq\n    lastActivityAt\n    lessonId\n    category {\n      id\n      title\n      allowsAnonymous\n    }\n    viewerCan {\n      reply\n    }\n    viewerCanModerate\n    viewerFollowLevel\n    viewerLastReadSeq\n    viewerUnreadCount\n  }\n": types.ThreadFieldsFragmentDoc,
    "\n  query ForumCategories {\n    forumCategories {\n      id\n      title\n      description\n      allowsAnonymous\n      restricted\n      threadCount\n    }\n  }\n": types.ForumCategoriesDocument,
    "\n  query ForumCategoryThreads($categoryId: ID!, $first: Int, $after: String, $tag: String) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      description\n      allowsAnonymous\n      viewerFollowLevel\n    }\n    forumThreads(categoryId: $categoryId, first: $first, after: $after, tag: $tag) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n          locked\n          postCount\n          lastActivityAt\n          viewerUnreadCount\n          tags\n        }\n      }\n    }\n  }\n": types.ForumCategoryThreadsDocument,
    "\n  query NewThreadCategory($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      allowsAnonymous\n    }\n  }\n": types.NewThreadCategoryDocument,
    "\n  query DiscussionThread($id: ID!) {\n    discussionThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n": types.DiscussionThreadDocument,
    "\n  query LessonThread($lessonId: ID!) {\n    lessonThread(lessonId: $lessonId) {\n      ...ThreadFields\n    }\n  }\n": types.LessonThreadDocument,
    "\n  query ThreadPosts($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {\n    threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": types.ThreadPostsDocument,
    "\n  query PostsAfterSeq($threadId: ID!, $afterSeq: Int!, $first: Int!) {\n    threadPosts(threadId: $threadId, first: $first, afterSeq: $afterSeq) {\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n": types.PostsAfterSeqDocument,
    "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n": types.CreateForumThreadDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.EditPostDocument,
    "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n": types.DeletePostDocument,
    "\n  fragment PostReactionsFields on Post {\n    viewerCan {\n      react\n    }\n    reactions {\n      reaction\n      label\n      count\n      viewerReacted\n    }\n  }\n": types.PostReactionsFieldsFragmentDoc,
    "\n  fragment QuotedPostFields on Post {\n    quotedPost {\n      id\n      seq\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.QuotedPostFieldsFragmentDoc,
    "\n  mutation SetPostReaction($input: SetPostReactionInput!) {\n    setPostReaction(input: $input) {\n      id\n      reactions {\n        reaction\n        label\n        count\n        viewerReacted\n      }\n    }\n  }\n": types.SetPostReactionDocument,
    "\n  query MentionCandidates($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {\n    mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.MentionCandidatesDocument,
    "\n  query FrameworkAdmin {\n    frameworkStrands {\n      id\n      name\n      description\n      position\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      position\n      profileGroup\n      openToPublic\n    }\n  }\n": types.FrameworkAdminDocument,
    "\n  fragment CompetencyAdminFields on Competency {\n    id\n    statement\n    kind\n    position\n    strandId\n    strandName\n    workforceGroupId\n    workforceGroupName\n    resourceCount\n  }\n": types.CompetencyAdminFieldsFragmentDoc,
    "\n  query FrameworkCompetencyPage($filter: CompetenciesFilter, $first: Int, $after: String) {\n    frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CompetencyAdminFields\n        }\n      }\n    }\n  }\n": types.FrameworkCompetencyPageDocument,
    "\n  query FrameworkCompetency($id: ID!) {\n    frameworkCompetency(id: $id) {\n      ...CompetencyAdminFields\n    }\n  }\n": types.FrameworkCompetencyDocument,
    "\n  fragment ResourceAdminFields on LearningResource {\n    id\n    kind\n    title\n    description\n    url\n    moduleId\n    competencies {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n": types.ResourceAdminFieldsFragmentDoc,
    "\n  query FrameworkResources($filter: ResourcesFilter, $first: Int, $after: String) {\n    frameworkResources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ResourceAdminFields\n        }\n      }\n    }\n  }\n": types.FrameworkResourcesDocument,
    "\n  query FrameworkResource($id: ID!) {\n    frameworkResource(id: $id) {\n      ...ResourceAdminFields\n    }\n  }\n": types.FrameworkResourceDocument,
    "\n  mutation CreateStrand($input: StrandInput!) {\n    createStrand(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateStrandDocument,
    "\n  mutation UpdateStrand($input: UpdateStrandInput!) {\n    updateStrand(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateStrandDocument,
    "\n  mutation DeleteStrand($input: FrameworkIdInput!) {\n    deleteStrand(input: $input)\n  }\n": types.DeleteStrandDocument,
    "\n  mutation CreateWorkforceGroup($input: WorkforceGroupInput!) {\n    createWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateWorkforceGroupDocument,
    "\n  mutation UpdateWorkforceGroup($input: UpdateWorkforceGroupInput!) {\n    updateWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.UpdateWorkforceGroupDocument,
    "\n  mutation DeleteWorkforceGroup($input: FrameworkIdInput!) {\n    deleteWorkforceGroup(input: $input)\n  }\n": types.DeleteWorkforceGroupDocument,
    "\n  mutation CreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n": types.CreateCompetencyDocument,
    "\n  mutation UpdateCompetency($input: UpdateCompetencyInput!) {\n    updateCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n": types.UpdateCompetencyDocument,
    "\n  mutation DeleteCompetency($input: FrameworkIdInput!) {\n    deleteCompetency(input: $input)\n  }\n": types.DeleteCompetencyDocument,
    "\n  mutation CreateLearningResource($input: ResourceInput!) {\n    createLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n": types.CreateLearningResourceDocument,
    "\n  mutation UpdateLearningResource($input: UpdateResourceInput!) {\n    updateLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n": types.UpdateLearningResourceDocument,
    "\n  mutation DeleteLearningResource($input: FrameworkIdInput!) {\n    deleteLearningResource(input: $input)\n  }\n": types.DeleteLearningResourceDocument,
    "\n  query FrameworkModuleChoices {\n    learningModules(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n": types.FrameworkModuleChoicesDocument,
    "\n  query FrameworkTool {\n    frameworkStrands {\n      id\n      name\n      description\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      openToPublic\n      isViewersGroup\n    }\n  }\n": types.FrameworkToolDocument,
    "\n  query FrameworkNeeds($strandId: ID!, $workforceGroupId: ID!) {\n    frameworkStrands {\n      id\n      name\n    }\n    frameworkGroups {\n      id\n      name\n    }\n    frameworkCompetencies(strandId: $strandId, workforceGroupId: $workforceGroupId) {\n      id\n      statement\n      kind\n      viewerConfidence\n    }\n  }\n": types.FrameworkNeedsDocument,
    "\n  mutation RateCompetencies($input: RateCompetenciesInput!) {\n    rateCompetencies(input: $input)\n  }\n": types.RateCompetenciesDocument,
    "\n  fragment LearningPlanFields on LearningPlan {\n    personId\n    personName\n    ratedCount\n    gapCount\n    resourceCount\n    doneCount\n    truncated\n    viewerCanMarkDone\n    gaps {\n      competencyId\n      statement\n      kind\n      strandName\n      workforceGroupName\n      confidence\n    }\n    resources {\n      resourceId\n      kind\n      title\n      description\n      url\n      done\n      completion\n      doneAt\n      reflection\n      countsAutomatically\n      serves\n    }\n  }\n": types.LearningPlanFieldsFragmentDoc,
    "\n  query LearningPlan($personId: ID) {\n    learningPlan(personId: $personId) {\n      ...LearningPlanFields\n    }\n  }\n": types.LearningPlanDocument,
    "\n  query PublicLearningPlan($input: RateCompetenciesInput!) {\n    publicLearningPlan(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": types.PublicLearningPlanDocument,
    "\n  mutation MarkResourceDone($input: MarkResourceDoneInput!) {\n    markResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": types.MarkResourceDoneDocument,
    "\n  mutation UnmarkResourceDone($input: UnmarkResourceDoneInput!) {\n    unmarkResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n": types.UnmarkResourceDoneDocument,
    "\n  query TeamLearningPlans($first: Int, $after: String) {\n    teamLearningPlans(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          name\n          jobTitle\n          ratedCount\n          gapCount\n          resourceCount\n          doneCount\n        }\n      }\n    }\n  }\n": types.TeamLearningPlansDocument,
    "\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n": types.LearningCatalogueDocument,
    "\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.LearningModulePageDocument,
    "\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n": types.LessonAttemptFieldsFragmentDoc,
    "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n        linkedHtml\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        startScene {\n          id\n          title\n        }\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n": types.LessonPageDocument,
    "\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n": types.StartLessonDocument,
    "\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n": types.RestartLessonDocument,
    "\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": types.ChooseScenarioOptionDocument,
    "\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": types.CompleteArticleDocument,
    "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n": types.SubmitKnowledgeCheckDocument,
    "\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n": types.ScenarioChoiceStatsDocument,
    "\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        pdfUrl\n      }\n      coursesAttended {\n        sessionId\n        courseTitle\n        startsAt\n        status\n        cpdMinutes\n        evaluated\n        canEvaluate\n        certificate {\n          id\n          code\n          pdfUrl\n        }\n      }\n    }\n  }\n": types.MyLearningDocument,
    "\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n": types.CertificatePageDocument,
    "\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n": types.CertificateModuleDocument,
    "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n": types.VerifyCertificateDocument,
    "\n  fragment FaqCard on Faq {\n    id\n    slug\n    question\n    answerHtml\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    viewerVote\n    helpfulCounts {\n      yes\n      no\n    }\n    viewerCan {\n      edit\n      submit\n      returnToDraft\n      publish\n      archive\n      seeHistory\n    }\n  }\n": types.FaqCardFragmentDoc,
    "\n  query FaqCategories {\n    faqCategories {\n      id\n      name\n      description\n      position\n    }\n  }\n": types.FaqCategoriesDocument,
    "\n  query Faqs($first: Int, $after: String, $filter: FaqFilterInput) {\n    faqs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FaqCard\n        }\n      }\n    }\n  }\n": types.FaqsDocument,
    "\n  query Faq($idOrSlug: String!) {\n    faq(idOrSlug: $idOrSlug) {\n      ...FaqCard\n    }\n  }\n": types.FaqDocument,
    "\n  mutation VoteFaq($input: VoteFaqInput!) {\n    voteFaq(input: $input) {\n      id\n      viewerVote\n      helpfulCounts {\n        yes\n        no\n      }\n    }\n  }\n": types.VoteFaqDocument,
    "\n  mutation CreateFaq($input: FaqInput!) {\n    createFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n": types.CreateFaqDocument,
    "\n  mutation UpdateFaq($input: UpdateFaqInput!) {\n    updateFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n": types.UpdateFaqDocument,
    "\n  mutation CreateFaqCategory($input: FaqCategoryInput!) {\n    createFaqCategory(input: $input) {\n      id\n      name\n      description\n      position\n    }\n  }\n": types.CreateFaqCategoryDocument,
    "\n  mutation DeleteFaqCategory($input: FaqCategoryIdInput!) {\n    deleteFaqCategory(input: $input)\n  }\n": types.DeleteFaqCategoryDocument,
    "\n  query FaqRevisions($idOrSlug: String!, $first: Int) {\n    faq(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": types.FaqRevisionsDocument,
    "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    slug\n    term\n    letter\n    definition\n    category\n    status\n    audience\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n    }\n    translations {\n      languageCode\n      languageName\n      text\n      pronunciation\n      direction\n      audioUrl\n    }\n  }\n": types.GlossaryTermFieldsFragmentDoc,
    "\n  query GlossaryPage($filter: GlossaryTermsFilter, $first: Int, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLetters\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n": types.GlossaryPageDocument,
    "\n  query GlossaryTermPage($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      ...GlossaryTermFields\n    }\n  }\n": types.GlossaryTermPageDocument,
    "\n  query GlossaryCard($filter: GlossaryTermsFilter, $first: Int) {\n    glossaryTerms(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n": types.GlossaryCardDocument,
    "\n  mutation CreateGlossaryTerm($input: GlossaryTermInput!) {\n    createGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": types.CreateGlossaryTermDocument,
    "\n  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {\n    updateGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n": types.UpdateGlossaryTermDocument,
    "\n  mutation DeleteGlossaryTerm($input: DeleteGlossaryTermInput!) {\n    deleteGlossaryTerm(input: $input)\n  }\n": types.DeleteGlossaryTermDocument,
    "\n  query GlossaryLinking($contentKind: LinkableContentKind!, $contentId: ID!) {\n    glossaryLinking(contentKind: $contentKind, contentId: $contentId)\n  }\n": types.GlossaryLinkingDocument,
    "\n  mutation SetGlossaryLinking($input: SetGlossaryLinkingInput!) {\n    setGlossaryLinking(input: $input)\n  }\n": types.SetGlossaryLinkingDocument,
    "\n  mutation PublishGlossaryTerm($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.PublishGlossaryTermDocument,
    "\n  mutation ArchiveGlossaryTerm($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.ArchiveGlossaryTermDocument,
    "\n  fragment MythCard on Myth {\n    id\n    slug\n    claim\n    verdict\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    reviewedAt\n    reviewDue\n    heardIn {\n      postId\n      href\n      reportedAt\n      reportedBy {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MythCardFragmentDoc,
    "\n  query Myths($first: Int, $after: String, $filter: MythFilterInput) {\n    myths(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MythCard\n        }\n      }\n    }\n  }\n": types.MythsDocument,
    "\n  query Myth($idOrSlug: String!) {\n    myth(idOrSlug: $idOrSlug) {\n      ...MythCard\n      factsHtml\n      claimReviewJsonLd\n      evidence {\n        title\n        publisher\n        url\n        publishedOn\n      }\n      relatedTerms {\n        id\n        slug\n        term\n      }\n      relatedFaqs {\n        id\n        slug\n        question\n      }\n      reviewer {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": types.MythDocument,
    "\n  mutation CreateMyth($input: MythInput!) {\n    createMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n": types.CreateMythDocument,
    "\n  mutation UpdateMyth($input: UpdateMythInput!) {\n    updateMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n": types.UpdateMythDocument,
    "\n  mutation RecordMythReview($input: ContentItemIdInput!) {\n    recordMythReview(input: $input) {\n      id\n      reviewedAt\n      reviewDue\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n": types.RecordMythReviewDocument,
    "\n  query MythSettings {\n    mythSettings {\n      reviewAfterMonths\n    }\n  }\n": types.MythSettingsDocument,
    "\n  mutation UpdateMythSettings($input: MythSettingsInput!) {\n    updateMythSettings(input: $input) {\n      reviewAfterMonths\n    }\n  }\n": types.UpdateMythSettingsDocument,
    "\n  mutation ReportRumour($input: ReportRumourInput!) {\n    reportRumour(input: $input) {\n      id\n      heard\n    }\n  }\n": types.ReportRumourDocument,
    "\n  query MythLinkChoices {\n    glossaryTerms(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          term\n        }\n      }\n    }\n    faqs(first: 100) {\n      edges {\n        node {\n          id\n          question\n        }\n      }\n    }\n  }\n": types.MythLinkChoicesDocument,
    "\n  query MythRevisions($idOrSlug: String!, $first: Int) {\n    myth(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": types.MythRevisionsDocument,
    "\n  fragment BlogPostCard on BlogPost {\n    id\n    slug\n    title\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    readingMinutes\n    tags\n    featured\n    author {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.BlogPostCardFragmentDoc,
    "\n  query BlogPosts($first: Int, $after: String, $filter: BlogPostFilterInput) {\n    blogPosts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BlogPostCard\n        }\n      }\n    }\n  }\n": types.BlogPostsDocument,
    "\n  query BlogPost($idOrSlug: String!) {\n    blogPost(idOrSlug: $idOrSlug) {\n      ...BlogPostCard\n      bodyHtml\n      linkedBodyHtml\n      cover {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": types.BlogPostDocument,
    "\n  fragment RevisionHistoryFields on ContentRevisionConnection {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        event\n        status\n        title\n        bodyHtml\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.RevisionHistoryFieldsFragmentDoc,
    "\n  query BlogPostRevisions($idOrSlug: String!, $first: Int) {\n    blogPost(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n": types.BlogPostRevisionsDocument,
    "\n  mutation CreateBlogPost($input: BlogPostInput!) {\n    createBlogPost(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n": types.CreateBlogPostDocument,
    "\n  mutation UpdateBlogPost($input: UpdateBlogPostInput!) {\n    updateBlogPost(input: $input) {\n      id\n      slug\n      status\n      bodyHtml\n    }\n  }\n": types.UpdateBlogPostDocument,
    "\n  mutation SubmitContentItem($input: ContentItemIdInput!) {\n    submitContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.SubmitContentItemDocument,
    "\n  mutation ReturnContentItemToDraft($input: ContentItemIdInput!) {\n    returnContentItemToDraft(input: $input) {\n      id\n      status\n    }\n  }\n": types.ReturnContentItemToDraftDocument,
    "\n  mutation PublishContentItem($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n      publishAt\n      publishedAt\n    }\n  }\n": types.PublishContentItemDocument,
    "\n  mutation ArchiveContentItem($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n": types.ArchiveContentItemDocument,
    "\n  query ContentItemThread($contentItemId: ID!) {\n    contentItemThread(contentItemId: $contentItemId) {\n      ...ThreadFields\n    }\n  }\n": types.ContentItemThreadDocument,
    "\n  query PodcastShows($first: Int, $after: String) {\n    podcastShows(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          description\n          audience\n          artwork {\n            url\n            alt\n          }\n        }\n      }\n    }\n  }\n": types.PodcastShowsDocument,
    "\n  query PodcastShow($idOrSlug: String!, $after: String) {\n    podcastShow(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      description\n      audience\n      feedUrl\n      artwork {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        privateFeed\n      }\n      privateFeed {\n        createdAt\n      }\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            status\n            publishedAt\n            publishAt\n            voices {\n              name\n              role\n            }\n            audio {\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n": types.PodcastShowDocument,
    "\n  query PodcastEpisode($idOrSlug: String!) {\n    podcastEpisode(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      summary\n      notesHtml\n      status\n      audience\n      publishAt\n      publishedAt\n      explicit\n      transcriptVtt\n      transcriptUrl\n      voices {\n        name\n        role\n      }\n      chapters {\n        startSeconds\n        title\n      }\n      audio {\n        mediaId\n        url\n        mime\n        size\n        durationSeconds\n      }\n      show {\n        id\n        slug\n        title\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n": types.PodcastEpisodeDocument,
    "\n  mutation CreatePodcastShow($input: PodcastShowInput!) {\n    createPodcastShow(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreatePodcastShowDocument,
    "\n  mutation CreatePodcastEpisode($input: CreatePodcastEpisodeInput!) {\n    createPodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n": types.CreatePodcastEpisodeDocument,
    "\n  mutation UpdatePodcastEpisode($input: UpdatePodcastEpisodeInput!) {\n    updatePodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n": types.UpdatePodcastEpisodeDocument,
    "\n  mutation CreatePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    createPrivatePodcastFeed(input: $input) {\n      url\n      createdAt\n    }\n  }\n": types.CreatePrivatePodcastFeedDocument,
    "\n  mutation RevokePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    revokePrivatePodcastFeed(input: $input)\n  }\n": types.RevokePrivatePodcastFeedDocument,
    "\n  mutation UpdatePodcastShow($input: UpdatePodcastShowInput!) {\n    updatePodcastShow(input: $input) {\n      id\n      slug\n      title\n      description\n      audience\n      artwork {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n": types.UpdatePodcastShowDocument,
    "\n  fragment PostModerationFields on Post {\n    moderation {\n      state\n      viewerCanFlag\n      viewerHasFlagged\n      viewerCanModerate\n      openFlagCount\n    }\n  }\n": types.PostModerationFieldsFragmentDoc,
    "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": types.FlagPostDocument,
    "\n  mutation HidePost($input: ModeratePostInput!) {\n    hidePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": types.HidePostDocument,
    "\n  mutation RestorePost($input: ModeratePostInput!) {\n    restorePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n": types.RestorePostDocument,
    "\n  mutation RevealPostAuthor($input: ModeratePostInput!) {\n    revealPostAuthor(input: $input) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.RevealPostAuthorDocument,
    "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          queuedAt\n          excerpt\n          flagCount\n          flags {\n            id\n            reason\n            automatic\n            createdAt\n            flagger {\n              id\n              name\n            }\n          }\n          post {\n            id\n            body\n            deleted\n            anonymous\n            createdAt\n            ...PostModerationFields\n          }\n          author {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n          thread {\n            id\n            title\n            lessonId\n            category {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ModerationQueueDocument,
    "\n  query ThreadModeration($id: ID!) {\n    discussionThread(id: $id) {\n      id\n      title\n      locked\n      pinned\n      categoryId\n      lessonId\n      viewerCanModerate\n    }\n    forumCategories {\n      id\n      title\n    }\n  }\n": types.ThreadModerationDocument,
    "\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n      viewerCan {\n        reply\n      }\n    }\n  }\n": types.LockThreadDocument,
    "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n": types.PinThreadDocument,
    "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      categoryId\n    }\n  }\n": types.MoveThreadDocument,
    "\n  query ModerationAuditLog($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {\n    moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          detail\n          postId\n          threadId\n          moderator {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.ModerationAuditLogDocument,
    "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n": types.WatchedWordsDocument,
    "\n  mutation AddWatchedWord($input: AddWatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n    }\n  }\n": types.AddWatchedWordDocument,
    "\n  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {\n    removeWatchedWord(input: $input) {\n      id\n    }\n  }\n": types.RemoveWatchedWordDocument,
    "\n  query ActiveSuspensions($first: Int, $after: String) {\n    activeSuspensions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          startsAt\n          endsAt\n          person {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ActiveSuspensionsDocument,
    "\n  mutation SuspendPerson($input: SuspendPersonInput!) {\n    suspendPerson(input: $input) {\n      id\n      endsAt\n    }\n  }\n": types.SuspendPersonDocument,
    "\n  mutation LiftSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n    }\n  }\n": types.LiftSuspensionDocument,
    "\n  query ModerationSettings {\n    moderationSettings {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n": types.ModerationSettingsDocument,
    "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n": types.UpdateModerationSettingsDocument,
    "\n  query CategoryModerators($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n    }\n    categoryModerators(categoryId: $categoryId) {\n      id\n      name\n      jobTitle\n    }\n    people(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          name\n          jobTitle\n        }\n      }\n    }\n  }\n": types.CategoryModeratorsDocument,
    "\n  mutation AssignCategoryModerator($input: AssignCategoryModeratorInput!) {\n    assignCategoryModerator(input: $input)\n  }\n": types.AssignCategoryModeratorDocument,
    "\n  query ModeratedCategories {\n    forumCategories {\n      id\n      title\n      description\n    }\n  }\n": types.ModeratedCategoriesDocument,
    "\n  query PersonToSuspend($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n    }\n  }\n": types.PersonToSuspendDocument,
    "\n  query NotificationCount {\n    notificationCount {\n      unread\n    }\n  }\n": types.NotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String) {\n    notificationCount {\n      unread\n    }\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          postSeq\n          reaction\n          moderationAction\n          reason\n          createdAt\n          readAt\n          actor {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n          lesson {\n            id\n            moduleSlug\n          }\n        }\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unread\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationSettings {\n    notificationSettings {\n      emailDigest\n    }\n  }\n": types.NotificationSettingsDocument,
    "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailDigest\n    }\n  }\n": types.UpdateNotificationSettingsDocument,
    "\n  mutation FollowThread($input: FollowThreadInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n": types.FollowThreadDocument,
    "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n": types.FollowCategoryDocument,
    "\n  mutation MarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      id\n      viewerLastReadSeq\n      viewerUnreadCount\n    }\n  }\n": types.MarkThreadReadDocument,
    "\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n": types.ProfileDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts {\n        kind\n        count\n      }\n      countsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          snippet\n          slug\n          threadId\n          postSeq\n          homeId\n          homeKind\n          publishedAt\n        }\n      }\n    }\n  }\n": types.SearchDocument,
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
export function graphql(source: "\n  query AdminBackgroundJobs($first: Int, $after: String, $state: JobState) {\n    backgroundJobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          queue\n          state\n          attempts\n          createdAt\n          startAfter\n          completedAt\n          lastError\n        }\n      }\n    }\n    backgroundJobCounts {\n      created\n      retry\n      active\n      completed\n      cancelled\n      failed\n    }\n  }\n"): (typeof documents)["\n  query AdminBackgroundJobs($first: Int, $after: String, $state: JobState) {\n    backgroundJobs(first: $first, after: $after, state: $state) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          queue\n          state\n          attempts\n          createdAt\n          startAfter\n          completedAt\n          lastError\n        }\n      }\n    }\n    backgroundJobCounts {\n      created\n      retry\n      active\n      completed\n      cancelled\n      failed\n    }\n  }\n"];
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
export function graphql(source: "\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      trainer\n      opensAt\n      lines {\n        applicationId\n        personName\n        organisationName\n        status\n        markedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionRegister($sessionId: ID!) {\n    sessionRegister(sessionId: $sessionId) {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      trainer\n      opensAt\n      lines {\n        applicationId\n        personName\n        organisationName\n        status\n        markedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      sessionId\n      lines {\n        applicationId\n        status\n        markedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAttendance($input: MarkAttendanceInput!) {\n    markAttendance(input: $input) {\n      sessionId\n      lines {\n        applicationId\n        status\n        markedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseAttendanceRecordFields on CourseAttendanceRecord {\n    sessionId\n    courseTitle\n    startsAt\n    endsAt\n    venue\n    status\n    cpdMinutes\n    evaluated\n    canEvaluate\n    certificate {\n      id\n      code\n      title\n      pdfUrl\n      verificationUrl\n    }\n  }\n"): (typeof documents)["\n  fragment CourseAttendanceRecordFields on CourseAttendanceRecord {\n    sessionId\n    courseTitle\n    startsAt\n    endsAt\n    venue\n    status\n    cpdMinutes\n    evaluated\n    canEvaluate\n    certificate {\n      id\n      code\n      title\n      pdfUrl\n      verificationUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyCourseAttendance($sessionId: ID!) {\n    myCourseAttendance(sessionId: $sessionId) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n"): (typeof documents)["\n  query MyCourseAttendance($sessionId: ID!) {\n    myCourseAttendance(sessionId: $sessionId) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitCourseEvaluation($input: SubmitCourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitCourseEvaluation($input: SubmitCourseEvaluationInput!) {\n    submitCourseEvaluation(input: $input) {\n      ...CourseAttendanceRecordFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RegistersToMark {\n    registersToMark {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n    }\n  }\n"): (typeof documents)["\n  query RegistersToMark {\n    registersToMark {\n      sessionId\n      courseTitle\n      startsAt\n      endsAt\n      venue\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCourseOffer($input: OfferAnswerInput!) {\n    acceptCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCourseOffer($input: OfferAnswerInput!) {\n    acceptCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeclineCourseOffer($input: OfferAnswerInput!) {\n    declineCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeclineCourseOffer($input: OfferAnswerInput!) {\n    declineCourseOffer(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NameSubstitute($input: NameSubstituteInput!) {\n    nameSubstitute(input: $input) {\n      id\n      applicantName\n    }\n  }\n"): (typeof documents)["\n  mutation NameSubstitute($input: NameSubstituteInput!) {\n    nameSubstitute(input: $input) {\n      id\n      applicantName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManagerApprovalRequest($token: String!) {\n    managerApprovalRequest(token: $token) {\n      applicantName\n      organisationName\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      locality\n    }\n  }\n"): (typeof documents)["\n  query ManagerApprovalRequest($token: String!) {\n    managerApprovalRequest(token: $token) {\n      applicantName\n      organisationName\n      courseTitle\n      startsAt\n      endsAt\n      venue\n      locality\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideManagerApproval($input: ManagerDecisionInput!) {\n    decideManagerApproval(input: $input) {\n      approved\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DecideManagerApproval($input: ManagerDecisionInput!) {\n    decideManagerApproval(input: $input) {\n      approved\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCourseSession($input: CancelSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCourseSession($input: CancelSessionInput!) {\n    cancelCourseSession(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseReminders {\n    notificationSettings {\n      courseReminders\n    }\n  }\n"): (typeof documents)["\n  query CourseReminders {\n    notificationSettings {\n      courseReminders\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourseReminders($on: Boolean!) {\n    updateCourseReminders(on: $on)\n  }\n"): (typeof documents)["\n  mutation UpdateCourseReminders($on: Boolean!) {\n    updateCourseReminders(on: $on)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseFormFields on Course {\n    id\n    title\n    description\n    outcomes\n    targetGroups\n    trainer\n    requiresManagerApproval\n    competencies {\n      id\n    }\n  }\n"): (typeof documents)["\n  fragment CourseFormFields on Course {\n    id\n    title\n    description\n    outcomes\n    targetGroups\n    trainer\n    requiresManagerApproval\n    competencies {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageCourses($first: Int, $after: String) {\n    programmeCourses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          trainer\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageCourses($first: Int, $after: String) {\n    programmeCourses(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          trainer\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCompetencyChoices {\n    courseCompetencyChoices {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n"): (typeof documents)["\n  query CourseCompetencyChoices {\n    courseCompetencyChoices {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditCourse($id: ID!, $first: Int, $after: String) {\n    course(id: $id) {\n      ...CourseFormFields\n    }\n    courseSessions(courseId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          locality\n          capacity\n          placesLeft\n          status\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditCourse($id: ID!, $first: Int, $after: String) {\n    course(id: $id) {\n      ...CourseFormFields\n    }\n    courseSessions(courseId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          startsAt\n          endsAt\n          venue\n          locality\n          capacity\n          placesLeft\n          status\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourse($input: CourseInput!) {\n    createCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourse($input: UpdateCourseInput!) {\n    updateCourse(input: $input) {\n      ...CourseFormFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditSession($id: ID!) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n      course {\n        id\n        title\n        trainer\n      }\n      viewerCan {\n        manage\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditSession($id: ID!) {\n    courseSession(id: $id) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n      course {\n        id\n        title\n        trainer\n      }\n      viewerCan {\n        manage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      trainer\n    }\n  }\n"): (typeof documents)["\n  query SessionCourse($id: ID!) {\n    course(id: $id) {\n      id\n      title\n      trainer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCourseSession($input: CreateSessionInput!) {\n    createCourseSession(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCourseSession($input: CreateSessionInput!) {\n    createCourseSession(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourseSession($input: UpdateSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourseSession($input: UpdateSessionInput!) {\n    updateCourseSession(input: $input) {\n      id\n      startsAt\n      endsAt\n      venue\n      joiningInstructions\n      locality\n      nation\n      capacity\n      placesLeft\n      trainer\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseCharges($period: ChargePeriodInput!, $first: Int, $after: String) {\n    courseChargesByOrganisation(period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          organisationId\n          organisationName\n          sector\n          places\n          lateCancellations\n          noShows\n          totalPence\n        }\n      }\n    }\n    courseChargeTotals(period: $period) {\n      organisations\n      places\n      lateCancellations\n      noShows\n      totalPence\n    }\n  }\n"): (typeof documents)["\n  query CourseCharges($period: ChargePeriodInput!, $first: Int, $after: String) {\n    courseChargesByOrganisation(period: $period, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          organisationId\n          organisationName\n          sector\n          places\n          lateCancellations\n          noShows\n          totalPence\n        }\n      }\n    }\n    courseChargeTotals(period: $period) {\n      organisations\n      places\n      lateCancellations\n      noShows\n      totalPence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CourseSettings {\n    courseSettings {\n      offerAcceptHours\n    }\n  }\n"): (typeof documents)["\n  query CourseSettings {\n    courseSettings {\n      offerAcceptHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCourseSettings($input: CourseSettingsInput!) {\n    updateCourseSettings(input: $input) {\n      offerAcceptHours\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCourseSettings($input: CourseSettingsInput!) {\n    updateCourseSettings(input: $input) {\n      offerAcceptHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionCardFields on CourseSession {\n    id\n    startsAt\n    endsAt\n    venue\n    locality\n    capacity\n    placesLeft\n    shortlistedAt\n    status\n    course {\n      id\n      title\n      targetGroups\n    }\n  }\n"): (typeof documents)["\n  fragment SessionCardFields on CourseSession {\n    id\n    startsAt\n    endsAt\n    venue\n    locality\n    capacity\n    placesLeft\n    shortlistedAt\n    status\n    course {\n      id\n      title\n      targetGroups\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammePage($filter: ProgrammeFilter, $first: Int, $after: String) {\n    courseProgramme(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SessionCardFields\n        }\n      }\n    }\n    courseLocalities\n  }\n"): (typeof documents)["\n  query ProgrammePage($filter: ProgrammeFilter, $first: Int, $after: String) {\n    courseProgramme(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...SessionCardFields\n        }\n      }\n    }\n    courseLocalities\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CourseApplicationFields on CourseApplication {\n    id\n    sessionId\n    status\n    reason\n    waitingPosition\n    managerName\n    managerEmail\n    locality\n    appliedAt\n    cancelledAt\n    chargeBand\n    chargePence\n    lateCancellation\n    offerExpiresAt\n    substitute\n  }\n"): (typeof documents)["\n  fragment CourseApplicationFields on CourseApplication {\n    id\n    sessionId\n    status\n    reason\n    waitingPosition\n    managerName\n    managerEmail\n    locality\n    appliedAt\n    cancelledAt\n    chargeBand\n    chargePence\n    lateCancellation\n    offerExpiresAt\n    substitute\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionPage($id: ID!) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      joiningInstructions\n      nation\n      trainer\n      shortlistsOn\n      freeCancellationUntil\n      course {\n        id\n        description\n        outcomes\n        requiresManagerApproval\n      }\n      viewerCan {\n        apply\n        manage\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionPage($id: ID!) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      joiningInstructions\n      nation\n      trainer\n      shortlistsOn\n      freeCancellationUntil\n      course {\n        id\n        description\n        outcomes\n        requiresManagerApproval\n      }\n      viewerCan {\n        apply\n        manage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySessionApplication($sessionId: ID!) {\n    myCourseApplication(sessionId: $sessionId) {\n      ...CourseApplicationFields\n    }\n  }\n"): (typeof documents)["\n  query MySessionApplication($sessionId: ID!) {\n    myCourseApplication(sessionId: $sessionId) {\n      ...CourseApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyForSession($input: ApplyForSessionInput!) {\n    applyForSession(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyForSession($input: ApplyForSessionInput!) {\n    applyForSession(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelApplication($input: CancelApplicationInput!) {\n    cancelApplication(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelApplication($input: CancelApplicationInput!) {\n    cancelApplication(input: $input) {\n      ...CourseApplicationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ManageSession($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      shortlistsOn\n      viewerCan {\n        manage\n      }\n    }\n    sessionApplications(sessionId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          applicantName\n          organisationName\n          sector\n          ...CourseApplicationFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ManageSession($id: ID!, $first: Int, $after: String) {\n    courseSession(id: $id) {\n      ...SessionCardFields\n      shortlistsOn\n      viewerCan {\n        manage\n      }\n    }\n    sessionApplications(sessionId: $id, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          applicantName\n          organisationName\n          sector\n          ...CourseApplicationFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ShortlistPreview($sessionId: ID!) {\n    shortlistPreview(sessionId: $sessionId) {\n      applicationId\n      applicantName\n      organisationName\n      sector\n      locality\n      outcome\n      waitingPosition\n      reason\n    }\n  }\n"): (typeof documents)["\n  query ShortlistPreview($sessionId: ID!) {\n    shortlistPreview(sessionId: $sessionId) {\n      applicationId\n      applicantName\n      organisationName\n      sector\n      locality\n      outcome\n      waitingPosition\n      reason\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RunShortlisting($input: RunShortlistingInput!) {\n    runShortlisting(input: $input) {\n      id\n      placesLeft\n      shortlistedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RunShortlisting($input: RunShortlistingInput!) {\n    runShortlisting(input: $input) {\n      id\n      placesLeft\n      shortlistedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProgrammeStrands {\n    frameworkStrands {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ProgrammeStrands {\n    frameworkStrands {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ColleagueFields on Colleague {\n    id\n    name\n    jobTitle\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ColleagueFields on Colleague {\n    id\n    name\n    jobTitle\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostFields on Post {\n    id\n    threadId\n    seq\n    body\n    linkedBody\n    anonymous\n    deleted\n    createdAt\n    editedAt\n    sceneId\n    author {\n      ...ColleagueFields\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    ...PostReactionsFields\n    ...QuotedPostFields\n    ...PostModerationFields\n  }\n"): (typeof documents)["\n  fragment PostFields on Post {\n    id\n    threadId\n    seq\n    body\n    linkedBody\n    anonymous\n    deleted\n    createdAt\n    editedAt\n    sceneId\n    author {\n      ...ColleagueFields\n    }\n    viewerCan {\n      edit\n      delete\n    }\n    ...PostReactionsFields\n    ...QuotedPostFields\n    ...PostModerationFields\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ThreadFields on DiscussionThread {\n    id\n    title\n    anonymous\n    locked\n    pinned\n    tags\n    postCount\n    lastSeq\n    lastActivityAt\n    lessonId\n    category {\n      id\n      title\n      allowsAnonymous\n    }\n    viewerCan {\n      reply\n    }\n    viewerCanModerate\n    viewerFollowLevel\n    viewerLastReadSeq\n    viewerUnreadCount\n  }\n"): (typeof documents)["\n  fragment ThreadFields on DiscussionThread {\n    id\n    title\n    anonymous\n    locked\n    pinned\n    tags\n    postCount\n    lastSeq\n    lastActivityAt\n    lessonId\n    category {\n      id\n      title\n      allowsAnonymous\n    }\n    viewerCan {\n      reply\n    }\n    viewerCanModerate\n    viewerFollowLevel\n    viewerLastReadSeq\n    viewerUnreadCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategories {\n    forumCategories {\n      id\n      title\n      description\n      allowsAnonymous\n      restricted\n      threadCount\n    }\n  }\n"): (typeof documents)["\n  query ForumCategories {\n    forumCategories {\n      id\n      title\n      description\n      allowsAnonymous\n      restricted\n      threadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ForumCategoryThreads($categoryId: ID!, $first: Int, $after: String, $tag: String) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      description\n      allowsAnonymous\n      viewerFollowLevel\n    }\n    forumThreads(categoryId: $categoryId, first: $first, after: $after, tag: $tag) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n          locked\n          postCount\n          lastActivityAt\n          viewerUnreadCount\n          tags\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ForumCategoryThreads($categoryId: ID!, $first: Int, $after: String, $tag: String) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      description\n      allowsAnonymous\n      viewerFollowLevel\n    }\n    forumThreads(categoryId: $categoryId, first: $first, after: $after, tag: $tag) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          pinned\n          locked\n          postCount\n          lastActivityAt\n          viewerUnreadCount\n          tags\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NewThreadCategory($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      allowsAnonymous\n    }\n  }\n"): (typeof documents)["\n  query NewThreadCategory($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n      allowsAnonymous\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DiscussionThread($id: ID!) {\n    discussionThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  query DiscussionThread($id: ID!) {\n    discussionThread(id: $id) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonThread($lessonId: ID!) {\n    lessonThread(lessonId: $lessonId) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  query LessonThread($lessonId: ID!) {\n    lessonThread(lessonId: $lessonId) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadPosts($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {\n    threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ThreadPosts($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {\n    threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostsAfterSeq($threadId: ID!, $afterSeq: Int!, $first: Int!) {\n    threadPosts(threadId: $threadId, first: $first, afterSeq: $afterSeq) {\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostsAfterSeq($threadId: ID!, $afterSeq: Int!, $first: Int!) {\n    threadPosts(threadId: $threadId, first: $first, afterSeq: $afterSeq) {\n      edges {\n        node {\n          ...PostFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateForumThread($input: CreateForumThreadInput!) {\n    createForumThread(input: $input) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditPost($input: EditPostInput!) {\n    editPost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($input: PostIdInput!) {\n    deletePost(input: $input) {\n      ...PostFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostReactionsFields on Post {\n    viewerCan {\n      react\n    }\n    reactions {\n      reaction\n      label\n      count\n      viewerReacted\n    }\n  }\n"): (typeof documents)["\n  fragment PostReactionsFields on Post {\n    viewerCan {\n      react\n    }\n    reactions {\n      reaction\n      label\n      count\n      viewerReacted\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuotedPostFields on Post {\n    quotedPost {\n      id\n      seq\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment QuotedPostFields on Post {\n    quotedPost {\n      id\n      seq\n      body\n      deleted\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPostReaction($input: SetPostReactionInput!) {\n    setPostReaction(input: $input) {\n      id\n      reactions {\n        reaction\n        label\n        count\n        viewerReacted\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPostReaction($input: SetPostReactionInput!) {\n    setPostReaction(input: $input) {\n      id\n      reactions {\n        reaction\n        label\n        count\n        viewerReacted\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionCandidates($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {\n    mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionCandidates($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {\n    mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkAdmin {\n    frameworkStrands {\n      id\n      name\n      description\n      position\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      position\n      profileGroup\n      openToPublic\n    }\n  }\n"): (typeof documents)["\n  query FrameworkAdmin {\n    frameworkStrands {\n      id\n      name\n      description\n      position\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      position\n      profileGroup\n      openToPublic\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CompetencyAdminFields on Competency {\n    id\n    statement\n    kind\n    position\n    strandId\n    strandName\n    workforceGroupId\n    workforceGroupName\n    resourceCount\n  }\n"): (typeof documents)["\n  fragment CompetencyAdminFields on Competency {\n    id\n    statement\n    kind\n    position\n    strandId\n    strandName\n    workforceGroupId\n    workforceGroupName\n    resourceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkCompetencyPage($filter: CompetenciesFilter, $first: Int, $after: String) {\n    frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CompetencyAdminFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkCompetencyPage($filter: CompetenciesFilter, $first: Int, $after: String) {\n    frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CompetencyAdminFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkCompetency($id: ID!) {\n    frameworkCompetency(id: $id) {\n      ...CompetencyAdminFields\n    }\n  }\n"): (typeof documents)["\n  query FrameworkCompetency($id: ID!) {\n    frameworkCompetency(id: $id) {\n      ...CompetencyAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ResourceAdminFields on LearningResource {\n    id\n    kind\n    title\n    description\n    url\n    moduleId\n    competencies {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n"): (typeof documents)["\n  fragment ResourceAdminFields on LearningResource {\n    id\n    kind\n    title\n    description\n    url\n    moduleId\n    competencies {\n      id\n      statement\n      strandName\n      workforceGroupName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkResources($filter: ResourcesFilter, $first: Int, $after: String) {\n    frameworkResources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ResourceAdminFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkResources($filter: ResourcesFilter, $first: Int, $after: String) {\n    frameworkResources(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...ResourceAdminFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkResource($id: ID!) {\n    frameworkResource(id: $id) {\n      ...ResourceAdminFields\n    }\n  }\n"): (typeof documents)["\n  query FrameworkResource($id: ID!) {\n    frameworkResource(id: $id) {\n      ...ResourceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrand($input: StrandInput!) {\n    createStrand(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrand($input: StrandInput!) {\n    createStrand(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateStrand($input: UpdateStrandInput!) {\n    updateStrand(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateStrand($input: UpdateStrandInput!) {\n    updateStrand(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStrand($input: FrameworkIdInput!) {\n    deleteStrand(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteStrand($input: FrameworkIdInput!) {\n    deleteStrand(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkforceGroup($input: WorkforceGroupInput!) {\n    createWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkforceGroup($input: WorkforceGroupInput!) {\n    createWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkforceGroup($input: UpdateWorkforceGroupInput!) {\n    updateWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkforceGroup($input: UpdateWorkforceGroupInput!) {\n    updateWorkforceGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkforceGroup($input: FrameworkIdInput!) {\n    deleteWorkforceGroup(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteWorkforceGroup($input: FrameworkIdInput!) {\n    deleteWorkforceGroup(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCompetency($input: CompetencyInput!) {\n    createCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCompetency($input: UpdateCompetencyInput!) {\n    updateCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCompetency($input: UpdateCompetencyInput!) {\n    updateCompetency(input: $input) {\n      ...CompetencyAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCompetency($input: FrameworkIdInput!) {\n    deleteCompetency(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteCompetency($input: FrameworkIdInput!) {\n    deleteCompetency(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateLearningResource($input: ResourceInput!) {\n    createLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateLearningResource($input: ResourceInput!) {\n    createLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateLearningResource($input: UpdateResourceInput!) {\n    updateLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateLearningResource($input: UpdateResourceInput!) {\n    updateLearningResource(input: $input) {\n      ...ResourceAdminFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteLearningResource($input: FrameworkIdInput!) {\n    deleteLearningResource(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteLearningResource($input: FrameworkIdInput!) {\n    deleteLearningResource(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkModuleChoices {\n    learningModules(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query FrameworkModuleChoices {\n    learningModules(first: 100) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkTool {\n    frameworkStrands {\n      id\n      name\n      description\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      openToPublic\n      isViewersGroup\n    }\n  }\n"): (typeof documents)["\n  query FrameworkTool {\n    frameworkStrands {\n      id\n      name\n      description\n    }\n    frameworkGroups {\n      id\n      name\n      description\n      openToPublic\n      isViewersGroup\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FrameworkNeeds($strandId: ID!, $workforceGroupId: ID!) {\n    frameworkStrands {\n      id\n      name\n    }\n    frameworkGroups {\n      id\n      name\n    }\n    frameworkCompetencies(strandId: $strandId, workforceGroupId: $workforceGroupId) {\n      id\n      statement\n      kind\n      viewerConfidence\n    }\n  }\n"): (typeof documents)["\n  query FrameworkNeeds($strandId: ID!, $workforceGroupId: ID!) {\n    frameworkStrands {\n      id\n      name\n    }\n    frameworkGroups {\n      id\n      name\n    }\n    frameworkCompetencies(strandId: $strandId, workforceGroupId: $workforceGroupId) {\n      id\n      statement\n      kind\n      viewerConfidence\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateCompetencies($input: RateCompetenciesInput!) {\n    rateCompetencies(input: $input)\n  }\n"): (typeof documents)["\n  mutation RateCompetencies($input: RateCompetenciesInput!) {\n    rateCompetencies(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LearningPlanFields on LearningPlan {\n    personId\n    personName\n    ratedCount\n    gapCount\n    resourceCount\n    doneCount\n    truncated\n    viewerCanMarkDone\n    gaps {\n      competencyId\n      statement\n      kind\n      strandName\n      workforceGroupName\n      confidence\n    }\n    resources {\n      resourceId\n      kind\n      title\n      description\n      url\n      done\n      completion\n      doneAt\n      reflection\n      countsAutomatically\n      serves\n    }\n  }\n"): (typeof documents)["\n  fragment LearningPlanFields on LearningPlan {\n    personId\n    personName\n    ratedCount\n    gapCount\n    resourceCount\n    doneCount\n    truncated\n    viewerCanMarkDone\n    gaps {\n      competencyId\n      statement\n      kind\n      strandName\n      workforceGroupName\n      confidence\n    }\n    resources {\n      resourceId\n      kind\n      title\n      description\n      url\n      done\n      completion\n      doneAt\n      reflection\n      countsAutomatically\n      serves\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningPlan($personId: ID) {\n    learningPlan(personId: $personId) {\n      ...LearningPlanFields\n    }\n  }\n"): (typeof documents)["\n  query LearningPlan($personId: ID) {\n    learningPlan(personId: $personId) {\n      ...LearningPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicLearningPlan($input: RateCompetenciesInput!) {\n    publicLearningPlan(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"): (typeof documents)["\n  query PublicLearningPlan($input: RateCompetenciesInput!) {\n    publicLearningPlan(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkResourceDone($input: MarkResourceDoneInput!) {\n    markResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkResourceDone($input: MarkResourceDoneInput!) {\n    markResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnmarkResourceDone($input: UnmarkResourceDoneInput!) {\n    unmarkResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnmarkResourceDone($input: UnmarkResourceDoneInput!) {\n    unmarkResourceDone(input: $input) {\n      ...LearningPlanFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamLearningPlans($first: Int, $after: String) {\n    teamLearningPlans(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          name\n          jobTitle\n          ratedCount\n          gapCount\n          resourceCount\n          doneCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamLearningPlans($first: Int, $after: String) {\n    teamLearningPlans(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          personId\n          name\n          jobTitle\n          ratedCount\n          gapCount\n          resourceCount\n          doneCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n"): (typeof documents)["\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n        linkedHtml\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        startScene {\n          id\n          title\n        }\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n        linkedHtml\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        startScene {\n          id\n          title\n        }\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n"): (typeof documents)["\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        pdfUrl\n      }\n      coursesAttended {\n        sessionId\n        courseTitle\n        startsAt\n        status\n        cpdMinutes\n        evaluated\n        canEvaluate\n        certificate {\n          id\n          code\n          pdfUrl\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        pdfUrl\n      }\n      coursesAttended {\n        sessionId\n        courseTitle\n        startsAt\n        status\n        cpdMinutes\n        evaluated\n        canEvaluate\n        certificate {\n          id\n          code\n          pdfUrl\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n"): (typeof documents)["\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        kind\n        moduleId\n        title\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n"): (typeof documents)["\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n"): (typeof documents)["\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      kind\n      title\n      issuedAt\n      heldOn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FaqCard on Faq {\n    id\n    slug\n    question\n    answerHtml\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    viewerVote\n    helpfulCounts {\n      yes\n      no\n    }\n    viewerCan {\n      edit\n      submit\n      returnToDraft\n      publish\n      archive\n      seeHistory\n    }\n  }\n"): (typeof documents)["\n  fragment FaqCard on Faq {\n    id\n    slug\n    question\n    answerHtml\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    category {\n      id\n      name\n    }\n    viewerVote\n    helpfulCounts {\n      yes\n      no\n    }\n    viewerCan {\n      edit\n      submit\n      returnToDraft\n      publish\n      archive\n      seeHistory\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqCategories {\n    faqCategories {\n      id\n      name\n      description\n      position\n    }\n  }\n"): (typeof documents)["\n  query FaqCategories {\n    faqCategories {\n      id\n      name\n      description\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faqs($first: Int, $after: String, $filter: FaqFilterInput) {\n    faqs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FaqCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Faqs($first: Int, $after: String, $filter: FaqFilterInput) {\n    faqs(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...FaqCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Faq($idOrSlug: String!) {\n    faq(idOrSlug: $idOrSlug) {\n      ...FaqCard\n    }\n  }\n"): (typeof documents)["\n  query Faq($idOrSlug: String!) {\n    faq(idOrSlug: $idOrSlug) {\n      ...FaqCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VoteFaq($input: VoteFaqInput!) {\n    voteFaq(input: $input) {\n      id\n      viewerVote\n      helpfulCounts {\n        yes\n        no\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VoteFaq($input: VoteFaqInput!) {\n    voteFaq(input: $input) {\n      id\n      viewerVote\n      helpfulCounts {\n        yes\n        no\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaq($input: FaqInput!) {\n    createFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaq($input: FaqInput!) {\n    createFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFaq($input: UpdateFaqInput!) {\n    updateFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFaq($input: UpdateFaqInput!) {\n    updateFaq(input: $input) {\n      ...FaqCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFaqCategory($input: FaqCategoryInput!) {\n    createFaqCategory(input: $input) {\n      id\n      name\n      description\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFaqCategory($input: FaqCategoryInput!) {\n    createFaqCategory(input: $input) {\n      id\n      name\n      description\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFaqCategory($input: FaqCategoryIdInput!) {\n    deleteFaqCategory(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteFaqCategory($input: FaqCategoryIdInput!) {\n    deleteFaqCategory(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FaqRevisions($idOrSlug: String!, $first: Int) {\n    faq(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FaqRevisions($idOrSlug: String!, $first: Int) {\n    faq(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    slug\n    term\n    letter\n    definition\n    category\n    status\n    audience\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n    }\n    translations {\n      languageCode\n      languageName\n      text\n      pronunciation\n      direction\n      audioUrl\n    }\n  }\n"): (typeof documents)["\n  fragment GlossaryTermFields on GlossaryTerm {\n    id\n    slug\n    term\n    letter\n    definition\n    category\n    status\n    audience\n    updatedAt\n    viewerCan {\n      edit\n      publish\n      archive\n    }\n    translations {\n      languageCode\n      languageName\n      text\n      pronunciation\n      direction\n      audioUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryPage($filter: GlossaryTermsFilter, $first: Int, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLetters\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n"): (typeof documents)["\n  query GlossaryPage($filter: GlossaryTermsFilter, $first: Int, $after: String) {\n    glossaryTerms(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLetters\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryTermPage($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  query GlossaryTermPage($slug: String!) {\n    glossaryTerm(slug: $slug) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryCard($filter: GlossaryTermsFilter, $first: Int) {\n    glossaryTerms(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n"): (typeof documents)["\n  query GlossaryCard($filter: GlossaryTermsFilter, $first: Int) {\n    glossaryTerms(filter: $filter, first: $first) {\n      edges {\n        node {\n          ...GlossaryTermFields\n        }\n      }\n    }\n    glossaryLanguages {\n      code\n      name\n      direction\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGlossaryTerm($input: GlossaryTermInput!) {\n    createGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGlossaryTerm($input: GlossaryTermInput!) {\n    createGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {\n    updateGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {\n    updateGlossaryTerm(input: $input) {\n      ...GlossaryTermFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGlossaryTerm($input: DeleteGlossaryTermInput!) {\n    deleteGlossaryTerm(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteGlossaryTerm($input: DeleteGlossaryTermInput!) {\n    deleteGlossaryTerm(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GlossaryLinking($contentKind: LinkableContentKind!, $contentId: ID!) {\n    glossaryLinking(contentKind: $contentKind, contentId: $contentId)\n  }\n"): (typeof documents)["\n  query GlossaryLinking($contentKind: LinkableContentKind!, $contentId: ID!) {\n    glossaryLinking(contentKind: $contentKind, contentId: $contentId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetGlossaryLinking($input: SetGlossaryLinkingInput!) {\n    setGlossaryLinking(input: $input)\n  }\n"): (typeof documents)["\n  mutation SetGlossaryLinking($input: SetGlossaryLinkingInput!) {\n    setGlossaryLinking(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishGlossaryTerm($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation PublishGlossaryTerm($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGlossaryTerm($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGlossaryTerm($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MythCard on Myth {\n    id\n    slug\n    claim\n    verdict\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    reviewedAt\n    reviewDue\n    heardIn {\n      postId\n      href\n      reportedAt\n      reportedBy {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MythCard on Myth {\n    id\n    slug\n    claim\n    verdict\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    reviewedAt\n    reviewDue\n    heardIn {\n      postId\n      href\n      reportedAt\n      reportedBy {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Myths($first: Int, $after: String, $filter: MythFilterInput) {\n    myths(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MythCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Myths($first: Int, $after: String, $filter: MythFilterInput) {\n    myths(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...MythCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Myth($idOrSlug: String!) {\n    myth(idOrSlug: $idOrSlug) {\n      ...MythCard\n      factsHtml\n      claimReviewJsonLd\n      evidence {\n        title\n        publisher\n        url\n        publishedOn\n      }\n      relatedTerms {\n        id\n        slug\n        term\n      }\n      relatedFaqs {\n        id\n        slug\n        question\n      }\n      reviewer {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"): (typeof documents)["\n  query Myth($idOrSlug: String!) {\n    myth(idOrSlug: $idOrSlug) {\n      ...MythCard\n      factsHtml\n      claimReviewJsonLd\n      evidence {\n        title\n        publisher\n        url\n        publishedOn\n      }\n      relatedTerms {\n        id\n        slug\n        term\n      }\n      relatedFaqs {\n        id\n        slug\n        question\n      }\n      reviewer {\n        id\n        name\n        jobTitle\n        organisation {\n          id\n          name\n        }\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMyth($input: MythInput!) {\n    createMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMyth($input: MythInput!) {\n    createMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyth($input: UpdateMythInput!) {\n    updateMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyth($input: UpdateMythInput!) {\n    updateMyth(input: $input) {\n      id\n      slug\n      factsHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordMythReview($input: ContentItemIdInput!) {\n    recordMythReview(input: $input) {\n      id\n      reviewedAt\n      reviewDue\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordMythReview($input: ContentItemIdInput!) {\n    recordMythReview(input: $input) {\n      id\n      reviewedAt\n      reviewDue\n      reviewer {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MythSettings {\n    mythSettings {\n      reviewAfterMonths\n    }\n  }\n"): (typeof documents)["\n  query MythSettings {\n    mythSettings {\n      reviewAfterMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMythSettings($input: MythSettingsInput!) {\n    updateMythSettings(input: $input) {\n      reviewAfterMonths\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMythSettings($input: MythSettingsInput!) {\n    updateMythSettings(input: $input) {\n      reviewAfterMonths\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportRumour($input: ReportRumourInput!) {\n    reportRumour(input: $input) {\n      id\n      heard\n    }\n  }\n"): (typeof documents)["\n  mutation ReportRumour($input: ReportRumourInput!) {\n    reportRumour(input: $input) {\n      id\n      heard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MythLinkChoices {\n    glossaryTerms(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          term\n        }\n      }\n    }\n    faqs(first: 100) {\n      edges {\n        node {\n          id\n          question\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MythLinkChoices {\n    glossaryTerms(first: 100) {\n      edges {\n        node {\n          id\n          slug\n          term\n        }\n      }\n    }\n    faqs(first: 100) {\n      edges {\n        node {\n          id\n          question\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MythRevisions($idOrSlug: String!, $first: Int) {\n    myth(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MythRevisions($idOrSlug: String!, $first: Int) {\n    myth(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment BlogPostCard on BlogPost {\n    id\n    slug\n    title\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    readingMinutes\n    tags\n    featured\n    author {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment BlogPostCard on BlogPost {\n    id\n    slug\n    title\n    summary\n    status\n    audience\n    publishedAt\n    publishAt\n    updatedAt\n    readingMinutes\n    tags\n    featured\n    author {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlogPosts($first: Int, $after: String, $filter: BlogPostFilterInput) {\n    blogPosts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BlogPostCard\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlogPosts($first: Int, $after: String, $filter: BlogPostFilterInput) {\n    blogPosts(first: $first, after: $after, filter: $filter) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...BlogPostCard\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlogPost($idOrSlug: String!) {\n    blogPost(idOrSlug: $idOrSlug) {\n      ...BlogPostCard\n      bodyHtml\n      linkedBodyHtml\n      cover {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlogPost($idOrSlug: String!) {\n    blogPost(idOrSlug: $idOrSlug) {\n      ...BlogPostCard\n      bodyHtml\n      linkedBodyHtml\n      cover {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RevisionHistoryFields on ContentRevisionConnection {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        event\n        status\n        title\n        bodyHtml\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment RevisionHistoryFields on ContentRevisionConnection {\n    totalCount\n    edges {\n      node {\n        id\n        number\n        event\n        status\n        title\n        bodyHtml\n        createdAt\n        createdBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BlogPostRevisions($idOrSlug: String!, $first: Int) {\n    blogPost(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query BlogPostRevisions($idOrSlug: String!, $first: Int) {\n    blogPost(idOrSlug: $idOrSlug) {\n      id\n      revisions(first: $first) {\n        ...RevisionHistoryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBlogPost($input: BlogPostInput!) {\n    createBlogPost(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBlogPost($input: BlogPostInput!) {\n    createBlogPost(input: $input) {\n      id\n      slug\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateBlogPost($input: UpdateBlogPostInput!) {\n    updateBlogPost(input: $input) {\n      id\n      slug\n      status\n      bodyHtml\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateBlogPost($input: UpdateBlogPostInput!) {\n    updateBlogPost(input: $input) {\n      id\n      slug\n      status\n      bodyHtml\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitContentItem($input: ContentItemIdInput!) {\n    submitContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitContentItem($input: ContentItemIdInput!) {\n    submitContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnContentItemToDraft($input: ContentItemIdInput!) {\n    returnContentItemToDraft(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ReturnContentItemToDraft($input: ContentItemIdInput!) {\n    returnContentItemToDraft(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishContentItem($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n      publishAt\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishContentItem($input: PublishContentInput!) {\n    publishContentItem(input: $input) {\n      id\n      status\n      publishAt\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveContentItem($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveContentItem($input: ContentItemIdInput!) {\n    archiveContentItem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ContentItemThread($contentItemId: ID!) {\n    contentItemThread(contentItemId: $contentItemId) {\n      ...ThreadFields\n    }\n  }\n"): (typeof documents)["\n  query ContentItemThread($contentItemId: ID!) {\n    contentItemThread(contentItemId: $contentItemId) {\n      ...ThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PodcastShows($first: Int, $after: String) {\n    podcastShows(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          description\n          audience\n          artwork {\n            url\n            alt\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PodcastShows($first: Int, $after: String) {\n    podcastShows(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          description\n          audience\n          artwork {\n            url\n            alt\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PodcastShow($idOrSlug: String!, $after: String) {\n    podcastShow(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      description\n      audience\n      feedUrl\n      artwork {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        privateFeed\n      }\n      privateFeed {\n        createdAt\n      }\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            status\n            publishedAt\n            publishAt\n            voices {\n              name\n              role\n            }\n            audio {\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PodcastShow($idOrSlug: String!, $after: String) {\n    podcastShow(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      description\n      audience\n      feedUrl\n      artwork {\n        mediaId\n        url\n        alt\n      }\n      viewerCan {\n        edit\n        privateFeed\n      }\n      privateFeed {\n        createdAt\n      }\n      episodes(first: 20, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            slug\n            title\n            summary\n            status\n            publishedAt\n            publishAt\n            voices {\n              name\n              role\n            }\n            audio {\n              durationSeconds\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PodcastEpisode($idOrSlug: String!) {\n    podcastEpisode(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      summary\n      notesHtml\n      status\n      audience\n      publishAt\n      publishedAt\n      explicit\n      transcriptVtt\n      transcriptUrl\n      voices {\n        name\n        role\n      }\n      chapters {\n        startSeconds\n        title\n      }\n      audio {\n        mediaId\n        url\n        mime\n        size\n        durationSeconds\n      }\n      show {\n        id\n        slug\n        title\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"): (typeof documents)["\n  query PodcastEpisode($idOrSlug: String!) {\n    podcastEpisode(idOrSlug: $idOrSlug) {\n      id\n      slug\n      title\n      summary\n      notesHtml\n      status\n      audience\n      publishAt\n      publishedAt\n      explicit\n      transcriptVtt\n      transcriptUrl\n      voices {\n        name\n        role\n      }\n      chapters {\n        startSeconds\n        title\n      }\n      audio {\n        mediaId\n        url\n        mime\n        size\n        durationSeconds\n      }\n      show {\n        id\n        slug\n        title\n      }\n      viewerCan {\n        edit\n        submit\n        returnToDraft\n        publish\n        archive\n        seeHistory\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePodcastShow($input: PodcastShowInput!) {\n    createPodcastShow(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePodcastShow($input: PodcastShowInput!) {\n    createPodcastShow(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePodcastEpisode($input: CreatePodcastEpisodeInput!) {\n    createPodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePodcastEpisode($input: CreatePodcastEpisodeInput!) {\n    createPodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePodcastEpisode($input: UpdatePodcastEpisodeInput!) {\n    updatePodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePodcastEpisode($input: UpdatePodcastEpisodeInput!) {\n    updatePodcastEpisode(input: $input) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    createPrivatePodcastFeed(input: $input) {\n      url\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    createPrivatePodcastFeed(input: $input) {\n      url\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    revokePrivatePodcastFeed(input: $input)\n  }\n"): (typeof documents)["\n  mutation RevokePrivatePodcastFeed($input: PodcastShowIdInput!) {\n    revokePrivatePodcastFeed(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePodcastShow($input: UpdatePodcastShowInput!) {\n    updatePodcastShow(input: $input) {\n      id\n      slug\n      title\n      description\n      audience\n      artwork {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePodcastShow($input: UpdatePodcastShowInput!) {\n    updatePodcastShow(input: $input) {\n      id\n      slug\n      title\n      description\n      audience\n      artwork {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostModerationFields on Post {\n    moderation {\n      state\n      viewerCanFlag\n      viewerHasFlagged\n      viewerCanModerate\n      openFlagCount\n    }\n  }\n"): (typeof documents)["\n  fragment PostModerationFields on Post {\n    moderation {\n      state\n      viewerCanFlag\n      viewerHasFlagged\n      viewerCanModerate\n      openFlagCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"): (typeof documents)["\n  mutation FlagPost($input: FlagPostInput!) {\n    flagPost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HidePost($input: ModeratePostInput!) {\n    hidePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"): (typeof documents)["\n  mutation HidePost($input: ModeratePostInput!) {\n    hidePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestorePost($input: ModeratePostInput!) {\n    restorePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"): (typeof documents)["\n  mutation RestorePost($input: ModeratePostInput!) {\n    restorePost(input: $input) {\n      id\n      body\n      ...PostModerationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevealPostAuthor($input: ModeratePostInput!) {\n    revealPostAuthor(input: $input) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RevealPostAuthor($input: ModeratePostInput!) {\n    revealPostAuthor(input: $input) {\n      id\n      name\n      jobTitle\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          queuedAt\n          excerpt\n          flagCount\n          flags {\n            id\n            reason\n            automatic\n            createdAt\n            flagger {\n              id\n              name\n            }\n          }\n          post {\n            id\n            body\n            deleted\n            anonymous\n            createdAt\n            ...PostModerationFields\n          }\n          author {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n          thread {\n            id\n            title\n            lessonId\n            category {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationQueue($first: Int, $after: String) {\n    moderationQueue(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          state\n          queuedAt\n          excerpt\n          flagCount\n          flags {\n            id\n            reason\n            automatic\n            createdAt\n            flagger {\n              id\n              name\n            }\n          }\n          post {\n            id\n            body\n            deleted\n            anonymous\n            createdAt\n            ...PostModerationFields\n          }\n          author {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n          thread {\n            id\n            title\n            lessonId\n            category {\n              id\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ThreadModeration($id: ID!) {\n    discussionThread(id: $id) {\n      id\n      title\n      locked\n      pinned\n      categoryId\n      lessonId\n      viewerCanModerate\n    }\n    forumCategories {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  query ThreadModeration($id: ID!) {\n    discussionThread(id: $id) {\n      id\n      title\n      locked\n      pinned\n      categoryId\n      lessonId\n      viewerCanModerate\n    }\n    forumCategories {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n      viewerCan {\n        reply\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation LockThread($input: LockThreadInput!) {\n    lockThread(input: $input) {\n      id\n      locked\n      viewerCan {\n        reply\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n"): (typeof documents)["\n  mutation PinThread($input: PinThreadInput!) {\n    pinThread(input: $input) {\n      id\n      pinned\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      categoryId\n    }\n  }\n"): (typeof documents)["\n  mutation MoveThread($input: MoveThreadInput!) {\n    moveThread(input: $input) {\n      id\n      categoryId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationAuditLog($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {\n    moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          detail\n          postId\n          threadId\n          moderator {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ModerationAuditLog($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {\n    moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          action\n          reason\n          detail\n          postId\n          threadId\n          moderator {\n            id\n            name\n          }\n          person {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  query WatchedWords {\n    watchedWords {\n      id\n      word\n      action\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddWatchedWord($input: AddWatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n    }\n  }\n"): (typeof documents)["\n  mutation AddWatchedWord($input: AddWatchedWordInput!) {\n    addWatchedWord(input: $input) {\n      id\n      word\n      action\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {\n    removeWatchedWord(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {\n    removeWatchedWord(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActiveSuspensions($first: Int, $after: String) {\n    activeSuspensions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          startsAt\n          endsAt\n          person {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActiveSuspensions($first: Int, $after: String) {\n    activeSuspensions(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          reason\n          startsAt\n          endsAt\n          person {\n            id\n            name\n            jobTitle\n            organisation {\n              id\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendPerson($input: SuspendPersonInput!) {\n    suspendPerson(input: $input) {\n      id\n      endsAt\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendPerson($input: SuspendPersonInput!) {\n    suspendPerson(input: $input) {\n      id\n      endsAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LiftSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LiftSuspension($input: LiftSuspensionInput!) {\n    liftSuspension(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModerationSettings {\n    moderationSettings {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n"): (typeof documents)["\n  query ModerationSettings {\n    moderationSettings {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {\n    updateModerationSettings(input: $input) {\n      flagThreshold\n      holdFirstPosts\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CategoryModerators($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n    }\n    categoryModerators(categoryId: $categoryId) {\n      id\n      name\n      jobTitle\n    }\n    people(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          name\n          jobTitle\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CategoryModerators($categoryId: ID!) {\n    forumCategory(id: $categoryId) {\n      id\n      title\n    }\n    categoryModerators(categoryId: $categoryId) {\n      id\n      name\n      jobTitle\n    }\n    people(role: MODERATOR, first: 100) {\n      edges {\n        node {\n          id\n          name\n          jobTitle\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignCategoryModerator($input: AssignCategoryModeratorInput!) {\n    assignCategoryModerator(input: $input)\n  }\n"): (typeof documents)["\n  mutation AssignCategoryModerator($input: AssignCategoryModeratorInput!) {\n    assignCategoryModerator(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ModeratedCategories {\n    forumCategories {\n      id\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  query ModeratedCategories {\n    forumCategories {\n      id\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonToSuspend($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n    }\n  }\n"): (typeof documents)["\n  query PersonToSuspend($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      jobTitle\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationCount {\n    notificationCount {\n      unread\n    }\n  }\n"): (typeof documents)["\n  query NotificationCount {\n    notificationCount {\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String) {\n    notificationCount {\n      unread\n    }\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          postSeq\n          reaction\n          moderationAction\n          reason\n          createdAt\n          readAt\n          actor {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n          lesson {\n            id\n            moduleSlug\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String) {\n    notificationCount {\n      unread\n    }\n    notifications(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          kind\n          postSeq\n          reaction\n          moderationAction\n          reason\n          createdAt\n          readAt\n          actor {\n            id\n            name\n          }\n          thread {\n            id\n            title\n          }\n          lesson {\n            id\n            moduleSlug\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($input: NotificationIdInput!) {\n    markNotificationRead(input: $input) {\n      id\n      readAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unread\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unread\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationSettings {\n    notificationSettings {\n      emailDigest\n    }\n  }\n"): (typeof documents)["\n  query NotificationSettings {\n    notificationSettings {\n      emailDigest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailDigest\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {\n    updateNotificationSettings(input: $input) {\n      emailDigest\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowThread($input: FollowThreadInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n"): (typeof documents)["\n  mutation FollowThread($input: FollowThreadInput!) {\n    followThread(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n"): (typeof documents)["\n  mutation FollowCategory($input: FollowCategoryInput!) {\n    followCategory(input: $input) {\n      id\n      viewerFollowLevel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      id\n      viewerLastReadSeq\n      viewerUnreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkThreadRead($input: MarkThreadReadInput!) {\n    markThreadRead(input: $input) {\n      id\n      viewerLastReadSeq\n      viewerUnreadCount\n    }\n  }\n"];
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
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts {\n        kind\n        count\n      }\n      countsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          snippet\n          slug\n          threadId\n          postSeq\n          homeId\n          homeKind\n          publishedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after) {\n      totalCount\n      kindCounts {\n        kind\n        count\n      }\n      countsCapped\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          snippet\n          slug\n          threadId\n          postSeq\n          homeId\n          homeKind\n          publishedAt\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;