import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** A page-level message when a query fails (for example the API is down). */
export function SomethingWentWrong() {
  return (
    <Page title="Sorry, there is a problem with the service">
      <p className="govuk-body">We could not load this page. Try again later.</p>
      <p className="govuk-body">
        If it keeps happening,{' '}
        <Link className="govuk-link" to="/contact">
          contact the Common Ground team
        </Link>
        .
      </p>
    </Page>
  );
}
