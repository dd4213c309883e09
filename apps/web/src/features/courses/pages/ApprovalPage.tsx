import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate, formatTimeRange } from '../../../lib/dates';
import { mapApiError } from '../../../lib/errors';
import { Button, ErrorSummary, Panel, Radios, SummaryList } from '../../../ui';
import { decideManagerApprovalMutation, managerApprovalRequestQuery } from '../lifecycle-operations';

const NEXT_STEP: Record<string, string> = {
  APPLIED: 'The application now goes forward to shortlisting, which shares places across organisations.',
  CONFIRMED: 'Places had already been given out and one was free, so they have a place. They have been emailed.',
  WAITING: 'Places had already been given out, so they are on the waiting list. They have been emailed.',
  NOT_OFFERED: 'The application will not go forward. They have been emailed.',
};
const BROKEN = 'This approval link does not work. It may be mistyped, out of date or already used.';

/**
 * A line manager approves or declines a colleague's application from the link in their
 * email, without signing in. A link that does not work (wrong, expired, used) gets one
 * message and nothing changes.
 */
export function ApprovalPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const request = useQuery(managerApprovalRequestQuery, { variables: { token }, skip: !token });
  const [decide, deciding] = useMutation(decideManagerApprovalMutation);
  const [choice, setChoice] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [done, setDone] = useState<{ approved: boolean; status: string } | null>(null);

  if (done) {
    return (
      <Page title={done.approved ? 'Application approved' : 'Application declined'} heading={false}>
        <Panel title={done.approved ? 'Application approved' : 'Application declined'} />
        <p className="govuk-body">{NEXT_STEP[done.status]}</p>
        <p className="govuk-body">You can close this page. The link no longer works.</p>
      </Page>
    );
  }
  if (request.loading) return <LoadingPage />;
  const details = request.data?.managerApprovalRequest;
  if (!token || !details) {
    const message = request.error ? (mapApiError(request.error).general[0] ?? BROKEN) : BROKEN;
    return (
      <Page title="Approval link not working">
        <p className="govuk-body">{message}</p>
        <p className="govuk-body">If the application still needs a decision, ask your colleague to apply again.</p>
      </Page>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!choice) {
      setFieldError('Select whether you approve the application');
      return;
    }
    setFieldError(null);
    try {
      const result = await decide({ variables: { input: { token, approve: choice === 'approve' } } });
      if (result.data) setDone(result.data.decideManagerApproval);
    } catch (error) {
      setProblem(mapApiError(error).general[0] ?? BROKEN);
    }
  };

  const errors = [
    ...(fieldError ? [{ text: fieldError, href: '#decision-approve' }] : []),
    ...(problem ? [{ text: problem }] : []),
  ];
  return (
    <Page title="Approve a course application" error={errors.length > 0}>
      {errors.length ? <ErrorSummary errors={errors} /> : null}
      <p className="govuk-body">
        {details.applicantName} has applied for a place on this course and named you as their line manager.
      </p>
      <SummaryList
        rows={[
          { key: 'Applicant', value: `${details.applicantName}, ${details.organisationName}` },
          { key: 'Course', value: details.courseTitle },
          { key: 'Date', value: formatDate(details.startsAt) },
          { key: 'Time', value: formatTimeRange(details.startsAt, details.endsAt) },
          { key: 'Venue', value: `${details.venue} (${details.locality})` },
        ]}
      />
      <form noValidate onSubmit={(event) => void submit(event)}>
        <Radios
          idPrefix="decision"
          legend="Do you approve this application?"
          legendClassName="govuk-fieldset__legend--m"
          hint="You can only decide once."
          error={fieldError ?? undefined}
          value={choice}
          onChange={setChoice}
          items={[
            { value: 'approve', text: 'Yes, approve it' },
            { value: 'decline', text: 'No, decline it' },
          ]}
        />
        <Button type="submit" loading={deciding.loading}>
          Send my decision
        </Button>
      </form>
    </Page>
  );
}
