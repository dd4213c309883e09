import { useMutation } from '@apollo/client/react';
import { useId, useState } from 'react';
import { mapApiError, SERVICE_PROBLEM } from '../../../../lib/errors';
import { voteFaqMutation } from '../operations';

export interface HelpfulVoteProps {
  faqId: string;
  /** The reader's earlier answer, if any. */
  vote: boolean | null;
  /** Editors only: how many said yes and no. */
  counts: { yes: number; no: number } | null;
}

/**
 * "Was this helpful? Yes / No" under an answer. Anyone who may read the FAQ answers, once,
 * and may change their mind; the reader is told politely that it was recorded. Editors also
 * see the counts.
 */
export function HelpfulVote({ faqId, vote, counts }: HelpfulVoteProps) {
  const id = useId();
  const [send, sending] = useMutation(voteFaqMutation);
  const [said, setSaid] = useState('');
  const [error, setError] = useState('');
  const answer = async (helpful: boolean) => {
    try {
      setError('');
      await send({ variables: { input: { faqId, helpful } } });
      setSaid(helpful ? 'Thank you. You said this was helpful.' : 'Thank you. You said this was not helpful.');
    } catch (caught) {
      setError(mapApiError(caught).general[0] ?? SERVICE_PROBLEM);
    }
  };
  return (
    <div className="app-helpful" role="group" aria-labelledby={`${id}-question`}>
      <p className="govuk-body govuk-!-margin-bottom-2" id={`${id}-question`}>
        <strong>Was this helpful?</strong>
        {vote !== null ? <span> You answered {vote ? '“Yes”' : '“No”'}; you can change your answer.</span> : null}
      </p>
      <div className="govuk-button-group">
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-pressed={vote === true}
          disabled={sending.loading}
          onClick={() => void answer(true)}
        >
          Yes
        </button>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          aria-pressed={vote === false}
          disabled={sending.loading}
          onClick={() => void answer(false)}
        >
          No
        </button>
      </div>
      <p className="govuk-body-s" role="status">
        {said}
      </p>
      {error ? <p className="govuk-error-message">{error}</p> : null}
      {counts ? (
        <p className="govuk-body-s app-helpful__counts">
          Readers’ answers (editors only): {counts.yes} yes, {counts.no} no.
        </p>
      ) : null}
    </div>
  );
}
