import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { usePageTitle } from '../../../app/usePageTitle';
import { NotFoundPage } from './NotFoundPage';

/**
 * Shown when a page fails to render. It says what happened and what to do,
 * never a stack trace. Sits outside the page shell's Announcer, so it sets
 * its own title without moving focus.
 */
export function ErrorPage() {
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return <ServiceProblem />;
}

function ServiceProblem() {
  usePageTitle('Sorry, there is a problem with the service');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l" tabIndex={-1}>
          Sorry, there is a problem with the service
        </h1>
        <p className="govuk-body">Try again later. Anything you had already saved is safe.</p>
        <p className="govuk-body">
          If it keeps happening,{' '}
          <Link className="govuk-link" to="/contact">
            contact the Common Ground team
          </Link>{' '}
          and tell us what you were trying to do.
        </p>
      </div>
    </div>
  );
}
