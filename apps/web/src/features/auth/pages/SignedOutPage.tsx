import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** Confirms sign-out, so people on shared computers know they are safe to leave. */
export function SignedOutPage() {
  return (
    <Page title="You have signed out">
      <p className="govuk-body">You have signed out of Common Ground on this device.</p>
      <p className="govuk-body">If you are using a shared computer, close your browser too.</p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/sign-in">
          Sign in again
        </Link>
      </p>
    </Page>
  );
}
