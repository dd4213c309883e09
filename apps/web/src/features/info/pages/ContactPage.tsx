import { Page } from '../../../app/Page';
import { InsetText } from '../../../ui';

/** How to reach the team that runs Common Ground, and what not to send. */
export function ContactPage() {
  return (
    <Page title="Contact the Common Ground team">
      <p className="govuk-body">Contact us if you:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>cannot sign in or did not get an email from us</li>
        <li>need a page in a different format</li>
        <li>found something that does not work or is wrong</li>
        <li>have an idea that would make Common Ground better</li>
      </ul>
      <h2 className="govuk-heading-m">By email</h2>
      <p className="govuk-body">
        Email the partnership’s learning and development team through your organisation’s usual training contact. Tell
        us your name, your organisation and what you need. We reply within 5 working days.
      </p>
      <InsetText>
        Do not send details about the people you support, such as names, addresses or dates of birth. If someone is at
        risk now, follow your organisation’s safeguarding procedure or call 999 in an emergency.
      </InsetText>
    </Page>
  );
}
