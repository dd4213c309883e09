import { Page } from '../../../app/Page';
import { Table } from '../../../ui';

const COOKIES = [
  {
    name: 'cg.sid',
    purpose: 'Keeps you signed in as you move between pages',
    expires: 'When you sign out, or after a period of not using the service',
  },
];

/** Lists the only cookie Common Ground sets, which is essential, so no banner is needed. */
export function CookiesPage() {
  return (
    <Page title="Cookies">
      <p className="govuk-body">Cookies are small files saved on your device when you visit a website.</p>
      <p className="govuk-body">
        Common Ground uses one essential cookie to keep you signed in. We do not use cookies to track you, to measure
        how you use the service or for advertising, so we do not ask for your consent.
      </p>
      <Table
        caption="The cookie Common Ground sets"
        captionClassName="govuk-table__caption--m"
        columns={[
          { header: 'Name', cell: (row) => row.name, rowHeader: true },
          { header: 'Purpose', cell: (row) => row.purpose },
          { header: 'Expires', cell: (row) => row.expires },
        ]}
        rows={COOKIES}
        rowKey={(row) => row.name}
      />
      <p className="govuk-body">If you block this cookie in your browser, you will not be able to sign in.</p>
    </Page>
  );
}
