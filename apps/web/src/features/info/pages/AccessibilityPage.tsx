import { Link } from 'react-router';
import { Page } from '../../../app/Page';

/** The accessibility statement public-sector websites must publish. */
export function AccessibilityPage() {
  return (
    <Page title="Accessibility statement for Common Ground">
      <p className="govuk-body">
        Common Ground is run by the partnership for staff and volunteers in its member organisations. We want as many
        people as possible to be able to use it.
      </p>
      <h2 className="govuk-heading-m">Using Common Ground</h2>
      <p className="govuk-body">You should be able to:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>change colours, contrast levels and fonts using your browser or device settings</li>
        <li>zoom in up to 400% without the text spilling off the screen</li>
        <li>get around every page using just a keyboard</li>
        <li>get around every page using speech recognition software</li>
        <li>use every page with a screen reader, such as NVDA, JAWS or VoiceOver</li>
      </ul>
      <p className="govuk-body">
        We have tried to keep the words plain. Pages use the design patterns found on many council and NHS services, so
        they should feel familiar.
      </p>
      <h2 className="govuk-heading-m">How accessible this service is</h2>
      <p className="govuk-body">
        We aim to meet the Web Content Accessibility Guidelines (WCAG) version 2.2 at level AA. Common Ground is new and
        in beta. We test each page with automated checks and by hand with a keyboard. We have not yet had a full
        independent audit, so some parts may not work as well as they should.
      </p>
      <h2 className="govuk-heading-m">Feedback and contact information</h2>
      <p className="govuk-body">
        If you find a problem, or you need information in a different format such as large print or audio,{' '}
        <Link className="govuk-link" to="/contact">
          contact the Common Ground team
        </Link>
        . Tell us the page address and what you were trying to do. We will reply within 5 working days.
      </p>
      <h2 className="govuk-heading-m">Enforcement procedure</h2>
      <p className="govuk-body">
        The Equality and Human Rights Commission (EHRC) is responsible for enforcing the Public Sector Bodies (Websites
        and Mobile Applications) (No. 2) Accessibility Regulations 2018. If you are not happy with how we respond to
        your complaint, contact the Equality Advisory and Support Service (EASS).
      </p>
      <h2 className="govuk-heading-m">Preparation of this statement</h2>
      <p className="govuk-body">
        This statement was prepared while Common Ground was in beta. We will review it after the first independent
        audit.
      </p>
    </Page>
  );
}
