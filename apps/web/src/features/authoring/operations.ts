import { graphql } from '../../gql';

export const authoringModulesQuery = graphql(`
  query AuthoringModules($first: Int, $after: String, $search: String, $status: PublicationStatus) {
    authoringModules(first: $first, after: $after, search: $search, status: $status) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          title
          status
          audience
          updatedAt
          lessons {
            id
            status
          }
        }
      }
    }
  }
`);

export const authoringModuleQuery = graphql(`
  query AuthoringModule($id: ID!) {
    authoringModule(id: $id) {
      id
      title
      slug
      summary
      outcomes
      topic
      audience
      status
      cpdMinutes
      position
      updatedAt
      cover {
        mediaId
        url
        alt
      }
      lessons {
        id
        title
        kind
        status
        position
        testRole
        publishAt
        publishedRevisionNumber
        updatedAt
      }
    }
  }
`);

export const createLearningModuleMutation = graphql(`
  mutation CreateLearningModule($input: CreateLearningModuleInput!) {
    createLearningModule(input: $input) {
      id
      title
      slug
      summary
      outcomes
      topic
      audience
      status
      cpdMinutes
      updatedAt
      cover {
        mediaId
        url
        alt
      }
    }
  }
`);

export const updateLearningModuleMutation = graphql(`
  mutation UpdateLearningModule($input: UpdateLearningModuleInput!) {
    updateLearningModule(input: $input) {
      id
      title
      slug
      summary
      outcomes
      topic
      audience
      status
      cpdMinutes
      updatedAt
      cover {
        mediaId
        url
        alt
      }
    }
  }
`);

export const submitLearningModuleForReviewMutation = graphql(`
  mutation SubmitLearningModuleForReview($input: LearningModuleIdInput!) {
    submitLearningModuleForReview(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const publishLearningModuleMutation = graphql(`
  mutation PublishLearningModule($input: LearningModuleIdInput!) {
    publishLearningModule(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const archiveLearningModuleMutation = graphql(`
  mutation ArchiveLearningModule($input: LearningModuleIdInput!) {
    archiveLearningModule(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const reorderLessonsMutation = graphql(`
  mutation ReorderLessons($input: ReorderLessonsInput!) {
    reorderLessons(input: $input) {
      id
      lessons {
        id
        position
      }
    }
  }
`);

export const createLessonMutation = graphql(`
  mutation CreateLesson($input: CreateLessonInput!) {
    createLesson(input: $input) {
      id
      title
      kind
      moduleId
    }
  }
`);

export const authoringLessonQuery = graphql(`
  query AuthoringLesson($id: ID!) {
    authoringLesson(id: $id) {
      id
      moduleId
      kind
      title
      outcomes
      contentWarning
      testRole
      status
      position
      publishAt
      publishedRevisionNumber
      publishBlockers
      draftContent
      updatedAt
      updatedBy {
        id
        name
      }
      scenarioProblems {
        sceneId
        choiceId
        code
        message
      }
    }
  }
`);

export const lessonModuleQuery = graphql(`
  query AuthoringLessonModule($id: ID!) {
    authoringModule(id: $id) {
      id
      title
    }
  }
`);

export const updateLessonMutation = graphql(`
  mutation UpdateLesson($input: UpdateLessonInput!) {
    updateLesson(input: $input) {
      id
      title
      outcomes
      contentWarning
      testRole
      updatedAt
      updatedBy {
        id
        name
      }
    }
  }
`);

export const saveLessonDraftMutation = graphql(`
  mutation SaveLessonDraft($input: SaveLessonDraftInput!) {
    saveLessonDraft(input: $input) {
      id
      status
      draftContent
      publishBlockers
      updatedAt
      updatedBy {
        id
        name
      }
      scenarioProblems {
        sceneId
        choiceId
        code
        message
      }
    }
  }
`);

export const submitLessonForReviewMutation = graphql(`
  mutation SubmitLessonForReview($input: LessonIdInput!) {
    submitLessonForReview(input: $input) {
      id
      status
      updatedAt
    }
  }
`);

export const publishLessonMutation = graphql(`
  mutation PublishLesson($input: PublishLessonInput!) {
    publishLesson(input: $input) {
      id
      status
      publishAt
      publishedRevisionNumber
      updatedAt
    }
  }
`);

export const archiveLessonMutation = graphql(`
  mutation ArchiveLesson($input: LessonIdInput!) {
    archiveLesson(input: $input) {
      id
      status
      publishAt
      updatedAt
    }
  }
`);

export const lessonRevisionsQuery = graphql(`
  query LessonRevisions($lessonId: ID!, $first: Int, $after: String) {
    lessonRevisions(lessonId: $lessonId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          number
          title
          createdAt
          createdBy {
            id
            name
          }
        }
      }
    }
  }
`);

export const scenarioReportQuery = graphql(`
  query ScenarioReport($lessonId: ID!) {
    scenarioReport(lessonId: $lessonId) {
      lessonId
      attempts
      completedAttempts
      scenes {
        sceneId
        title
        isEnding
        reached
        stoppedHere
        choices {
          choiceId
          label
          count
        }
      }
    }
  }
`);
