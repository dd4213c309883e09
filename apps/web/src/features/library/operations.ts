import { graphql } from '../../gql';

export const blogPostCardFragment = graphql(`
  fragment BlogPostCard on BlogPost {
    id
    slug
    title
    summary
    status
    audience
    publishedAt
    publishAt
    updatedAt
    readingMinutes
    tags
    featured
    author {
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

export const blogPostsQuery = graphql(`
  query BlogPosts($first: Int, $after: String, $filter: BlogPostFilterInput) {
    blogPosts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...BlogPostCard
        }
      }
    }
  }
`);

export const blogPostQuery = graphql(`
  query BlogPost($idOrSlug: String!) {
    blogPost(idOrSlug: $idOrSlug) {
      ...BlogPostCard
      bodyHtml
      linkedBodyHtml
      cover {
        mediaId
        url
        alt
      }
      viewerCan {
        edit
        submit
        returnToDraft
        publish
        archive
        seeHistory
      }
    }
  }
`);

/** What a revision history shows of each step (see RevisionHistory); the blog, FAQ and myth-buster editors share it. */
export const revisionHistoryFields = graphql(`
  fragment RevisionHistoryFields on ContentRevisionConnection {
    totalCount
    edges {
      node {
        id
        number
        event
        status
        title
        bodyHtml
        createdAt
        createdBy {
          id
          name
        }
      }
    }
  }
`);

export const blogPostRevisionsQuery = graphql(`
  query BlogPostRevisions($idOrSlug: String!, $first: Int) {
    blogPost(idOrSlug: $idOrSlug) {
      id
      revisions(first: $first) {
        ...RevisionHistoryFields
      }
    }
  }
`);

export const createBlogPostMutation = graphql(`
  mutation CreateBlogPost($input: BlogPostInput!) {
    createBlogPost(input: $input) {
      id
      slug
      status
    }
  }
`);

export const updateBlogPostMutation = graphql(`
  mutation UpdateBlogPost($input: UpdateBlogPostInput!) {
    updateBlogPost(input: $input) {
      id
      slug
      status
      bodyHtml
    }
  }
`);

export const submitContentItemMutation = graphql(`
  mutation SubmitContentItem($input: ContentItemIdInput!) {
    submitContentItem(input: $input) {
      id
      status
    }
  }
`);

export const returnContentItemMutation = graphql(`
  mutation ReturnContentItemToDraft($input: ContentItemIdInput!) {
    returnContentItemToDraft(input: $input) {
      id
      status
    }
  }
`);

export const publishContentItemMutation = graphql(`
  mutation PublishContentItem($input: PublishContentInput!) {
    publishContentItem(input: $input) {
      id
      status
      publishAt
      publishedAt
    }
  }
`);

export const archiveContentItemMutation = graphql(`
  mutation ArchiveContentItem($input: ContentItemIdInput!) {
    archiveContentItem(input: $input) {
      id
      status
    }
  }
`);

export const contentItemThreadQuery = graphql(`
  query ContentItemThread($contentItemId: ID!) {
    contentItemThread(contentItemId: $contentItemId) {
      ...ThreadFields
    }
  }
`);
