import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** For any address the app does not know, including mistyped links. */
export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p className="govuk-body">If you typed the web address, check it is correct.</p>
      <p className="govuk-body">If you pasted the web address, check you copied the entire address.</p>
      <p className="govuk-body">
        You can go to the{' '}
        <Link className="govuk-link" to="/">
          Common Ground home page
        </Link>{' '}
        or{' '}
        <Link className="govuk-link" to="/contact">
          contact the Common Ground team
        </Link>{' '}
        if the page should be here.
      </p>
    </Page>
  );
}
