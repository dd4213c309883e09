import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink, ButtonLink, Pagination, Table } from '../../../ui';
import { frameworkCompetencyPageQuery } from './operations';
import { adminPaths } from './paths';

const PAGE_SIZE = 50;

/**
 * Admins' list of competencies, by strand, group and order. As the gaps report
 * (`gaps`), only those no learning resource serves yet: seed 002's mapping work.
 */
export function CompetenciesPage({ gaps = false }: { gaps?: boolean }) {
  const [params] = useSearchParams();
  const after = params.get('after');
  const { data, loading } = useQuery(frameworkCompetencyPageQuery, {
    variables: { filter: { unmappedOnly: gaps }, first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingPage />;
  const page = data?.frameworkCompetencyPage;
  const rows = page?.edges.map((e) => e.node) ?? [];
  const here = gaps ? adminPaths.gaps : adminPaths.competencies;
  return (
    <Page
      title={gaps ? 'Competencies with no learning resource yet' : 'Competencies'}
      caption="Framework"
      width="full"
      beforeHeading={<BackLink to={adminPaths.root} />}
    >
      {gaps ? (
        <p className="govuk-body">
          Nobody can be pointed to learning for these yet. Map a resource to each one, or add a new resource.
        </p>
      ) : null}
      <ButtonLink to={gaps ? adminPaths.newResource : adminPaths.newCompetency} variant="secondary">
        {gaps ? 'Add a learning resource' : 'Add a competency'}
      </ButtonLink>
      {rows.length === 0 ? (
        <p className="govuk-body">
          {gaps ? 'Every competency has at least one learning resource.' : 'There are no competencies yet.'}
        </p>
      ) : (
        <Table
          caption={`${page?.totalCount ?? rows.length} ${gaps ? 'without a resource' : 'competencies'}`}
          captionClassName="govuk-table__caption--s"
          rowKey={(c) => c.id}
          rows={rows}
          columns={[
            { header: 'Competency', rowHeader: true, cell: (c) => c.statement },
            { header: 'Strand', cell: (c) => c.strandName },
            { header: 'Group', cell: (c) => c.workforceGroupName },
            { header: 'Kind', cell: (c) => (c.kind === 'KNOW' ? 'Know' : 'Do') },
            { header: 'Resources', numeric: true, cell: (c) => c.resourceCount },
            {
              header: 'Actions',
              cell: (c) => (
                <>
                  <Link className="govuk-link govuk-!-margin-right-3" to={adminPaths.editCompetency(c.id)}>
                    Change<span className="govuk-visually-hidden"> {c.statement}</span>
                  </Link>
                  <Link className="govuk-link" to={adminPaths.remove('competencies', c.id)}>
                    Delete<span className="govuk-visually-hidden"> {c.statement}</span>
                  </Link>
                </>
              ),
            },
          ]}
        />
      )}
      <Pagination
        previousHref={after ? here : undefined}
        previousLabel="First page"
        nextHref={
          page?.pageInfo.hasNextPage && page.pageInfo.endCursor
            ? `${here}?after=${encodeURIComponent(page.pageInfo.endCursor)}`
            : undefined
        }
      />
    </Page>
  );
}
