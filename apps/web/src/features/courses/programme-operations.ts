import { graphql } from '../../gql';

/** The framework's strands, for the programme's strand filter (public). */
export const programmeStrandsQuery = graphql(`
  query ProgrammeStrands {
    frameworkStrands {
      id
      name
    }
  }
`);
