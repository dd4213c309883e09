import { graphql } from '../../gql';

export const searchQuery = graphql(`
  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String) {
    search(query: $query, kinds: $kinds, first: $first, after: $after) {
      totalCount
      kindCounts {
        kind
        count
      }
      countsCapped
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          snippet
          slug
          threadId
          postSeq
          homeId
          homeKind
          publishedAt
        }
      }
    }
  }
`);
