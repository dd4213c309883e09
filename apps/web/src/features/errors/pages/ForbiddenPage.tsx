import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** For signed-in people who reach a page their roles do not allow. */
export function ForbiddenPage() {
  return (
    <Page title="You do not have permission to see this page">
      <p className="govuk-body">Your account does not have the role this page needs.</p>
      <p className="govuk-body">
        If you think you should have access, ask an administrator in your organisation, or{' '}
        <Link className="govuk-link" to="/contact">
          contact the Common Ground team
        </Link>
        .
      </p>
      <p className="govuk-body">
        <Link className="govuk-link" to="/">
          Go to the home page
        </Link>
      </p>
    </Page>
  );
}
