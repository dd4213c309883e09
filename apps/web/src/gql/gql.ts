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
  '\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n': typeof types.AdminOrganisationsDocument;
  '\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n': typeof types.AdminOrganisationDocument;
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.CreateOrganisationDocument;
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n': typeof types.UpdateOrganisationDocument;
  '\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n': typeof types.OrganisationOptionsDocument;
  '\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminPeopleDocument;
  '\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n': typeof types.AdminPersonDocument;
  '\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n': typeof types.SetPersonRolesDocument;
  '\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n': typeof types.DeactivatePersonDocument;
  '\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n': typeof types.ReactivatePersonDocument;
  '\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.AdminInvitationsDocument;
  '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.CreateInvitationDocument;
  '\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n': typeof types.RevokeInvitationDocument;
  '\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n': typeof types.AdminOutboxDocument;
  '\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n': typeof types.AdminOutboxMessageDocument;
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n': typeof types.ViewerDocument;
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.SignInDocument;
  '\n  mutation SignOut {\n    signOut\n  }\n': typeof types.SignOutDocument;
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n': typeof types.SignUpDocument;
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n': typeof types.InvitationPreviewDocument;
  '\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n': typeof types.VerifyEmailDocument;
  '\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n': typeof types.ResendVerificationEmailDocument;
  '\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n': typeof types.RequestPasswordResetDocument;
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n': typeof types.ResetPasswordDocument;
  '\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n': typeof types.AuthoringModulesDocument;
  '\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n': typeof types.AuthoringModuleDocument;
  '\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n': typeof types.CreateLearningModuleDocument;
  '\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n': typeof types.UpdateLearningModuleDocument;
  '\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.SubmitLearningModuleForReviewDocument;
  '\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.PublishLearningModuleDocument;
  '\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.ArchiveLearningModuleDocument;
  '\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n': typeof types.ReorderLessonsDocument;
  '\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n': typeof types.CreateLessonDocument;
  '\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n': typeof types.AuthoringLessonDocument;
  '\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n': typeof types.AuthoringLessonModuleDocument;
  '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n': typeof types.UpdateLessonDocument;
  '\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n': typeof types.SaveLessonDraftDocument;
  '\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n': typeof types.SubmitLessonForReviewDocument;
  '\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n': typeof types.PublishLessonDocument;
  '\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n': typeof types.ArchiveLessonDocument;
  '\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n': typeof types.LessonRevisionsDocument;
  '\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n': typeof types.ScenarioReportDocument;
  '\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n': typeof types.LearningCatalogueDocument;
  '\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n': typeof types.LearningModulePageDocument;
  '\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n': typeof types.LessonAttemptFieldsFragmentDoc;
  '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n': typeof types.LessonPageDocument;
  '\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n': typeof types.StartLessonDocument;
  '\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n': typeof types.RestartLessonDocument;
  '\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n': typeof types.ChooseScenarioOptionDocument;
  '\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n': typeof types.CompleteArticleDocument;
  '\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n': typeof types.SubmitKnowledgeCheckDocument;
  '\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n': typeof types.ScenarioChoiceStatsDocument;
  '\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        pdfUrl\n      }\n    }\n  }\n': typeof types.MyLearningDocument;
  '\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n': typeof types.CertificatePageDocument;
  '\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n': typeof types.CertificateModuleDocument;
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n': typeof types.VerifyCertificateDocument;
  '\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n': typeof types.ProfileDocument;
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n': typeof types.UpdateProfileDocument;
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n': typeof types.ChangePasswordDocument;
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': typeof types.SignOutEverywhereDocument;
};
const documents: Documents = {
  '\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n':
    types.AdminOrganisationsDocument,
  '\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n':
    types.AdminOrganisationDocument,
  '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.CreateOrganisationDocument,
  '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n':
    types.UpdateOrganisationDocument,
  '\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n':
    types.OrganisationOptionsDocument,
  '\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminPeopleDocument,
  '\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n':
    types.AdminPersonDocument,
  '\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n':
    types.SetPersonRolesDocument,
  '\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n':
    types.DeactivatePersonDocument,
  '\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n':
    types.ReactivatePersonDocument,
  '\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.AdminInvitationsDocument,
  '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.CreateInvitationDocument,
  '\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n':
    types.RevokeInvitationDocument,
  '\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n':
    types.AdminOutboxDocument,
  '\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n':
    types.AdminOutboxMessageDocument,
  '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n':
    types.ViewerDocument,
  '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.SignInDocument,
  '\n  mutation SignOut {\n    signOut\n  }\n': types.SignOutDocument,
  '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n':
    types.SignUpDocument,
  '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n':
    types.InvitationPreviewDocument,
  '\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n':
    types.VerifyEmailDocument,
  '\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n':
    types.ResendVerificationEmailDocument,
  '\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n':
    types.RequestPasswordResetDocument,
  '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n':
    types.ResetPasswordDocument,
  '\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n':
    types.AuthoringModulesDocument,
  '\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n':
    types.AuthoringModuleDocument,
  '\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n':
    types.CreateLearningModuleDocument,
  '\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n':
    types.UpdateLearningModuleDocument,
  '\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.SubmitLearningModuleForReviewDocument,
  '\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.PublishLearningModuleDocument,
  '\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.ArchiveLearningModuleDocument,
  '\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n':
    types.ReorderLessonsDocument,
  '\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n':
    types.CreateLessonDocument,
  '\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n':
    types.AuthoringLessonDocument,
  '\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n':
    types.AuthoringLessonModuleDocument,
  '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n':
    types.UpdateLessonDocument,
  '\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n':
    types.SaveLessonDraftDocument,
  '\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n':
    types.SubmitLessonForReviewDocument,
  '\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n':
    types.PublishLessonDocument,
  '\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n':
    types.ArchiveLessonDocument,
  '\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n':
    types.LessonRevisionsDocument,
  '\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n':
    types.ScenarioReportDocument,
  '\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n':
    types.LearningCatalogueDocument,
  '\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n':
    types.LearningModulePageDocument,
  '\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n':
    types.LessonAttemptFieldsFragmentDoc,
  '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n':
    types.LessonPageDocument,
  '\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n':
    types.StartLessonDocument,
  '\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n':
    types.RestartLessonDocument,
  '\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n':
    types.ChooseScenarioOptionDocument,
  '\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n':
    types.CompleteArticleDocument,
  '\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n':
    types.SubmitKnowledgeCheckDocument,
  '\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n':
    types.ScenarioChoiceStatsDocument,
  '\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        pdfUrl\n      }\n    }\n  }\n':
    types.MyLearningDocument,
  '\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n':
    types.CertificatePageDocument,
  '\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n':
    types.CertificateModuleDocument,
  '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n':
    types.VerifyCertificateDocument,
  '\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n':
    types.ProfileDocument,
  '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n':
    types.UpdateProfileDocument,
  '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n':
    types.ChangePasswordDocument,
  '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n': types.SignOutEverywhereDocument,
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
export function graphql(
  source: '\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganisations($first: Int, $after: String, $search: String) {\n    organisations(first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          sector\n          fundsPartnership\n          saferProgrammeMember\n          peopleCount\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n',
): (typeof documents)['\n  query AdminOrganisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n      peopleCount\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      sector\n      fundsPartnership\n      saferProgrammeMember\n      emailDomains\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query OrganisationOptions {\n    organisations(first: 100) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminPeople(\n    $first: Int\n    $after: String\n    $search: String\n    $organisationId: ID\n    $role: Role\n    $includeDeactivated: Boolean\n  ) {\n    people(\n      first: $first\n      after: $after\n      search: $search\n      organisationId: $organisationId\n      role: $role\n      includeDeactivated: $includeDeactivated\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          name\n          email\n          roles\n          active\n          emailVerified\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminPerson($id: ID!) {\n    person(id: $id) {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      active\n      emailVerified\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        manageRoles\n        deactivate\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n',
): (typeof documents)['\n  mutation SetPersonRoles($input: SetPersonRolesInput!) {\n    setPersonRoles(input: $input) {\n      id\n      roles\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation DeactivatePerson($input: PersonIdInput!) {\n    deactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n',
): (typeof documents)['\n  mutation ReactivatePerson($input: PersonIdInput!) {\n    reactivatePerson(input: $input) {\n      id\n      active\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminInvitations($first: Int, $after: String) {\n    invitations(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          email\n          roles\n          status\n          expiresAt\n          createdAt\n          organisation {\n            id\n            name\n          }\n          invitedBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateInvitation($input: CreateInvitationInput!) {\n    createInvitation(input: $input) {\n      id\n      email\n      roles\n      status\n      expiresAt\n      link\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n',
): (typeof documents)['\n  mutation RevokeInvitation($input: IdInput!) {\n    revokeInvitation(input: $input) {\n      id\n      status\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AdminOutbox($first: Int, $after: String) {\n    outboxMessages(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          status\n          createdAt\n          sentAt\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n',
): (typeof documents)['\n  query AdminOutboxMessage($id: ID!) {\n    outboxMessage(id: $id) {\n      id\n      to\n      subject\n      text\n      status\n      createdAt\n      sentAt\n      error\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Viewer {\n    viewer {\n      id\n      name\n      email\n      roles\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      emailVerified\n      organisation {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOut {\n    signOut\n  }\n',
): (typeof documents)['\n  mutation SignOut {\n    signOut\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n      verificationRequired\n      viewer {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n',
): (typeof documents)['\n  query InvitationPreview($token: String!) {\n    invitation(token: $token) {\n      email\n      organisationName\n      expiresAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n',
): (typeof documents)['\n  mutation VerifyEmail($input: TokenInput!) {\n    verifyEmail(input: $input) {\n      id\n      name\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResendVerificationEmail($input: EmailInput!) {\n    resendVerificationEmail(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n',
): (typeof documents)['\n  mutation RequestPasswordReset($input: EmailInput!) {\n    requestPasswordReset(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {\n    authoringModules(first: $first, after: $after, search: $search, status: $status) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          title\n          status\n          audience\n          updatedAt\n          lessons {\n            id\n            status\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthoringModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      position\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        status\n        position\n        testRole\n        publishAt\n        publishedRevisionNumber\n        updatedAt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLearningModule($input: CreateLearningModuleInput!) {\n    createLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {\n    updateLearningModule(input: $input) {\n      id\n      title\n      slug\n      summary\n      outcomes\n      topic\n      audience\n      status\n      cpdMinutes\n      updatedAt\n      cover {\n        mediaId\n        url\n        alt\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {\n    submitLearningModuleForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishLearningModule($input: LearningModuleIdInput!) {\n    publishLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {\n    archiveLearningModule(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ReorderLessons($input: ReorderLessonsInput!) {\n    reorderLessons(input: $input) {\n      id\n      lessons {\n        id\n        position\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n',
): (typeof documents)['\n  mutation CreateLesson($input: CreateLessonInput!) {\n    createLesson(input: $input) {\n      id\n      title\n      kind\n      moduleId\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  query AuthoringLesson($id: ID!) {\n    authoringLesson(id: $id) {\n      id\n      moduleId\n      kind\n      title\n      outcomes\n      contentWarning\n      testRole\n      status\n      position\n      publishAt\n      publishedRevisionNumber\n      publishBlockers\n      draftContent\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n',
): (typeof documents)['\n  query AuthoringLessonModule($id: ID!) {\n    authoringModule(id: $id) {\n      id\n      title\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateLesson($input: UpdateLessonInput!) {\n    updateLesson(input: $input) {\n      id\n      title\n      outcomes\n      contentWarning\n      testRole\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {\n    saveLessonDraft(input: $input) {\n      id\n      status\n      draftContent\n      publishBlockers\n      updatedAt\n      updatedBy {\n        id\n        name\n      }\n      scenarioProblems {\n        sceneId\n        choiceId\n        code\n        message\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitLessonForReview($input: LessonIdInput!) {\n    submitLessonForReview(input: $input) {\n      id\n      status\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation PublishLesson($input: PublishLessonInput!) {\n    publishLesson(input: $input) {\n      id\n      status\n      publishAt\n      publishedRevisionNumber\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n',
): (typeof documents)['\n  mutation ArchiveLesson($input: LessonIdInput!) {\n    archiveLesson(input: $input) {\n      id\n      status\n      publishAt\n      updatedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {\n    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          number\n          title\n          createdAt\n          createdBy {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScenarioReport($lessonId: ID!) {\n    scenarioReport(lessonId: $lessonId) {\n      lessonId\n      attempts\n      completedAttempts\n      scenes {\n        sceneId\n        title\n        isEnding\n        reached\n        stoppedHere\n        choices {\n          choiceId\n          label\n          count\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n',
): (typeof documents)['\n  query LearningCatalogue(\n    $first: Int\n    $after: String\n    $search: String\n    $topic: String\n    $audience: Audience\n    $progress: ProgressFilter\n  ) {\n    learningModules(\n      first: $first\n      after: $after\n      search: $search\n      topic: $topic\n      audience: $audience\n      progress: $progress\n    ) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          slug\n          title\n          summary\n          topic\n          audience\n          viewerProgress {\n            status\n            completedLessons\n            totalLessons\n          }\n        }\n      }\n    }\n    learningTopics\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LearningModulePage($slug: String!) {\n    learningModule(slug: $slug) {\n      id\n      slug\n      title\n      summary\n      topic\n      audience\n      outcomes\n      cpdMinutes\n      cover {\n        url\n        alt\n      }\n      lessons {\n        id\n        title\n        kind\n        viewerStatus\n      }\n      viewerProgress {\n        status\n        completedLessons\n        totalLessons\n        continueLesson {\n          id\n        }\n        certificate {\n          id\n          code\n          issuedAt\n          pdfUrl\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n',
): (typeof documents)['\n  fragment LessonAttemptFields on LessonAttempt {\n    id\n    lessonId\n    status\n    attemptNumber\n    score\n    passed\n    completedAt\n    knowledgeCheckResult {\n      correctCount\n      questionCount\n      percent\n      passed\n      passMark\n      questions {\n        questionId\n        correct\n        chosenOptionIds\n        correctOptionIds\n        explanation\n      }\n    }\n    scenario {\n      ended\n      score\n      choices {\n        choiceId: id\n        label\n      }\n      scene {\n        sceneId: id\n        title\n        narrative\n        mediaAlt\n        media {\n          id\n          kind\n          url\n        }\n        speaker {\n          name\n          role\n          avatar {\n            url\n          }\n        }\n      }\n      ending {\n        rating\n        summary\n      }\n      path {\n        sceneId\n        sceneTitle\n        choiceId\n        choiceLabel\n        score\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n',
): (typeof documents)['\n  query LessonPage($id: ID!) {\n    lesson(id: $id) {\n      id\n      title\n      kind\n      outcomes\n      contentWarning\n      step\n      stepCount\n      testRole\n      viewerStatus\n      article {\n        html\n      }\n      knowledgeCheck {\n        passMark\n        questions {\n          questionId: id\n          prompt\n          kind\n          options {\n            optionId: id\n            label\n          }\n        }\n      }\n      scenario {\n        sceneCount\n        endingCount\n        characters {\n          name\n          role\n        }\n      }\n      module {\n        id\n        slug\n        title\n        viewerProgress {\n          status\n        }\n        lessons {\n          id\n          title\n          viewerStatus\n        }\n      }\n      viewerAttempt {\n        ...LessonAttemptFields\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n',
): (typeof documents)['\n  mutation StartLesson($input: LessonIdInput!) {\n    startLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n',
): (typeof documents)['\n  mutation RestartLesson($input: LessonIdInput!) {\n    restartLesson(input: $input) {\n      ...LessonAttemptFields\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {\n    chooseScenarioOption(input: $input) {\n      feedback\n      choiceScore\n      choice {\n        choiceId: id\n        label\n      }\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation CompleteArticle($input: LessonIdInput!) {\n    completeArticle(input: $input) {\n      attempt {\n        id\n        status\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n',
): (typeof documents)['\n  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {\n    submitKnowledgeCheck(input: $input) {\n      attempt {\n        ...LessonAttemptFields\n      }\n      certificate {\n        id\n        code\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n',
): (typeof documents)['\n  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {\n    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {\n      lessonId\n      sceneId\n      available\n      peopleNeeded\n      choices {\n        choiceId\n        label\n        percent\n      }\n      bySector {\n        sector\n        suppressed\n        choices {\n          choiceId\n          label\n          percent\n        }\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        pdfUrl\n      }\n    }\n  }\n',
): (typeof documents)['\n  query MyLearning {\n    myLearning {\n      inProgress {\n        id\n        slug\n        title\n        viewerProgress {\n          completedLessons\n          totalLessons\n          continueLesson {\n            id\n          }\n        }\n      }\n      completed {\n        id\n        slug\n        title\n      }\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        pdfUrl\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n',
): (typeof documents)['\n  query CertificatePage($code: String!) {\n    myLearning {\n      certificates {\n        id\n        code\n        issuedAt\n        moduleId\n        moduleTitle\n        cpdMinutes\n        pdfUrl\n        verificationUrl\n      }\n    }\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n',
): (typeof documents)['\n  query CertificateModule($id: ID!) {\n    learningModule(id: $id) {\n      id\n      slug\n      outcomes\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n',
): (typeof documents)['\n  query VerifyCertificate($code: String!) {\n    verifyCertificate(code: $code) {\n      code\n      personName\n      moduleTitle\n      issuedAt\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n',
): (typeof documents)['\n  query Profile {\n    viewer {\n      id\n      name\n      email\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n      roles\n      createdAt\n      organisation {\n        id\n        name\n      }\n      viewerCan {\n        editProfile\n      }\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n',
): (typeof documents)['\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      jobTitle\n      workforceGroup\n      preferredLanguage\n      lineManagerEmail\n    }\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n',
): (typeof documents)['\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n'];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(
  source: '\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n',
): (typeof documents)['\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n'];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> =
  TDocumentNode extends DocumentNode<infer TType, any> ? TType : never;
