import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** What personal data Common Ground holds, why, and people's rights over it. */
export function PrivacyPage() {
  return (
    <Page title="Privacy notice">
      <p className="govuk-body">
        This notice explains what information Common Ground keeps about you, why we keep it and what you can do about
        it.
      </p>
      <h2 className="govuk-heading-m">What we keep</h2>
      <ul className="govuk-list govuk-list--bullet">
        <li>your name, work email address and job title</li>
        <li>the organisation you work for and the workforce group you chose</li>
        <li>your preferred language</li>
        <li>your line manager’s email address, if you give it</li>
        <li>what you do on Common Ground, such as the learning you complete and the courses you book</li>
      </ul>
      <p className="govuk-body">
        We never ask for details of the people you support. Please do not post anything that could identify them.
      </p>
      <h2 className="govuk-heading-m">Why we keep it</h2>
      <p className="govuk-body">
        We use your information to run your account, record your learning, send you messages about courses you book, and
        tell your line manager when a course needs their agreement. Partnership leads see reports about learning across
        organisations. Small numbers are hidden in those reports so individuals cannot be picked out.
      </p>
      <h2 className="govuk-heading-m">How long we keep it</h2>
      <p className="govuk-body">
        We keep your account while you use it. If an administrator closes your account, we keep your learning record for
        as long as the partnership needs it to show training was done, and then delete it.
      </p>
      <h2 className="govuk-heading-m">Your rights</h2>
      <p className="govuk-body">
        You can ask to see the information we hold about you, ask us to correct it, or ask us to delete it.{' '}
        <Link className="govuk-link" to="/contact">
          Contact the Common Ground team
        </Link>{' '}
        to do this. You can also complain to the Information Commissioner’s Office if you are unhappy with how we use
        your information.
      </p>
    </Page>
  );
}
