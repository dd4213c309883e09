import { graphql } from '../../gql';

export const colleagueFieldsFragment = graphql(`
  fragment ColleagueFields on Colleague {
    id
    name
    jobTitle
    organisation {
      id
      name
    }
  }
`);

export const postFieldsFragment = graphql(`
  fragment PostFields on Post {
    id
    threadId
    seq
    body
    linkedBody
    anonymous
    deleted
    createdAt
    editedAt
    sceneId
    author {
      ...ColleagueFields
    }
    viewerCan {
      edit
      delete
    }
    ...PostReactionsFields
    ...QuotedPostFields
    ...PostModerationFields
  }
`);

export const threadFieldsFragment = graphql(`
  fragment ThreadFields on DiscussionThread {
    id
    title
    anonymous
    locked
    pinned
    tags
    postCount
    lastSeq
    lastActivityAt
    lessonId
    category {
      id
      title
      allowsAnonymous
    }
    viewerCan {
      reply
    }
    viewerCanModerate
    viewerFollowLevel
    viewerLastReadSeq
    viewerUnreadCount
  }
`);

export const forumCategoriesQuery = graphql(`
  query ForumCategories {
    forumCategories {
      id
      title
      description
      allowsAnonymous
      restricted
      threadCount
    }
  }
`);

export const forumCategoryThreadsQuery = graphql(`
  query ForumCategoryThreads($categoryId: ID!, $first: Int, $after: String, $tag: String) {
    forumCategory(id: $categoryId) {
      id
      title
      description
      allowsAnonymous
      viewerFollowLevel
    }
    forumThreads(categoryId: $categoryId, first: $first, after: $after, tag: $tag) {
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
          pinned
          locked
          postCount
          lastActivityAt
          viewerUnreadCount
          tags
        }
      }
    }
  }
`);

export const newThreadCategoryQuery = graphql(`
  query NewThreadCategory($categoryId: ID!) {
    forumCategory(id: $categoryId) {
      id
      title
      allowsAnonymous
    }
  }
`);

export const discussionThreadQuery = graphql(`
  query DiscussionThread($id: ID!) {
    discussionThread(id: $id) {
      ...ThreadFields
    }
  }
`);

export const lessonThreadQuery = graphql(`
  query LessonThread($lessonId: ID!) {
    lessonThread(lessonId: $lessonId) {
      ...ThreadFields
    }
  }
`);

export const threadPostsQuery = graphql(`
  query ThreadPosts($threadId: ID!, $first: Int, $after: String, $afterSeq: Int) {
    threadPosts(threadId: $threadId, first: $first, after: $after, afterSeq: $afterSeq) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          ...PostFields
        }
      }
    }
  }
`);

/** Posts after a sequence number: how a live update fetches posts it learnt of but cannot render. */
export const postsAfterSeqQuery = graphql(`
  query PostsAfterSeq($threadId: ID!, $afterSeq: Int!, $first: Int!) {
    threadPosts(threadId: $threadId, first: $first, afterSeq: $afterSeq) {
      edges {
        node {
          ...PostFields
        }
      }
    }
  }
`);

export const createForumThreadMutation = graphql(`
  mutation CreateForumThread($input: CreateForumThreadInput!) {
    createForumThread(input: $input) {
      ...ThreadFields
    }
  }
`);

export const createPostMutation = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      ...PostFields
    }
  }
`);

export const editPostMutation = graphql(`
  mutation EditPost($input: EditPostInput!) {
    editPost(input: $input) {
      ...PostFields
    }
  }
`);

export const deletePostMutation = graphql(`
  mutation DeletePost($input: PostIdInput!) {
    deletePost(input: $input) {
      ...PostFields
    }
  }
`);
