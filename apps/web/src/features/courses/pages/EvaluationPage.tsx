import { useMutation, useQuery } from '@apollo/client/react';
import {
  EVALUATION_LIMITS,
  EVALUATION_RATING_LABELS,
  EVALUATION_RATINGS,
  type EvaluationRatingName,
} from '@common-ground/shared';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import type { CourseAttendanceRecordFieldsFragment } from '../../../gql/graphql';
import { formatDate, formatTimeRange } from '../../../lib/dates';
import { cpdTime } from '../../../lib/labels';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, Panel, Radios, Textarea } from '../../../ui';
import { certificateHref } from '../../learn/paths';
import { myCourseAttendanceQuery, submitCourseEvaluationMutation } from '../attendance.operations';

const TEXT_FIELDS = ['willDoDifferently', 'comments'] as const;
const FIELDS = [...EVALUATION_RATINGS, ...TEXT_FIELDS] as const;
const L = EVALUATION_LIMITS;

const RATING_ITEMS = [1, 2, 3, 4, 5].map((n) => ({
  value: String(n),
  text: n === 1 ? '1 (poor)' : n === 5 ? '5 (excellent)' : String(n),
}));

type Answers = Record<EvaluationRatingName, string> & Record<(typeof TEXT_FIELDS)[number], string>;

const EMPTY: Answers = { overall: '', content: '', trainer: '', usefulness: '', willDoDifferently: '', comments: '' };

/**
 * The evaluation form a delegate completes after a session they attended: four ratings
 * from 1 to 5 and two optional answers, once. With whole attendance it earns the course
 * certificate, offered straight away.
 */
export function EvaluationPage() {
  const { id = '' } = useParams();
  const { data, loading } = useQuery(myCourseAttendanceQuery, {
    variables: { sessionId: id },
    fetchPolicy: 'network-only',
  });
  const [submit, submitting] = useMutation(submitCourseEvaluationMutation);
  const [answers, setAnswers] = useState<Answers>(EMPTY);
  const [done, setDone] = useState<CourseAttendanceRecordFieldsFragment | null>(null);
  const errors = useFormErrors(FIELDS);

  if (loading && !data) return <LoadingPage />;
  const record = done ?? data?.myCourseAttendance ?? null;
  const back = <BackLink to="/my-learning" text="Back to my learning" />;

  if (!record || (!record.evaluated && !record.canEvaluate)) {
    return (
      <Page title="You cannot evaluate this session yet" beforeHeading={back}>
        <p className="govuk-body">
          The evaluation opens once the trainer has marked you on the register as attending the session.
        </p>
        <p className="govuk-body">
          If you attended and still see this, ask the trainer or the partnership team to check the register.
        </p>
      </Page>
    );
  }

  if (record.evaluated) return <Thanks record={record} justDone={!!done} />;

  const set = (field: keyof Answers) => (value: string) => setAnswers((previous) => ({ ...previous, [field]: value }));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Record<string, string> = {};
    for (const name of EVALUATION_RATINGS) {
      if (!answers[name]) problems[name] = `Choose a rating for ${EVALUATION_RATING_LABELS[name].toLowerCase()}`;
    }
    for (const name of TEXT_FIELDS) {
      if (answers[name].length > L.textMax) problems[name] = `Your answer must be ${L.textMax} characters or fewer`;
    }
    if (Object.keys(problems).length) {
      errors.showFieldErrors(problems);
      return;
    }
    try {
      const result = await submit({
        variables: {
          input: {
            sessionId: record.sessionId,
            overall: Number(answers.overall),
            content: Number(answers.content),
            trainer: Number(answers.trainer),
            usefulness: Number(answers.usefulness),
            willDoDifferently: answers.willDoDifferently,
            comments: answers.comments,
          },
        },
      });
      errors.clear();
      if (result.data) setDone(result.data.submitCourseEvaluation);
    } catch (failure) {
      errors.showApiError(failure);
    }
  };

  return (
    <Page
      title={`Evaluate ${record.courseTitle}`}
      heading={`Evaluate ${record.courseTitle}`}
      caption={`${formatDate(record.startsAt)}, ${formatTimeRange(record.startsAt, record.endsAt)}`}
      error={errors.hasErrors}
      beforeHeading={
        <>
          {back}
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <p className="govuk-body">
        Tell us how the session went. It takes about 3 minutes and you can only send it once.
        {record.status === 'WHOLE'
          ? ' When you send it, your certificate is ready to download.'
          : ' A certificate is issued only for attending the whole session.'}
      </p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        {EVALUATION_RATINGS.map((name) => (
          <Radios
            key={name}
            idPrefix={name}
            legend={EVALUATION_RATING_LABELS[name]}
            legendClassName="govuk-fieldset__legend--s"
            hint="1 is poor and 5 is excellent"
            error={errors.fields[name]}
            items={RATING_ITEMS}
            value={answers[name]}
            onChange={set(name)}
            inline
            small
          />
        ))}
        <Textarea
          id="willDoDifferently"
          label="What will you do differently in your work after this session?"
          labelClassName="govuk-label--s"
          hint={`Optional. Up to ${L.textMax.toLocaleString('en-GB')} characters.`}
          error={errors.fields.willDoDifferently}
          value={answers.willDoDifferently}
          onChange={set('willDoDifferently')}
          rows={4}
        />
        <Textarea
          id="comments"
          label="Any other comments"
          labelClassName="govuk-label--s"
          hint={`Optional. Up to ${L.textMax.toLocaleString('en-GB')} characters.`}
          error={errors.fields.comments}
          value={answers.comments}
          onChange={set('comments')}
          rows={4}
        />
        <Button loading={submitting.loading}>Send evaluation</Button>
      </form>
    </Page>
  );
}

/** After the evaluation: thanks, and the certificate when whole attendance earned one. */
function Thanks({ record, justDone }: { record: CourseAttendanceRecordFieldsFragment; justDone: boolean }) {
  const certificate = record.certificate;
  return (
    <Page
      title={justDone ? 'Evaluation sent' : 'You have evaluated this session'}
      heading={false}
      beforeHeading={<BackLink to="/my-learning" text="Back to my learning" />}
    >
      <Panel title={justDone ? 'Evaluation sent' : 'You have evaluated this session'}>
        Thank you for evaluating {record.courseTitle}
      </Panel>
      {certificate ? (
        <>
          <h2 className="govuk-heading-m">Your certificate</h2>
          <p className="govuk-body">
            You attended the whole session on {formatDate(record.startsAt)}
            {record.cpdMinutes ? ` (${cpdTime(record.cpdMinutes)} of CPD)` : ''}. Your certificate ID is{' '}
            <strong>{certificate.code}</strong>.
          </p>
          <ul className="govuk-list">
            <li>
              <a className="govuk-link" href={certificate.pdfUrl} download>
                Download your certificate (PDF)
              </a>
            </li>
            <li>
              <Link className="govuk-link" to={certificateHref(certificate.code)}>
                View your certificate
              </Link>
            </li>
          </ul>
        </>
      ) : (
        <p className="govuk-body">
          A certificate is issued only for attending the whole session, so there is no certificate for this one. It
          still shows in your learning.
        </p>
      )}
    </Page>
  );
}
