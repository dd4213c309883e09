import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { withFlash } from '../../../app/flash';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { signOutEverywhereMutation } from '../operations';

/**
 * The confirmation step before ending every session, for someone who thinks
 * their account was used on a device they no longer control.
 */
export function SignOutEverywherePage() {
  const navigate = useNavigate();
  const { refresh } = useAuth();
  const [signOutEverywhere, { loading }] = useMutation(signOutEverywhereMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);

  const onConfirm = async () => {
    try {
      await signOutEverywhere();
      await navigate('/signed-out', { state: withFlash('You have been signed out of every device') });
      await refresh();
    } catch (error) {
      setProblem((previous) => ({
        message: mapApiError(error).general[0] ?? 'Try again.',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    }
  };

  return (
    <Page
      title="Sign out of every device"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to="/profile" />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">
        This signs you out of Common Ground everywhere: on this device and on any other computer, phone or tablet you
        have used.
      </p>
      <WarningText>You will need to sign in again on this device as well.</WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={loading}
          loadingText="Signing out…"
          onClick={() => void onConfirm()}
        >
          Sign out of every device
        </Button>
        <Link className="govuk-link" to="/profile">
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}
