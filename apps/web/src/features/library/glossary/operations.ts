import { graphql } from '../../../gql';

export const glossaryTermFields = graphql(`
  fragment GlossaryTermFields on GlossaryTerm {
    id
    slug
    term
    letter
    definition
    category
    status
    audience
    updatedAt
    viewerCan {
      edit
      publish
      archive
    }
    translations {
      languageCode
      languageName
      text
      pronunciation
      direction
      audioUrl
    }
  }
`);

export const glossaryPageQuery = graphql(`
  query GlossaryPage($filter: GlossaryTermsFilter, $first: Int, $after: String) {
    glossaryTerms(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...GlossaryTermFields
        }
      }
    }
    glossaryLetters
    glossaryLanguages {
      code
      name
      direction
    }
  }
`);

export const glossaryTermQuery = graphql(`
  query GlossaryTermPage($slug: String!) {
    glossaryTerm(slug: $slug) {
      ...GlossaryTermFields
    }
  }
`);

export const glossaryCardQuery = graphql(`
  query GlossaryCard($filter: GlossaryTermsFilter, $first: Int) {
    glossaryTerms(filter: $filter, first: $first) {
      edges {
        node {
          ...GlossaryTermFields
        }
      }
    }
    glossaryLanguages {
      code
      name
      direction
    }
  }
`);

export const createGlossaryTermMutation = graphql(`
  mutation CreateGlossaryTerm($input: GlossaryTermInput!) {
    createGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const updateGlossaryTermMutation = graphql(`
  mutation UpdateGlossaryTerm($input: UpdateGlossaryTermInput!) {
    updateGlossaryTerm(input: $input) {
      ...GlossaryTermFields
    }
  }
`);

export const deleteGlossaryTermMutation = graphql(`
  mutation DeleteGlossaryTerm($input: DeleteGlossaryTermInput!) {
    deleteGlossaryTerm(input: $input)
  }
`);

export const glossaryLinkingQuery = graphql(`
  query GlossaryLinking($contentKind: LinkableContentKind!, $contentId: ID!) {
    glossaryLinking(contentKind: $contentKind, contentId: $contentId)
  }
`);

export const setGlossaryLinkingMutation = graphql(`
  mutation SetGlossaryLinking($input: SetGlossaryLinkingInput!) {
    setGlossaryLinking(input: $input)
  }
`);

export const publishGlossaryTermMutation = graphql(`
  mutation PublishGlossaryTerm($input: PublishContentInput!) {
    publishContentItem(input: $input) {
      id
      status
    }
  }
`);

export const archiveGlossaryTermMutation = graphql(`
  mutation ArchiveGlossaryTerm($input: ContentItemIdInput!) {
    archiveContentItem(input: $input) {
      id
      status
    }
  }
`);
