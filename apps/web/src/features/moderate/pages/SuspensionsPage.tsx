import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { NotificationBanner, Pagination, Table } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { ModerationNav } from '../components/ModerationNav';
import { ReasonForm } from '../components/ReasonForm';
import { activeSuspensionsQuery, liftSuspensionMutation } from '../operations';
import '../../discuss/discuss.scss';
import '../moderate.scss';

/**
 * Suspensions in force, ending soonest first, each with the way to lift it early (after a
 * confirm step with a reason). People are suspended from the moderation queue.
 */
export function SuspensionsPage() {
  const page = useCursorPage();
  const { data, loading, error, refetch } = useQuery(activeSuspensionsQuery, {
    variables: { first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const [lift] = useMutation(liftSuspensionMutation);
  const [lifting, setLifting] = useState<string | null>(null);
  const [lifted, setLifted] = useState<string | null>(null);
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.activeSuspensions;
  const suspensions = connection?.edges.map((edge) => edge.node) ?? [];

  return (
    <Page title="Suspensions" caption="Moderation" width="full">
      <ModerationNav />
      {lifted ? <NotificationBanner key={lifted} type="success" heading={lifted} /> : null}
      {loading && !data ? (
        <p className="govuk-body">Loading…</p>
      ) : suspensions.length === 0 ? (
        <p className="govuk-body">
          Nobody is suspended. To suspend someone, use “Suspend” beside their post in the moderation queue.
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(suspensions.length, connection?.totalCount ?? 0, 'suspensions')}
            captionClassName="govuk-table__caption--s"
            rows={suspensions}
            rowKey={(s) => s.id}
            columns={[
              {
                header: 'Person',
                rowHeader: true,
                cell: (s) =>
                  s.person ? `${s.person.name}, ${s.person.organisation.name}` : 'A former member of staff',
              },
              { header: 'Until', cell: (s) => formatDateTime(s.endsAt) },
              { header: 'Reason', cell: (s) => s.reason },
              {
                header: 'Lift',
                cell: (s) =>
                  lifting === s.id ? (
                    <ReasonForm
                      id={`lift-${s.id}`}
                      question={s.person ? `Lift ${s.person.name}’s suspension now?` : 'Lift this suspension now?'}
                      warning="They will be able to post, react and reply again straight away."
                      label="Reason"
                      confirmText="Yes, lift suspension"
                      onCancel={() => setLifting(null)}
                      onConfirm={async (reason) => {
                        await lift({ variables: { input: { suspensionId: s.id, reason } } });
                        setLifting(null);
                        setLifted(
                          s.person
                            ? `${s.person.name}’s suspension has been lifted.`
                            : 'The suspension has been lifted.',
                        );
                        await refetch();
                      }}
                    />
                  ) : (
                    <button type="button" className="govuk-link app-link-button" onClick={() => setLifting(s.id)}>
                      Lift<span className="govuk-visually-hidden"> {s.person?.name}’s suspension</span>
                    </button>
                  ),
              },
            ]}
          />
          <Pagination
            previousHref={page.previousHref}
            nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
            landmarkLabel="Pages of suspensions"
          />
        </>
      )}
    </Page>
  );
}
