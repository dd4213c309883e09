import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary } from '../../../ui';
import { revokeInvitationMutation } from '../operations';

function emailFromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('email' in state)) return null;
  const email = state.email;
  return typeof email === 'string' ? email : null;
}

/**
 * The confirmation step before revoking an invitation. The email comes from
 * the list page (the API has no query for one invitation by id).
 */
export function RevokeInvitationPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const email = emailFromState(location.state);
  const [revoke, { loading }] = useMutation(revokeInvitationMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);

  const onConfirm = async () => {
    try {
      await revoke({ variables: { input: { id } } });
      await navigate('/admin/invitations', {
        state: withFlash(email ? `The invitation for ${email} has been revoked` : 'The invitation has been revoked'),
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
      title={
        email
          ? `Are you sure you want to revoke the invitation for ${email}?`
          : 'Are you sure you want to revoke this invitation?'
      }
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to="/admin/invitations" />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">
        The link in the invitation email will stop working. You can send a new invitation later.
      </p>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={loading}
          loadingText="Revoking…"
          onClick={() => void onConfirm()}
        >
          Yes, revoke invitation
        </Button>
        <Link className="govuk-link" to="/admin/invitations">
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}
