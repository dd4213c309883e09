import { graphql } from '../../../gql';

export const mythCardFragment = graphql(`
  fragment MythCard on Myth {
    id
    slug
    claim
    verdict
    summary
    status
    audience
    publishedAt
    publishAt
    updatedAt
    reviewedAt
    reviewDue
    heardIn {
      postId
      href
      reportedAt
      reportedBy {
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
`);

export const mythsQuery = graphql(`
  query Myths($first: Int, $after: String, $filter: MythFilterInput) {
    myths(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...MythCard
        }
      }
    }
  }
`);

export const mythQuery = graphql(`
  query Myth($idOrSlug: String!) {
    myth(idOrSlug: $idOrSlug) {
      ...MythCard
      factsHtml
      claimReviewJsonLd
      evidence {
        title
        publisher
        url
        publishedOn
      }
      relatedTerms {
        id
        slug
        term
      }
      relatedFaqs {
        id
        slug
        question
      }
      reviewer {
        id
        name
        jobTitle
        organisation {
          id
          name
        }
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

export const createMythMutation = graphql(`
  mutation CreateMyth($input: MythInput!) {
    createMyth(input: $input) {
      id
      slug
      factsHtml
    }
  }
`);

export const updateMythMutation = graphql(`
  mutation UpdateMyth($input: UpdateMythInput!) {
    updateMyth(input: $input) {
      id
      slug
      factsHtml
    }
  }
`);

export const recordMythReviewMutation = graphql(`
  mutation RecordMythReview($input: ContentItemIdInput!) {
    recordMythReview(input: $input) {
      id
      reviewedAt
      reviewDue
      reviewer {
        id
        name
      }
    }
  }
`);

export const mythSettingsQuery = graphql(`
  query MythSettings {
    mythSettings {
      reviewAfterMonths
    }
  }
`);

export const updateMythSettingsMutation = graphql(`
  mutation UpdateMythSettings($input: MythSettingsInput!) {
    updateMythSettings(input: $input) {
      reviewAfterMonths
    }
  }
`);

export const reportRumourMutation = graphql(`
  mutation ReportRumour($input: ReportRumourInput!) {
    reportRumour(input: $input) {
      id
      heard
    }
  }
`);

/** The glossary terms and FAQs an editor may link a myth to (the first 100 of each, A–Z). */
export const mythLinkChoicesQuery = graphql(`
  query MythLinkChoices {
    glossaryTerms(first: 100) {
      edges {
        node {
          id
          slug
          term
        }
      }
    }
    faqs(first: 100) {
      edges {
        node {
          id
          question
        }
      }
    }
  }
`);

export const mythRevisionsQuery = graphql(`
  query MythRevisions($idOrSlug: String!, $first: Int) {
    myth(idOrSlug: $idOrSlug) {
      id
      revisions(first: $first) {
        ...RevisionHistoryFields
      }
    }
  }
`);
