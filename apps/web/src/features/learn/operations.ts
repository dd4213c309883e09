import { graphql } from '../../gql';

// Scene, choice, character, question and option ids are unique only inside their own scenario or
// check, so they are read under other names (sceneId, choiceId…): Apollo's cache would otherwise
// merge, say, choice "c1" of one scene with choice "c1" of every other scene.

export const learningCatalogueQuery = graphql(`
  query LearningCatalogue(
    $first: Int
    $after: String
    $search: String
    $topic: String
    $audience: Audience
    $progress: ProgressFilter
  ) {
    learningModules(
      first: $first
      after: $after
      search: $search
      topic: $topic
      audience: $audience
      progress: $progress
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
          slug
          title
          summary
          topic
          audience
          viewerProgress {
            status
            completedLessons
            totalLessons
          }
        }
      }
    }
    learningTopics
  }
`);

export const learningModuleQuery = graphql(`
  query LearningModulePage($slug: String!) {
    learningModule(slug: $slug) {
      id
      slug
      title
      summary
      topic
      audience
      outcomes
      cpdMinutes
      cover {
        url
        alt
      }
      lessons {
        id
        title
        kind
        viewerStatus
      }
      viewerProgress {
        status
        completedLessons
        totalLessons
        continueLesson {
          id
        }
        certificate {
          id
          code
          issuedAt
          pdfUrl
        }
      }
    }
  }
`);

export const lessonAttemptFields = graphql(`
  fragment LessonAttemptFields on LessonAttempt {
    id
    lessonId
    status
    attemptNumber
    score
    passed
    completedAt
    knowledgeCheckResult {
      correctCount
      questionCount
      percent
      passed
      passMark
      questions {
        questionId
        correct
        chosenOptionIds
        correctOptionIds
        explanation
      }
    }
    scenario {
      ended
      score
      choices {
        choiceId: id
        label
      }
      scene {
        sceneId: id
        title
        narrative
        mediaAlt
        media {
          id
          kind
          url
        }
        speaker {
          name
          role
          avatar {
            url
          }
        }
      }
      ending {
        rating
        summary
      }
      path {
        sceneId
        sceneTitle
        choiceId
        choiceLabel
        score
      }
    }
  }
`);

export const lessonQuery = graphql(`
  query LessonPage($id: ID!) {
    lesson(id: $id) {
      id
      title
      kind
      outcomes
      contentWarning
      step
      stepCount
      testRole
      viewerStatus
      article {
        html
        linkedHtml
      }
      knowledgeCheck {
        passMark
        questions {
          questionId: id
          prompt
          kind
          options {
            optionId: id
            label
          }
        }
      }
      scenario {
        sceneCount
        endingCount
        startScene {
          id
          title
        }
        characters {
          name
          role
        }
      }
      module {
        id
        slug
        title
        viewerProgress {
          status
        }
        lessons {
          id
          title
          viewerStatus
        }
      }
      viewerAttempt {
        ...LessonAttemptFields
      }
    }
  }
`);

export const startLessonMutation = graphql(`
  mutation StartLesson($input: LessonIdInput!) {
    startLesson(input: $input) {
      ...LessonAttemptFields
    }
  }
`);

export const restartLessonMutation = graphql(`
  mutation RestartLesson($input: LessonIdInput!) {
    restartLesson(input: $input) {
      ...LessonAttemptFields
    }
  }
`);

export const chooseScenarioOptionMutation = graphql(`
  mutation ChooseScenarioOption($input: ChooseScenarioOptionInput!) {
    chooseScenarioOption(input: $input) {
      feedback
      choiceScore
      choice {
        choiceId: id
        label
      }
      attempt {
        ...LessonAttemptFields
      }
      certificate {
        id
        code
      }
    }
  }
`);

export const completeArticleMutation = graphql(`
  mutation CompleteArticle($input: LessonIdInput!) {
    completeArticle(input: $input) {
      attempt {
        id
        status
      }
      certificate {
        id
        code
      }
    }
  }
`);

export const submitKnowledgeCheckMutation = graphql(`
  mutation SubmitKnowledgeCheck($input: SubmitKnowledgeCheckInput!) {
    submitKnowledgeCheck(input: $input) {
      attempt {
        ...LessonAttemptFields
      }
      certificate {
        id
        code
      }
    }
  }
`);

export const scenarioChoiceStatsQuery = graphql(`
  query ScenarioChoiceStats($lessonId: ID!, $sceneId: String!) {
    scenarioChoiceStats(lessonId: $lessonId, sceneId: $sceneId) {
      lessonId
      sceneId
      available
      peopleNeeded
      choices {
        choiceId
        label
        percent
      }
      bySector {
        sector
        suppressed
        choices {
          choiceId
          label
          percent
        }
      }
    }
  }
`);

export const myLearningQuery = graphql(`
  query MyLearning {
    myLearning {
      inProgress {
        id
        slug
        title
        viewerProgress {
          completedLessons
          totalLessons
          continueLesson {
            id
          }
        }
      }
      completed {
        id
        slug
        title
      }
      certificates {
        id
        code
        issuedAt
        kind
        moduleId
        title
        pdfUrl
      }
      coursesAttended {
        sessionId
        courseTitle
        startsAt
        status
        cpdMinutes
        evaluated
        canEvaluate
        certificate {
          id
          code
          pdfUrl
        }
      }
    }
  }
`);

export const certificatePageQuery = graphql(`
  query CertificatePage($code: String!) {
    myLearning {
      certificates {
        id
        code
        issuedAt
        kind
        moduleId
        title
        cpdMinutes
        pdfUrl
        verificationUrl
      }
    }
    verifyCertificate(code: $code) {
      code
      personName
      kind
      title
      issuedAt
      heldOn
    }
  }
`);

export const certificateModuleQuery = graphql(`
  query CertificateModule($id: ID!) {
    learningModule(id: $id) {
      id
      slug
      outcomes
    }
  }
`);

export const verifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      personName
      kind
      title
      issuedAt
      heldOn
    }
  }
`);
