import { useMutation, useQuery } from '@apollo/client/react';
import { ATTENDANCE_LABELS, ATTENDANCE_STATUSES, type AttendanceStatusName } from '@common-ground/shared';
import { type FormEvent, useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDate, formatTimeRange } from '../../../lib/dates';
import { apiErrorCode, mapApiError } from '../../../lib/errors';
import { BackLink, Button, ErrorSummary, InsetText, NotificationBanner, Radios, SummaryList } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { markAttendanceMutation, sessionRegisterQuery } from '../attendance.operations';
import { sessionHref } from '../paths';

const ITEMS = ATTENDANCE_STATUSES.map((status) => ({ value: status, text: ATTENDANCE_LABELS[status] }));

const isStatus = (value: string): value is AttendanceStatusName =>
  (ATTENDANCE_STATUSES as readonly string[]).includes(value);

/**
 * The register for a session, made to be used on a phone at the door: one set of radios
 * per delegate with a confirmed place (whole session, late, left early, absent) and a
 * single save. The session's trainer, leads and admins can use it; the API checks.
 */
export function RegisterPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(sessionRegisterQuery, { variables: { sessionId: id } });
  const [save, saving] = useMutation(markAttendanceMutation);
  const [chosen, setChosen] = useState<Record<string, AttendanceStatusName>>({});
  const [problem, setProblem] = useState<{ text: string; attempt: number } | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  // When the page opened: enough to say whether the register is open yet.
  const [openedAt] = useState(() => Date.now());

  const register = data?.sessionRegister;
  if (loading && !data) return <LoadingPage />;
  if (!register) {
    const code = apiErrorCode(error);
    if (code === 'FORBIDDEN') {
      return (
        <Page title="You cannot mark this register">
          <p className="govuk-body">
            Only the session’s trainer, partnership leads and administrators can mark the attendance register.
          </p>
        </Page>
      );
    }
    return <NotFoundPage />;
  }

  const statusOf = (applicationId: string, marked: AttendanceStatusName | null): string =>
    chosen[applicationId] ?? marked ?? '';
  const unmarked = register.lines.filter((l) => !statusOf(l.applicationId, l.status)).length;
  const opensLater = new Date(register.opensAt).getTime() > openedAt;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(null);
    const marks = register.lines.flatMap((line) => {
      const status = statusOf(line.applicationId, line.status);
      return isStatus(status) ? [{ applicationId: line.applicationId, status }] : [];
    });
    if (!marks.length) {
      setProblem({ text: 'Choose how at least one delegate attended', attempt: (problem?.attempt ?? 0) + 1 });
      return;
    }
    try {
      await save({
        variables: { input: { sessionId: register.sessionId, marks } },
        refetchQueries: [{ query: sessionRegisterQuery, variables: { sessionId: id } }],
        awaitRefetchQueries: true,
      });
      setProblem(null);
      setChosen({});
      setSaved(marks.length);
    } catch (failure) {
      const mapped = mapApiError(failure, ['marks']);
      setProblem({
        text: mapped.general[0] ?? mapped.fields.marks ?? 'The register could not be saved. Try again.',
        attempt: (problem?.attempt ?? 0) + 1,
      });
    }
  };

  return (
    <Page
      title={`Register: ${register.courseTitle}, ${formatDate(register.startsAt)}`}
      heading={register.courseTitle}
      caption="Attendance register"
      error={!!problem}
      beforeHeading={
        <>
          <BackLink to={sessionHref(register.sessionId)} text="Back to the session" />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.text }]} /> : null}
          {saved !== null ? (
            <NotificationBanner type="success" heading="Register saved">
              {`${saved} ${saved === 1 ? 'delegate' : 'delegates'} marked.`}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <SummaryList
        rows={[
          { key: 'Date', value: formatDate(register.startsAt) },
          { key: 'Time', value: formatTimeRange(register.startsAt, register.endsAt) },
          { key: 'Venue', value: register.venue },
          { key: 'Trainer', value: register.trainer || 'Not named' },
        ]}
      />
      {register.lines.length === 0 ? (
        <p className="govuk-body">Nobody has a confirmed place on this session, so there is no one to mark.</p>
      ) : (
        <>
          {opensLater ? (
            <InsetText>
              You can mark the register from {formatDate(register.opensAt)}, the day of the session.
            </InsetText>
          ) : null}
          <p className="govuk-body">
            {`${register.lines.length} ${register.lines.length === 1 ? 'delegate' : 'delegates'}`}
            {unmarked ? `, ${unmarked} not marked yet` : ', all marked'}. A certificate is issued only to those who
            attend the whole session and complete the evaluation.
          </p>
          <form noValidate onSubmit={(event) => void onSubmit(event)}>
            {register.lines.map((line, index) => (
              <Radios
                key={line.applicationId}
                idPrefix={`attendance-${index + 1}`}
                legend={
                  <>
                    {line.personName}
                    <span className="govuk-!-font-weight-regular">, {line.organisationName}</span>
                  </>
                }
                legendClassName="govuk-fieldset__legend--s"
                items={ITEMS}
                value={statusOf(line.applicationId, line.status)}
                onChange={(value) => {
                  if (isStatus(value)) setChosen((previous) => ({ ...previous, [line.applicationId]: value }));
                }}
                small
              />
            ))}
            {opensLater ? null : <Button loading={saving.loading}>Save the register</Button>}
          </form>
        </>
      )}
    </Page>
  );
}
