import { graphql } from '../../../gql';

export const frameworkAdminQuery = graphql(`
  query FrameworkAdmin {
    frameworkStrands {
      id
      name
      description
      position
    }
    frameworkGroups {
      id
      name
      description
      position
      profileGroup
      openToPublic
    }
  }
`);

export const competencyFields = graphql(`
  fragment CompetencyAdminFields on Competency {
    id
    statement
    kind
    position
    strandId
    strandName
    workforceGroupId
    workforceGroupName
    resourceCount
  }
`);

export const frameworkCompetencyPageQuery = graphql(`
  query FrameworkCompetencyPage($filter: CompetenciesFilter, $first: Int, $after: String) {
    frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...CompetencyAdminFields
        }
      }
    }
  }
`);

export const frameworkCompetencyQuery = graphql(`
  query FrameworkCompetency($id: ID!) {
    frameworkCompetency(id: $id) {
      ...CompetencyAdminFields
    }
  }
`);

export const resourceFields = graphql(`
  fragment ResourceAdminFields on LearningResource {
    id
    kind
    title
    description
    url
    moduleId
    competencies {
      id
      statement
      strandName
      workforceGroupName
    }
  }
`);

export const frameworkResourcesQuery = graphql(`
  query FrameworkResources($filter: ResourcesFilter, $first: Int, $after: String) {
    frameworkResources(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...ResourceAdminFields
        }
      }
    }
  }
`);

export const frameworkResourceQuery = graphql(`
  query FrameworkResource($id: ID!) {
    frameworkResource(id: $id) {
      ...ResourceAdminFields
    }
  }
`);

export const createStrandMutation = graphql(`
  mutation CreateStrand($input: StrandInput!) {
    createStrand(input: $input) {
      id
      name
    }
  }
`);

export const updateStrandMutation = graphql(`
  mutation UpdateStrand($input: UpdateStrandInput!) {
    updateStrand(input: $input) {
      id
      name
    }
  }
`);

export const deleteStrandMutation = graphql(`
  mutation DeleteStrand($input: FrameworkIdInput!) {
    deleteStrand(input: $input)
  }
`);

export const createWorkforceGroupMutation = graphql(`
  mutation CreateWorkforceGroup($input: WorkforceGroupInput!) {
    createWorkforceGroup(input: $input) {
      id
      name
    }
  }
`);

export const updateWorkforceGroupMutation = graphql(`
  mutation UpdateWorkforceGroup($input: UpdateWorkforceGroupInput!) {
    updateWorkforceGroup(input: $input) {
      id
      name
    }
  }
`);

export const deleteWorkforceGroupMutation = graphql(`
  mutation DeleteWorkforceGroup($input: FrameworkIdInput!) {
    deleteWorkforceGroup(input: $input)
  }
`);

export const createCompetencyMutation = graphql(`
  mutation CreateCompetency($input: CompetencyInput!) {
    createCompetency(input: $input) {
      ...CompetencyAdminFields
    }
  }
`);

export const updateCompetencyMutation = graphql(`
  mutation UpdateCompetency($input: UpdateCompetencyInput!) {
    updateCompetency(input: $input) {
      ...CompetencyAdminFields
    }
  }
`);

export const deleteCompetencyMutation = graphql(`
  mutation DeleteCompetency($input: FrameworkIdInput!) {
    deleteCompetency(input: $input)
  }
`);

export const createLearningResourceMutation = graphql(`
  mutation CreateLearningResource($input: ResourceInput!) {
    createLearningResource(input: $input) {
      ...ResourceAdminFields
    }
  }
`);

export const updateLearningResourceMutation = graphql(`
  mutation UpdateLearningResource($input: UpdateResourceInput!) {
    updateLearningResource(input: $input) {
      ...ResourceAdminFields
    }
  }
`);

export const deleteLearningResourceMutation = graphql(`
  mutation DeleteLearningResource($input: FrameworkIdInput!) {
    deleteLearningResource(input: $input)
  }
`);

/** The modules an admin can point a module resource at (the catalogue, first page). */
export const frameworkModuleChoicesQuery = graphql(`
  query FrameworkModuleChoices {
    learningModules(first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);
