import { graphql } from '../../gql';

export const frameworkToolQuery = graphql(`
  query FrameworkTool {
    frameworkStrands {
      id
      name
      description
    }
    frameworkGroups {
      id
      name
      description
      openToPublic
      isViewersGroup
    }
  }
`);

export const frameworkNeedsQuery = graphql(`
  query FrameworkNeeds($strandId: ID!, $workforceGroupId: ID!) {
    frameworkStrands {
      id
      name
    }
    frameworkGroups {
      id
      name
    }
    frameworkCompetencies(strandId: $strandId, workforceGroupId: $workforceGroupId) {
      id
      statement
      kind
      viewerConfidence
    }
  }
`);

export const rateCompetenciesMutation = graphql(`
  mutation RateCompetencies($input: RateCompetenciesInput!) {
    rateCompetencies(input: $input)
  }
`);

export const learningPlanFields = graphql(`
  fragment LearningPlanFields on LearningPlan {
    personId
    personName
    ratedCount
    gapCount
    resourceCount
    doneCount
    truncated
    viewerCanMarkDone
    gaps {
      competencyId
      statement
      kind
      strandName
      workforceGroupName
      confidence
    }
    resources {
      resourceId
      kind
      title
      description
      url
      done
      completion
      doneAt
      reflection
      countsAutomatically
      serves
    }
  }
`);

export const learningPlanQuery = graphql(`
  query LearningPlan($personId: ID) {
    learningPlan(personId: $personId) {
      ...LearningPlanFields
    }
  }
`);

export const publicLearningPlanQuery = graphql(`
  query PublicLearningPlan($input: RateCompetenciesInput!) {
    publicLearningPlan(input: $input) {
      ...LearningPlanFields
    }
  }
`);

export const markResourceDoneMutation = graphql(`
  mutation MarkResourceDone($input: MarkResourceDoneInput!) {
    markResourceDone(input: $input) {
      ...LearningPlanFields
    }
  }
`);

export const unmarkResourceDoneMutation = graphql(`
  mutation UnmarkResourceDone($input: UnmarkResourceDoneInput!) {
    unmarkResourceDone(input: $input) {
      ...LearningPlanFields
    }
  }
`);

export const teamLearningPlansQuery = graphql(`
  query TeamLearningPlans($first: Int, $after: String) {
    teamLearningPlans(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          personId
          name
          jobTitle
          ratedCount
          gapCount
          resourceCount
          doneCount
        }
      }
    }
  }
`);
