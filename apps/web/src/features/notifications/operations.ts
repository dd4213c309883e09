import { graphql } from '../../gql';

export const notificationCountQuery = graphql(`
  query NotificationCount {
    notificationCount {
      unread
    }
  }
`);

export const notificationsQuery = graphql(`
  query Notifications($first: Int, $after: String) {
    notificationCount {
      unread
    }
    notifications(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          kind
          postSeq
          reaction
          moderationAction
          reason
          createdAt
          readAt
          actor {
            id
            name
          }
          thread {
            id
            title
          }
          lesson {
            id
            moduleSlug
          }
        }
      }
    }
  }
`);

export const markNotificationReadMutation = graphql(`
  mutation MarkNotificationRead($input: NotificationIdInput!) {
    markNotificationRead(input: $input) {
      id
      readAt
    }
  }
`);

export const markAllNotificationsReadMutation = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead {
      unread
    }
  }
`);

export const notificationSettingsQuery = graphql(`
  query NotificationSettings {
    notificationSettings {
      emailDigest
    }
  }
`);

export const updateNotificationSettingsMutation = graphql(`
  mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
    updateNotificationSettings(input: $input) {
      emailDigest
    }
  }
`);

export const followThreadMutation = graphql(`
  mutation FollowThread($input: FollowThreadInput!) {
    followThread(input: $input) {
      id
      viewerFollowLevel
    }
  }
`);

export const followCategoryMutation = graphql(`
  mutation FollowCategory($input: FollowCategoryInput!) {
    followCategory(input: $input) {
      id
      viewerFollowLevel
    }
  }
`);

export const markThreadReadMutation = graphql(`
  mutation MarkThreadRead($input: MarkThreadReadInput!) {
    markThreadRead(input: $input) {
      id
      viewerLastReadSeq
      viewerUnreadCount
    }
  }
`);
