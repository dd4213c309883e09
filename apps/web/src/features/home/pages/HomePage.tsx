import { Link } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { SECTION_LINKS } from '../../../app/navigation';
import { ButtonLink } from '../../../ui';
import { SECTION_SUMMARIES } from '../../sections/sections';

/**
 * The start page. Signed-out visitors learn what Common Ground is and how to
 * join; signed-in staff get a welcome and a way into each section.
 */
export function HomePage() {
  const { viewer } = useAuth();
  if (viewer) {
    return (
      <Page title="Home" heading={`Welcome, ${viewer.name}`} caption={viewer.organisation.name}>
        <p className="govuk-body-l">
          Choose where to start, or go to{' '}
          <Link className="govuk-link" to="/my-learning">
            my learning
          </Link>
          .
        </p>
        <ul className="govuk-list">
          {SECTION_LINKS.map((section) => (
            <li key={section.href} className="govuk-!-margin-bottom-4">
              <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
                <Link className="govuk-link" to={section.href}>
                  {section.text}
                </Link>
              </h2>
              <p className="govuk-body govuk-!-margin-bottom-0">{SECTION_SUMMARIES[section.href]}</p>
            </li>
          ))}
        </ul>
      </Page>
    );
  }
  return (
    <Page title="Learn together across the partnership" heading="Common Ground">
      <p className="govuk-body-l">
        One place for front-line staff in councils, the NHS, the police, schools and voluntary groups to learn, talk and
        find training together.
      </p>
      <p className="govuk-body">Use Common Ground to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>work through short learning modules built around real situations</li>
        <li>discuss what you learn with colleagues from other organisations</li>
        <li>look up words and terms in the languages you meet at work</li>
        <li>find and book partnership courses</li>
      </ul>
      <p className="govuk-body">
        You need a work email address from a partner organisation to create an account. It takes about 5 minutes.
      </p>
      <ButtonLink to="/sign-up" isStartButton>
        Create an account
      </ButtonLink>
      <p className="govuk-body">
        Already have an account?{' '}
        <Link className="govuk-link" to="/sign-in">
          Sign in
        </Link>
        .
      </p>
    </Page>
  );
}
