import { useQuery } from '@apollo/client/react';
import { RESOURCE_KIND_LABELS } from '@common-ground/shared';
import { Link, useSearchParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink, ButtonLink, Pagination, Table } from '../../../ui';
import { frameworkResourcesQuery } from './operations';
import { adminPaths } from './paths';

const PAGE_SIZE = 50;

/** Admins' list of learning resources, by title, with how many competencies each serves. */
export function ResourcesPage() {
  const [params] = useSearchParams();
  const after = params.get('after');
  const { data, loading } = useQuery(frameworkResourcesQuery, {
    variables: { first: PAGE_SIZE, after },
    fetchPolicy: 'network-only',
  });
  if (loading && !data) return <LoadingPage />;
  const page = data?.frameworkResources;
  const rows = page?.edges.map((e) => e.node) ?? [];
  return (
    <Page title="Learning resources" caption="Framework" width="full" beforeHeading={<BackLink to={adminPaths.root} />}>
      <ButtonLink to={adminPaths.newResource} variant="secondary">
        Add a learning resource
      </ButtonLink>
      {rows.length === 0 ? (
        <p className="govuk-body">There are no learning resources yet.</p>
      ) : (
        <Table
          caption={`${page?.totalCount ?? rows.length} learning resources`}
          captionClassName="govuk-table__caption--s"
          rowKey={(r) => r.id}
          rows={rows}
          columns={[
            { header: 'Title', rowHeader: true, cell: (r) => r.title },
            { header: 'Kind', cell: (r) => RESOURCE_KIND_LABELS[r.kind] },
            { header: 'Competencies', numeric: true, cell: (r) => r.competencies.length },
            {
              header: 'Actions',
              cell: (r) => (
                <>
                  <Link className="govuk-link govuk-!-margin-right-3" to={adminPaths.editResource(r.id)}>
                    Change<span className="govuk-visually-hidden"> {r.title}</span>
                  </Link>
                  <Link className="govuk-link" to={adminPaths.remove('resources', r.id)}>
                    Delete<span className="govuk-visually-hidden"> {r.title}</span>
                  </Link>
                </>
              ),
            },
          ]}
        />
      )}
      <Pagination
        previousHref={after ? adminPaths.resources : undefined}
        previousLabel="First page"
        nextHref={
          page?.pageInfo.hasNextPage && page.pageInfo.endCursor
            ? `${adminPaths.resources}?after=${encodeURIComponent(page.pageInfo.endCursor)}`
            : undefined
        }
      />
    </Page>
  );
}
