import { graphql } from '../../gql';

/** What readers did with a post: their reactions, and whether the viewer may add one. */
export const postReactionsFieldsFragment = graphql(`
  fragment PostReactionsFields on Post {
    viewerCan {
      react
    }
    reactions {
      reaction
      label
      count
      viewerReacted
    }
  }
`);

/** The post a reply quotes, enough to show a short excerpt and link to it. */
export const quotedPostFieldsFragment = graphql(`
  fragment QuotedPostFields on Post {
    quotedPost {
      id
      seq
      body
      deleted
      author {
        id
        name
      }
    }
  }
`);

export const setPostReactionMutation = graphql(`
  mutation SetPostReaction($input: SetPostReactionInput!) {
    setPostReaction(input: $input) {
      id
      reactions {
        reaction
        label
        count
        viewerReacted
      }
    }
  }
`);

export const mentionCandidatesQuery = graphql(`
  query MentionCandidates($threadId: ID, $lessonId: ID, $categoryId: ID, $search: String!) {
    mentionCandidates(threadId: $threadId, lessonId: $lessonId, categoryId: $categoryId, search: $search) {
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
