import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ButtonGroup, ErrorSummary, Radios, Textarea, WarningText } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { personToSuspendQuery, suspendPersonMutation } from '../operations';
import { MODERATION_HREF, SUSPENSIONS_HREF } from '../paths';

const PERIODS = [
  { value: '24', text: '1 day' },
  { value: '72', text: '3 days' },
  { value: '168', text: '1 week' },
  { value: '720', text: '30 days' },
];

/** Suspending a person from writing in discussions for a period, with a reason: a confirm page. */
export function SuspendPersonPage() {
  const { personId = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(personToSuspendQuery, { variables: { id: personId } });
  const [suspend, suspending] = useMutation(suspendPersonMutation);
  const [hours, setHours] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors(['hours', 'reason']);
  const person = data?.person;
  if (loading && !data) return <LoadingPage />;
  if (!person) return <NotFoundPage />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!hours) fields.hours = 'Choose how long the suspension lasts';
    if (!reason.trim()) fields.reason = 'Give a reason';
    if (Object.keys(fields).length) {
      errors.showFieldErrors(fields);
      return;
    }
    try {
      const { data: result } = await suspend({
        variables: { input: { personId: person.id, hours: Number(hours), reason: reason.trim() } },
      });
      const until = result ? formatDateTime(result.suspendPerson.endsAt) : '';
      await navigate(SUSPENSIONS_HREF, { state: withFlash(`${person.name} is suspended until ${until}`) });
    } catch (problem) {
      errors.showApiError(problem);
    }
  };

  const summary = [
    ...(errors.fields.hours ? [{ text: errors.fields.hours, href: '#hours' }] : []),
    ...(errors.fields.reason ? [{ text: errors.fields.reason, href: '#reason' }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Page
      title={`Suspend ${person.name}`}
      caption="Moderation"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={MODERATION_HREF} text="Back to the queue" />
          {summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
        </>
      }
    >
      <WarningText>
        While suspended, {person.name} can read discussions but cannot post, edit, react or show that they are writing.
        They are told why and until when.
      </WarningText>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          idPrefix="hours"
          legend="How long for?"
          legendClassName="govuk-fieldset__legend--s"
          error={errors.fields.hours}
          items={PERIODS}
          value={hours}
          onChange={setHours}
        />
        <Textarea
          id="reason"
          label="Reason"
          hint="Recorded in the audit log and shown to the person."
          error={errors.fields.reason}
          value={reason}
          onChange={setReason}
          rows={3}
        />
        <ButtonGroup>
          <Button type="submit" variant="warning" loading={suspending.loading}>
            Suspend {person.name}
          </Button>
          <Link className="govuk-link" to={MODERATION_HREF}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}
