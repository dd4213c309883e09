import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { mapApiError } from '../../../lib/errors';
import { Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { cancelCourseSessionMutation } from '../lifecycle-operations';

/**
 * A lead cancels a whole session, after confirming: everyone booked or waiting (and their
 * managers) is emailed a cancelled calendar entry, and nobody is charged. Once cancelled, the
 * manage page says so in its place.
 */
export function CancelSessionButton({ sessionId }: { sessionId: string }) {
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancel, cancelling] = useMutation(cancelCourseSessionMutation, { refetchQueries: ['ManageSession'] });

  const confirm = async () => {
    try {
      await cancel({ variables: { input: { sessionId } } });
      setConfirming(false);
    } catch (error) {
      setProblem(mapApiError(error).general[0] ?? 'The session could not be cancelled. Try again.');
    }
  };
  return (
    <section aria-labelledby="cancel-session-heading">
      <h2 className="govuk-heading-m" id="cancel-session-heading">
        Cancel this session
      </h2>
      {problem ? <ErrorSummary errors={[{ text: problem }]} /> : null}
      {confirming ? (
        <>
          <WarningText>
            Everyone with a place, an offer or an application, and their line managers, will be emailed that the session
            is cancelled, with a calendar update. Nobody is charged. This cannot be undone.
          </WarningText>
          <ButtonGroup>
            <Button variant="warning" loading={cancelling.loading} onClick={() => void confirm()}>
              Yes, cancel the session
            </Button>
            <Button variant="secondary" onClick={() => setConfirming(false)}>
              No, keep it
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <Button variant="warning" onClick={() => setConfirming(true)}>
          Cancel session
        </Button>
      )}
    </section>
  );
}
