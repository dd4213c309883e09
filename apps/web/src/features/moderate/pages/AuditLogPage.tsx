import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { Button, Pagination, Select, Table } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { threadHref } from '../../discuss/paths';
import { AUDIT_ACTION_LABELS, isAuditAction } from '../auditActions';
import { ModerationNav } from '../components/ModerationNav';
import { moderationAuditLogQuery } from '../operations';
import { AUDIT_HREF } from '../paths';
import '../moderate.scss';

/** A link to the log narrowed to one moderator or one person. */
function filterHref(key: 'moderator' | 'person', id: string): string {
  return `${AUDIT_HREF}?${key}=${encodeURIComponent(id)}`;
}

/**
 * The moderation audit log, newest first: who did what, to whom, why and when. It can be
 * narrowed to one kind of action, one moderator or one person, and never changed.
 */
export function AuditLogPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const actionParam = params.get('action');
  const action = isAuditAction(actionParam) ? actionParam : null;
  const moderatorId = params.get('moderator');
  const personId = params.get('person');
  const [chosen, setChosen] = useState(action ?? '');
  const { data, loading, error } = useQuery(moderationAuditLogQuery, {
    variables: { action, moderatorId, personId, first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.moderationAuditLog;
  const entries = connection?.edges.map((edge) => edge.node) ?? [];
  const filtered = !!(action || moderatorId || personId);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (chosen) next.set('action', chosen);
    if (moderatorId) next.set('moderator', moderatorId);
    if (personId) next.set('person', personId);
    void navigate(`${AUDIT_HREF}${next.size ? `?${next.toString()}` : ''}`);
  };

  return (
    <Page title="Moderation audit log" caption="Moderation" width="full">
      <ModerationNav />
      <p className="govuk-body">
        Every moderation action is recorded here with its reason. Entries can never be changed or removed.
      </p>
      <form className="govuk-!-margin-bottom-6" onSubmit={apply}>
        <Select
          id="action"
          label="Action"
          value={chosen}
          onChange={setChosen}
          options={[
            { value: '', text: 'All actions' },
            ...Object.entries(AUDIT_ACTION_LABELS).map(([value, text]) => ({ value, text })),
          ]}
        />
        <Button type="submit" variant="secondary">
          Apply filter
        </Button>
        {moderatorId || personId ? (
          <p className="govuk-body">Showing only actions {moderatorId ? 'by one moderator' : 'about one person'}.</p>
        ) : null}
        {filtered ? (
          <p className="govuk-body">
            <Link className="govuk-link" to={AUDIT_HREF}>
              Clear filters
            </Link>
          </p>
        ) : null}
      </form>
      {loading && !data ? (
        <p className="govuk-body">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="govuk-body">
          {filtered ? 'No actions match these filters. Try clearing them.' : 'No moderation actions yet.'}
        </p>
      ) : (
        <>
          <Table
            caption={page.showing(entries.length, connection?.totalCount ?? 0, 'actions')}
            captionClassName="govuk-table__caption--s"
            rows={entries}
            rowKey={(entry) => entry.id}
            columns={[
              { header: 'When', rowHeader: true, cell: (entry) => formatDateTime(entry.at) },
              {
                header: 'Action',
                cell: (entry) => (
                  <>
                    {AUDIT_ACTION_LABELS[entry.action]}
                    {entry.detail ? <span className="govuk-body-s govuk-!-display-block">{entry.detail}</span> : null}
                    {entry.threadId ? (
                      <Link className="govuk-link govuk-body-s govuk-!-display-block" to={threadHref(entry.threadId)}>
                        See the discussion
                      </Link>
                    ) : null}
                  </>
                ),
              },
              {
                header: 'By',
                cell: (entry) =>
                  entry.moderator ? (
                    <Link className="govuk-link" to={filterHref('moderator', entry.moderator.id)}>
                      {entry.moderator.name}
                      <span className="govuk-visually-hidden"> (show only their actions)</span>
                    </Link>
                  ) : (
                    'Automatic'
                  ),
              },
              {
                header: 'About',
                cell: (entry) =>
                  entry.person ? (
                    <Link className="govuk-link" to={filterHref('person', entry.person.id)}>
                      {entry.person.name}
                      <span className="govuk-visually-hidden"> (show only actions about them)</span>
                    </Link>
                  ) : (
                    '–'
                  ),
              },
              { header: 'Reason', cell: (entry) => entry.reason },
            ]}
          />
          <Pagination
            previousHref={page.previousHref}
            nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
            landmarkLabel="Pages of the audit log"
          />
        </>
      )}
    </Page>
  );
}
