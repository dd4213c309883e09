import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { adminPersonQuery, deactivatePersonMutation, reactivatePersonMutation } from '../operations';

/** The confirmation step before closing (or reopening) someone's account. */
export function PersonStatusPage({ action }: { action: 'deactivate' | 'reactivate' }) {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(adminPersonQuery, { variables: { id } });
  const [deactivate, deactivateState] = useMutation(deactivatePersonMutation);
  const [reactivate, reactivateState] = useMutation(reactivatePersonMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);
  const person = data?.person;

  if (loading && !data) return <LoadingPage />;
  if (!person) return <NotFoundPage />;

  const closing = action === 'deactivate';
  const onConfirm = async () => {
    try {
      if (closing) await deactivate({ variables: { input: { personId: person.id } } });
      else await reactivate({ variables: { input: { personId: person.id } } });
      await navigate(`/admin/people/${person.id}`, {
        state: withFlash(
          closing ? `${person.name}’s account has been closed` : `${person.name}’s account has been reopened`,
        ),
      });
    } catch (error) {
      setProblem((previous) => ({
        message: mapApiError(error).general[0] ?? 'Try again.',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    }
  };

  return (
    <Page
      title={closing ? `Are you sure you want to close ${person.name}’s account?` : `Reopen ${person.name}’s account?`}
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={`/admin/people/${person.id}`} />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      {closing ? (
        <>
          <p className="govuk-body">
            They will be signed out straight away and will not be able to sign in again until the account is reopened.
          </p>
          <WarningText>Their learning record and posts are kept.</WarningText>
        </>
      ) : (
        <p className="govuk-body">They will be able to sign in again with their existing password.</p>
      )}
      <ButtonGroup>
        <Button
          type="button"
          variant={closing ? 'warning' : 'primary'}
          loading={deactivateState.loading || reactivateState.loading}
          onClick={() => void onConfirm()}
        >
          {closing ? 'Yes, close account' : 'Yes, reopen account'}
        </Button>
        <Link className="govuk-link" to={`/admin/people/${person.id}`}>
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}
