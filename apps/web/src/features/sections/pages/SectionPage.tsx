import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { InsetText } from '../../../ui';
import { SECTIONS } from '../sections';

/**
 * A section that is not built yet: says what it will hold and that it is
 * coming soon, so nobody mistakes it for a broken page.
 */
export function SectionPage({ path }: { path: string }) {
  const section = SECTIONS[path];
  if (!section) return null;
  return (
    <Page title={section.title}>
      <p className="govuk-body-l">{section.lead}</p>
      <InsetText>This section is coming soon. We are building it now.</InsetText>
      <h2 className="govuk-heading-m">What you will find here</h2>
      <ul className="govuk-list govuk-list--bullet">
        {section.willHold.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p className="govuk-body">
        If there is something you would like to see here,{' '}
        <Link className="govuk-link" to="/contact">
          tell us
        </Link>
        .
      </p>
    </Page>
  );
}
