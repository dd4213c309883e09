import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { mapApiError } from '../../../lib/errors';
import { Button, ButtonGroup, ErrorSummary, InsetText } from '../../../ui';
import { acceptCourseOfferMutation, declineCourseOfferMutation } from '../lifecycle-operations';
import { sessionPageQuery } from '../operations';

/**
 * A place offered from the waiting list: accept it before the deadline, or decline it (asked
 * to confirm) so it goes to the next person straight away.
 */
export function OfferAnswer({
  applicationId,
  sessionId,
  offerExpiresAt,
}: {
  applicationId: string;
  sessionId: string;
  offerExpiresAt: string;
}) {
  const refetch = { refetchQueries: [{ query: sessionPageQuery, variables: { id: sessionId } }] };
  const [accept, accepting] = useMutation(acceptCourseOfferMutation, refetch);
  const [decline, declining] = useMutation(declineCourseOfferMutation, refetch);
  const [confirmingDecline, setConfirmingDecline] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const variables = { input: { applicationId } };

  const answer = async (run: typeof accept | typeof decline) => {
    try {
      setProblem(null);
      await run({ variables });
    } catch (error) {
      setProblem(mapApiError(error).general[0] ?? 'Your answer could not be saved. Try again.');
    }
  };

  return (
    <>
      {problem ? <ErrorSummary errors={[{ text: problem }]} /> : null}
      <InsetText>
        A place has come up and it is offered to you. Accept it by <strong>{formatDateTime(offerExpiresAt)}</strong>, or
        it goes to the next person on the waiting list.
      </InsetText>
      {confirmingDecline ? (
        <>
          <p className="govuk-body">
            If you decline, the place goes to the next person and you leave the waiting list.
          </p>
          <ButtonGroup>
            <Button variant="warning" loading={declining.loading} onClick={() => void answer(decline)}>
              Yes, decline the place
            </Button>
            <Button variant="secondary" onClick={() => setConfirmingDecline(false)}>
              No, go back
            </Button>
          </ButtonGroup>
        </>
      ) : (
        <ButtonGroup>
          <Button loading={accepting.loading} onClick={() => void answer(accept)}>
            Accept the place
          </Button>
          <Button variant="secondary" onClick={() => setConfirmingDecline(true)}>
            Decline
          </Button>
        </ButtonGroup>
      )}
    </>
  );
}
