import { type FormEvent, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { Button, Panel } from '../../../ui';
import { EMAIL_SETTINGS_HREF } from '../paths';

type State = 'ready' | 'sending' | 'done' | 'failed';

/**
 * Where the digest's "stop these emails" link lands: it asks before changing anything (mail
 * scanners open links), then unsubscribes through the same one-click endpoint mail clients
 * use. No sign-in needed: the link's token says whose emails to stop.
 */
export function UnsubscribePage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [state, setState] = useState<State>('ready');

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setState('sending');
    try {
      const response = await fetch(`/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      setState(response.ok ? 'done' : 'failed');
    } catch {
      setState('failed');
    }
  };

  if (state === 'done') {
    return (
      <Page title="You have unsubscribed" heading={false}>
        <Panel title="You have unsubscribed">You will not get daily emails about notifications.</Panel>
        <p className="govuk-body">
          You can turn them back on in{' '}
          <Link className="govuk-link" to={EMAIL_SETTINGS_HREF}>
            your email choices
          </Link>
          .
        </p>
      </Page>
    );
  }
  return (
    <Page title="Stop daily emails about notifications">
      {state === 'failed' ? (
        <p className="govuk-error-message">
          This link did not work. Copy the whole link from the email, or sign in and change your email choices in your
          profile.
        </p>
      ) : null}
      <p className="govuk-body">
        You will stop getting the daily email listing your unread notifications. Emails about your account will still be
        sent.
      </p>
      <form onSubmit={(event) => void onSubmit(event)}>
        <Button loading={state === 'sending'} loadingText="Unsubscribing…" disabled={!token}>
          Unsubscribe
        </Button>
      </form>
    </Page>
  );
}
