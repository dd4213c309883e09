import { useApolloClient } from '@apollo/client/react';
import { LIMITS } from '@common-ground/shared';
import { useEffect, useState } from 'react';
import type { CompetencyAdminFieldsFragment, FrameworkCompetencyPageQuery } from '../../../gql/graphql';
import { frameworkCompetencyPageQuery } from './operations';

export interface AllCompetencies {
  competencies: CompetencyAdminFieldsFragment[];
  loading: boolean;
  /** True when a page could not be read: the form must not offer a partial list. */
  failed: boolean;
}

/**
 * Every competency of the framework, read page by page (the API's largest page is
 * LIMITS.pageSizeMax), so a resource can be mapped to any of them however many there are.
 */
export function useAllCompetencies(): AllCompetencies {
  const client = useApolloClient();
  const [state, setState] = useState<AllCompetencies>({ competencies: [], loading: true, failed: false });
  useEffect(() => {
    let current = true;
    const readPage = async (after: string | null): Promise<FrameworkCompetencyPageQuery['frameworkCompetencyPage']> => {
      const { data } = await client.query({
        query: frameworkCompetencyPageQuery,
        variables: { first: LIMITS.pageSizeMax, after },
        fetchPolicy: 'network-only',
      });
      if (!data) throw new Error('No page of competencies');
      return data.frameworkCompetencyPage;
    };
    const readAll = async () => {
      const all: CompetencyAdminFieldsFragment[] = [];
      let page = await readPage(null);
      all.push(...page.edges.map((e) => e.node));
      while (page.pageInfo.hasNextPage && page.pageInfo.endCursor) {
        page = await readPage(page.pageInfo.endCursor);
        all.push(...page.edges.map((e) => e.node));
      }
      return all;
    };
    readAll().then(
      (competencies) => current && setState({ competencies, loading: false, failed: false }),
      () => current && setState({ competencies: [], loading: false, failed: true }),
    );
    return () => {
      current = false;
    };
  }, [client]);
  return state;
}
