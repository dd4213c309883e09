import { graphql } from '../../gql';

export const postModerationFieldsFragment = graphql(`
  fragment PostModerationFields on Post {
    moderation {
      state
      viewerCanFlag
      viewerHasFlagged
      viewerCanModerate
      openFlagCount
    }
  }
`);

export const flagPostMutation = graphql(`
  mutation FlagPost($input: FlagPostInput!) {
    flagPost(input: $input) {
      id
      body
      ...PostModerationFields
    }
  }
`);

export const hidePostMutation = graphql(`
  mutation HidePost($input: ModeratePostInput!) {
    hidePost(input: $input) {
      id
      body
      ...PostModerationFields
    }
  }
`);

export const restorePostMutation = graphql(`
  mutation RestorePost($input: ModeratePostInput!) {
    restorePost(input: $input) {
      id
      body
      ...PostModerationFields
    }
  }
`);

export const revealPostAuthorMutation = graphql(`
  mutation RevealPostAuthor($input: ModeratePostInput!) {
    revealPostAuthor(input: $input) {
      id
      name
      jobTitle
      organisation {
        id
        name
      }
    }
  }
`);

export const moderationQueueQuery = graphql(`
  query ModerationQueue($first: Int, $after: String) {
    moderationQueue(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          state
          queuedAt
          excerpt
          flagCount
          flags {
            id
            reason
            automatic
            createdAt
            flagger {
              id
              name
            }
          }
          post {
            id
            body
            deleted
            anonymous
            createdAt
            ...PostModerationFields
          }
          author {
            id
            name
            jobTitle
            organisation {
              id
              name
            }
          }
          thread {
            id
            title
            lessonId
            category {
              id
              title
            }
          }
        }
      }
    }
  }
`);

export const threadModerationQuery = graphql(`
  query ThreadModeration($id: ID!) {
    discussionThread(id: $id) {
      id
      title
      locked
      pinned
      categoryId
      lessonId
      viewerCanModerate
    }
    forumCategories {
      id
      title
    }
  }
`);

export const lockThreadMutation = graphql(`
  mutation LockThread($input: LockThreadInput!) {
    lockThread(input: $input) {
      id
      locked
      viewerCan {
        reply
      }
    }
  }
`);

export const pinThreadMutation = graphql(`
  mutation PinThread($input: PinThreadInput!) {
    pinThread(input: $input) {
      id
      pinned
    }
  }
`);

export const moveThreadMutation = graphql(`
  mutation MoveThread($input: MoveThreadInput!) {
    moveThread(input: $input) {
      id
      categoryId
    }
  }
`);

export const moderationAuditLogQuery = graphql(`
  query ModerationAuditLog($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {
    moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          at
          action
          reason
          detail
          postId
          threadId
          moderator {
            id
            name
          }
          person {
            id
            name
          }
        }
      }
    }
  }
`);

export const watchedWordsQuery = graphql(`
  query WatchedWords {
    watchedWords {
      id
      word
      action
      createdAt
    }
  }
`);

export const addWatchedWordMutation = graphql(`
  mutation AddWatchedWord($input: AddWatchedWordInput!) {
    addWatchedWord(input: $input) {
      id
      word
      action
    }
  }
`);

export const removeWatchedWordMutation = graphql(`
  mutation RemoveWatchedWord($input: RemoveWatchedWordInput!) {
    removeWatchedWord(input: $input) {
      id
    }
  }
`);

export const activeSuspensionsQuery = graphql(`
  query ActiveSuspensions($first: Int, $after: String) {
    activeSuspensions(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reason
          startsAt
          endsAt
          person {
            id
            name
            jobTitle
            organisation {
              id
              name
            }
          }
        }
      }
    }
  }
`);

export const suspendPersonMutation = graphql(`
  mutation SuspendPerson($input: SuspendPersonInput!) {
    suspendPerson(input: $input) {
      id
      endsAt
    }
  }
`);

export const liftSuspensionMutation = graphql(`
  mutation LiftSuspension($input: LiftSuspensionInput!) {
    liftSuspension(input: $input) {
      id
    }
  }
`);

export const moderationSettingsQuery = graphql(`
  query ModerationSettings {
    moderationSettings {
      flagThreshold
      holdFirstPosts
    }
  }
`);

export const updateModerationSettingsMutation = graphql(`
  mutation UpdateModerationSettings($input: UpdateModerationSettingsInput!) {
    updateModerationSettings(input: $input) {
      flagThreshold
      holdFirstPosts
    }
  }
`);

export const categoryModeratorsQuery = graphql(`
  query CategoryModerators($categoryId: ID!) {
    forumCategory(id: $categoryId) {
      id
      title
    }
    categoryModerators(categoryId: $categoryId) {
      id
      name
      jobTitle
    }
    people(role: MODERATOR, first: 100) {
      edges {
        node {
          id
          name
          jobTitle
        }
      }
    }
  }
`);

export const assignCategoryModeratorMutation = graphql(`
  mutation AssignCategoryModerator($input: AssignCategoryModeratorInput!) {
    assignCategoryModerator(input: $input)
  }
`);

export const moderatedCategoriesQuery = graphql(`
  query ModeratedCategories {
    forumCategories {
      id
      title
      description
    }
  }
`);

export const personToSuspendQuery = graphql(`
  query PersonToSuspend($id: ID!) {
    person(id: $id) {
      id
      name
      jobTitle
    }
  }
`);
