import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation } from 'react-router';
import { Page } from '../../../app/Page';
import { Button, Details, NotificationBanner } from '../../../ui';
import { resendVerificationEmailMutation } from '../operations';

function emailFromState(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('email' in state)) return null;
  const email = state.email;
  return typeof email === 'string' ? email : null;
}

/** After sign-up: tells the person to open the link we emailed, and lets them ask for it again. */
export function CheckEmailPage() {
  const location = useLocation();
  const email = emailFromState(location.state);
  const [resend, { loading, called, error }] = useMutation(resendVerificationEmailMutation);
  const [sent, setSent] = useState(false);

  const onResend = async () => {
    if (!email) return;
    try {
      await resend({ variables: { input: { email } } });
      setSent(true);
    } catch {
      setSent(false);
    }
  };

  return (
    <Page
      title="Check your email"
      beforeHeading={sent ? <NotificationBanner type="success" heading="We have sent the email again" /> : null}
    >
      <p className="govuk-body">
        We have sent a link to {email ? <strong>{email}</strong> : 'your email address'}. Open the link to confirm your
        email address and finish creating your account.
      </p>
      <p className="govuk-body">The link works for 24 hours.</p>
      <Details summary="I have not received the email">
        <p className="govuk-body">It can take a few minutes to arrive. Check your junk or spam folder.</p>
        {email ? (
          <>
            {called && error ? (
              <p className="govuk-error-message">We could not send the email again. Try again later.</p>
            ) : null}
            <Button
              type="button"
              variant="secondary"
              loading={loading}
              loadingText="Sending…"
              onClick={() => void onResend()}
            >
              Send the email again
            </Button>
          </>
        ) : null}
      </Details>
    </Page>
  );
}
