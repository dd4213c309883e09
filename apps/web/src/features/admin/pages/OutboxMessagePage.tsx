import { useQuery } from '@apollo/client/react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { OUTBOX_STATUS_LABELS } from '../../../lib/labels';
import { BackLink, SummaryList, Tag } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { adminOutboxMessageQuery } from '../operations';
import { OUTBOX_STATUS_COLOURS } from './OutboxPage';

/** One email as the service sent it, as plain text. */
export function OutboxMessagePage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(adminOutboxMessageQuery, { variables: { id } });
  const message = data?.outboxMessage;
  if (loading && !data) return <LoadingPage />;
  if (!message) return <NotFoundPage />;

  return (
    <Page
      title={message.subject}
      caption="Outbox"
      beforeHeading={<BackLink to="/admin/outbox" text="Back to outbox" />}
    >
      <SummaryList
        rows={[
          { key: 'To', value: <span className="app-break-anywhere">{message.to}</span> },
          {
            key: 'Status',
            value: <Tag colour={OUTBOX_STATUS_COLOURS[message.status]}>{OUTBOX_STATUS_LABELS[message.status]}</Tag>,
          },
          { key: 'Created', value: formatDateTime(message.createdAt) },
          { key: 'Sent', value: message.sentAt ? formatDateTime(message.sentAt) : 'Not sent yet' },
          ...(message.error ? [{ key: 'Problem', value: message.error }] : []),
        ]}
      />
      <h2 className="govuk-heading-m">Message</h2>
      <pre className="app-message-body">{message.text}</pre>
    </Page>
  );
}
