import { useMutation } from '@apollo/client/react';
import { MYTH_LIMITS } from '@common-ground/shared';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../../../app/Page';
import { mapApiError } from '../../../../lib/errors';
import { BackLink, Button, ErrorSummary, Panel, Textarea } from '../../../../ui';
import { reportRumourMutation } from '../operations';
import { MYTHS_PATH } from '../paths';

/**
 * /library/myths/report?post=…: "Report a rumour" from a forum post or comment. The person
 * says in a sentence what they heard; it goes to the editors as a draft myth-buster linked to
 * the post, and the page confirms it. The API refuses posts they cannot read.
 */
export function ReportRumourPage() {
  const [params] = useSearchParams();
  const postId = params.get('post') ?? '';
  const [heard, setHeard] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const [report, reporting] = useMutation(reportRumourMutation);
  // Only a path on this site: never a link elsewhere.
  const from = params.get('from') ?? '';
  const back = from.startsWith('/') && !from.startsWith('//') ? from : MYTHS_PATH;

  const onSubmit = async () => {
    const text = heard.trim();
    if (!text) return setProblem('Enter what you heard');
    if (text.length > MYTH_LIMITS.rumourMaxLength)
      return setProblem(`What you heard must be ${MYTH_LIMITS.rumourMaxLength} characters or fewer`);
    try {
      await report({ variables: { input: { postId, heard: text } } });
      setProblem(null);
      setSent(true);
    } catch (error) {
      const mapped = mapApiError(error, ['heard', 'postId']);
      setProblem(mapped.fields.heard ?? mapped.fields.postId ?? mapped.general[0] ?? 'That did not work. Try again.');
    }
  };

  if (sent) {
    return (
      <Page title="Rumour reported" heading={false}>
        <Panel title="Rumour reported">Thank you. The editors will check the facts.</Panel>
        <p className="govuk-body">
          If it is a common myth, they will publish a myth-buster with the facts and where they come from.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={back}>
            Go back to the discussion
          </Link>
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to={MYTHS_PATH}>
            Read the myth-busters
          </Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Report a rumour"
      caption="Myth-busters"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={back} />
          {problem ? <ErrorSummary errors={[{ text: problem, href: '#heard' }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">
        Heard something in this discussion that may not be true? Tell the editors. They check the facts and may publish
        a myth-buster. The author of the post is not told.
      </p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void onSubmit();
        }}
      >
        <Textarea
          id="heard"
          label="What did you hear?"
          labelClassName="govuk-label--s"
          hint={`In a sentence, as people say it, like ‘New arrivals do not pay council tax’. Up to ${MYTH_LIMITS.rumourMaxLength} characters. Do not include anyone’s name.`}
          error={problem ?? undefined}
          rows={3}
          value={heard}
          onChange={setHeard}
        />
        <Button type="submit" loading={reporting.loading} loadingText="Sending…">
          Send to the editors
        </Button>
      </form>
    </Page>
  );
}
