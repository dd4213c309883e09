import { graphql } from '../../../gql';

export const faqCardFragment = graphql(`
  fragment FaqCard on Faq {
    id
    slug
    question
    answerHtml
    status
    audience
    publishedAt
    publishAt
    updatedAt
    category {
      id
      name
    }
    viewerVote
    helpfulCounts {
      yes
      no
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
`);

export const faqCategoriesQuery = graphql(`
  query FaqCategories {
    faqCategories {
      id
      name
      description
      position
    }
  }
`);

export const faqsQuery = graphql(`
  query Faqs($first: Int, $after: String, $filter: FaqFilterInput) {
    faqs(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...FaqCard
        }
      }
    }
  }
`);

export const faqQuery = graphql(`
  query Faq($idOrSlug: String!) {
    faq(idOrSlug: $idOrSlug) {
      ...FaqCard
    }
  }
`);

export const voteFaqMutation = graphql(`
  mutation VoteFaq($input: VoteFaqInput!) {
    voteFaq(input: $input) {
      id
      viewerVote
      helpfulCounts {
        yes
        no
      }
    }
  }
`);

export const createFaqMutation = graphql(`
  mutation CreateFaq($input: FaqInput!) {
    createFaq(input: $input) {
      ...FaqCard
    }
  }
`);

export const updateFaqMutation = graphql(`
  mutation UpdateFaq($input: UpdateFaqInput!) {
    updateFaq(input: $input) {
      ...FaqCard
    }
  }
`);

export const createFaqCategoryMutation = graphql(`
  mutation CreateFaqCategory($input: FaqCategoryInput!) {
    createFaqCategory(input: $input) {
      id
      name
      description
      position
    }
  }
`);

export const deleteFaqCategoryMutation = graphql(`
  mutation DeleteFaqCategory($input: FaqCategoryIdInput!) {
    deleteFaqCategory(input: $input)
  }
`);

export const faqRevisionsQuery = graphql(`
  query FaqRevisions($idOrSlug: String!, $first: Int) {
    faq(idOrSlug: $idOrSlug) {
      id
      revisions(first: $first) {
        ...RevisionHistoryFields
      }
    }
  }
`);
