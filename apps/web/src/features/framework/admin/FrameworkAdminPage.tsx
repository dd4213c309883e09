import { useQuery } from '@apollo/client/react';
import { WORKFORCE_GROUP_LABELS } from '@common-ground/shared';
import { Link } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { BackLink, ButtonLink, Table } from '../../../ui';
import { FRAMEWORK_PATH } from '../paths';
import { frameworkAdminQuery } from './operations';
import { adminPaths } from './paths';

/** Admins' overview of the framework: strands and workforce groups, and the way to competencies, resources and gaps. */
export function FrameworkAdminPage() {
  const { data, loading } = useQuery(frameworkAdminQuery, { fetchPolicy: 'network-only' });
  if (loading && !data) return <LoadingPage />;
  const strands = data?.frameworkStrands ?? [];
  const groups = data?.frameworkGroups ?? [];
  return (
    <Page title="Manage the framework" width="full" beforeHeading={<BackLink to={FRAMEWORK_PATH} />}>
      <ul className="govuk-list">
        <li>
          <Link className="govuk-link" to={adminPaths.competencies}>
            Competencies
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={adminPaths.resources}>
            Learning resources and what they are mapped to
          </Link>
        </li>
        <li>
          <Link className="govuk-link" to={adminPaths.gaps}>
            Competencies with no learning resource yet
          </Link>
        </li>
      </ul>
      <h2 className="govuk-heading-m">Strands</h2>
      {strands.length ? (
        <Table
          caption="Strands, in the order people see them"
          captionClassName="govuk-visually-hidden"
          rowKey={(s) => s.id}
          rows={strands}
          columns={[
            { header: 'Strand', rowHeader: true, cell: (s) => s.name },
            { header: 'Order', numeric: true, cell: (s) => s.position },
            {
              header: 'Actions',
              cell: (s) => (
                <>
                  <Link className="govuk-link govuk-!-margin-right-3" to={adminPaths.editStrand(s.id)}>
                    Change<span className="govuk-visually-hidden"> {s.name}</span>
                  </Link>
                  <Link className="govuk-link" to={adminPaths.remove('strands', s.id)}>
                    Delete<span className="govuk-visually-hidden"> {s.name}</span>
                  </Link>
                </>
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">There are no strands yet. Add one to start the framework.</p>
      )}
      <ButtonLink to={adminPaths.newStrand} variant="secondary">
        Add a strand
      </ButtonLink>
      <h2 className="govuk-heading-m">Workforce groups</h2>
      {groups.length ? (
        <Table
          caption="Workforce groups, from general contact to leaders"
          captionClassName="govuk-visually-hidden"
          rowKey={(g) => g.id}
          rows={groups}
          columns={[
            { header: 'Group', rowHeader: true, cell: (g) => g.name },
            { header: 'Order', numeric: true, cell: (g) => g.position },
            {
              header: 'Profile group',
              cell: (g) => (g.profileGroup ? WORKFORCE_GROUP_LABELS[g.profileGroup] : 'None'),
            },
            { header: 'Open to the public', cell: (g) => (g.openToPublic ? 'Yes' : 'No') },
            {
              header: 'Actions',
              cell: (g) => (
                <>
                  <Link className="govuk-link govuk-!-margin-right-3" to={adminPaths.editGroup(g.id)}>
                    Change<span className="govuk-visually-hidden"> {g.name}</span>
                  </Link>
                  <Link className="govuk-link" to={adminPaths.remove('groups', g.id)}>
                    Delete<span className="govuk-visually-hidden"> {g.name}</span>
                  </Link>
                </>
              ),
            },
          ]}
        />
      ) : (
        <p className="govuk-body">There are no workforce groups yet.</p>
      )}
      <ButtonLink to={adminPaths.newGroup} variant="secondary">
        Add a workforce group
      </ButtonLink>
    </Page>
  );
}
