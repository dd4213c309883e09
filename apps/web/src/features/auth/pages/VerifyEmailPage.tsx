import { useMutation } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { Panel } from '../../../ui';
import { verifyEmailMutation } from '../operations';

type Outcome = { state: 'working' } | { state: 'done' } | { state: 'failed'; message: string };

/**
 * Opened from the link in the sign-up email: confirms the address once,
 * signs the person in and says so.
 */
export function VerifyEmailPage() {
  const [params] = useSearchParams();
  const token = params.get('token');
  const { refresh } = useAuth();
  const [verifyEmail] = useMutation(verifyEmailMutation);
  const [outcome, setOutcome] = useState<Outcome>({ state: 'working' });
  const started = useRef(false);

  useEffect(() => {
    if (started.current || !token) return;
    started.current = true;
    verifyEmail({ variables: { input: { token } } })
      .then(async () => {
        await refresh();
        setOutcome({ state: 'done' });
      })
      .catch((error: unknown) => {
        setOutcome({
          state: 'failed',
          message: mapApiError(error).general[0] ?? 'The link has expired or has already been used.',
        });
      });
  }, [token, verifyEmail, refresh]);

  if (!token || outcome.state === 'failed') {
    return (
      <Page title="This link does not work">
        <p className="govuk-body">
          {outcome.state === 'failed' ? outcome.message : 'The link is missing part of the address.'}
        </p>
        <p className="govuk-body">
          If you already confirmed your email address,{' '}
          <Link className="govuk-link" to="/sign-in">
            sign in
          </Link>
          . If not, sign in and we will offer to send a new link, or{' '}
          <Link className="govuk-link" to="/contact">
            contact us
          </Link>
          .
        </p>
      </Page>
    );
  }
  if (outcome.state === 'working') return <LoadingPage />;
  return (
    <Page title="Email address confirmed" heading={false}>
      <Panel title="Email address confirmed">You are now signed in</Panel>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the Common Ground home page
        </Link>
      </p>
    </Page>
  );
}
