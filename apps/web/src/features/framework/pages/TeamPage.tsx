import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink, Pagination, Table } from '../../../ui';
import { teamLearningPlansQuery } from '../operations';
import { FRAMEWORK_PATH, teamMemberPlanHref, TEAM_PATH } from '../paths';

const PAGE_SIZE = 50;

/** A line manager's view: the people who named them as line manager and how far each is with their plan. */
export function TeamPage() {
  const [params] = useSearchParams();
  const after = params.get('after');
  const { data, loading } = useQuery(teamLearningPlansQuery, {
    variables: { first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingPage />;
  const page = data?.teamLearningPlans;
  const rows = page?.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Your team’s learning plans" width="full" beforeHeading={<BackLink to={FRAMEWORK_PATH} />}>
      {rows.length === 0 ? (
        <p className="govuk-body">
          Nobody has named you as their line manager yet. People name their line manager in their profile.
        </p>
      ) : (
        <>
          <Table
            caption={`${page?.totalCount ?? rows.length} people name you as their line manager`}
            captionClassName="govuk-table__caption--s"
            rowKey={(row) => row.personId}
            rows={rows}
            columns={[
              {
                header: 'Name',
                rowHeader: true,
                cell: (row) => (
                  <Link className="govuk-link" to={teamMemberPlanHref(row.personId)}>
                    {row.name}
                    <span className="govuk-visually-hidden">: learning plan</span>
                  </Link>
                ),
              },
              { header: 'Job title', cell: (row) => row.jobTitle },
              { header: 'Rated', numeric: true, cell: (row) => row.ratedCount },
              { header: 'To work on', numeric: true, cell: (row) => row.gapCount },
              { header: 'Resources done', numeric: true, cell: (row) => `${row.doneCount} of ${row.resourceCount}` },
            ]}
          />
          <Pagination
            previousHref={after ? TEAM_PATH : undefined}
            previousLabel="First page"
            nextHref={
              page?.pageInfo.hasNextPage && page.pageInfo.endCursor
                ? `${TEAM_PATH}?after=${encodeURIComponent(page.pageInfo.endCursor)}`
                : undefined
            }
          />
        </>
      )}
    </Page>
  );
}
