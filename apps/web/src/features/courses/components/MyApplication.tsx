import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/dates';
import { mapApiError } from '../../../lib/errors';
import type { CourseApplicationFieldsFragment } from '../../../gql/graphql';
import { Button, ButtonGroup, ErrorSummary, InsetText, SummaryList, Tag, WarningText } from '../../../ui';
import { APPLICATION_STATUS_TAGS, moneyWords } from '../labels';
import { cancelApplicationMutation, sessionPageQuery } from '../operations';
import { OfferAnswer } from './OfferAnswer';
import { SubstituteForm } from './SubstituteForm';

const HOLDS_PLACE = ['OFFERED', 'CONFIRMED'];
const IN_PLAY = ['APPLIED', 'AWAITING_MANAGER', 'WAITING', ...HOLDS_PLACE];

/**
 * The viewer's application: where it stands, why, and a way to withdraw it or give up the
 * place, confirmed first. Giving up a place after the free cancellation deadline is charged,
 * so from then on a colleague can be sent instead; a place offered from the waiting list is
 * accepted or declined here before its deadline.
 */
export function MyApplication({
  application,
  freeCancellationUntil,
  startsAt,
}: {
  application: CourseApplicationFieldsFragment;
  freeCancellationUntil: string | null;
  startsAt: string;
}) {
  /** Set while asking to confirm, with whether the free cancellation deadline had passed when asked. */
  const [confirming, setConfirming] = useState<{ late: boolean } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [cancel, cancelling] = useMutation(cancelApplicationMutation, {
    refetchQueries: [{ query: sessionPageQuery, variables: { id: application.sessionId } }],
  });
  const tag = APPLICATION_STATUS_TAGS[application.status];
  const holdsPlace = HOLDS_PLACE.includes(application.status);
  const action = holdsPlace ? 'Cancel my place' : 'Withdraw my application';
  // Read once when shown: whether the free cancellation deadline and the start have passed.
  const [now] = useState(() => Date.now());
  const pastFreeCancellation = freeCancellationUntil !== null && now > new Date(freeCancellationUntil).getTime();
  const offer = application.status === 'OFFERED' && application.offerExpiresAt ? application.offerExpiresAt : null;
  const canSendSomeone =
    application.status === 'CONFIRMED' && pastFreeCancellation && now < new Date(startsAt).getTime();

  const confirm = async () => {
    try {
      await cancel({ variables: { input: { applicationId: application.id } } });
      setConfirming(null);
    } catch (error) {
      setProblem(mapApiError(error).general[0] ?? 'Your application could not be changed. Try again.');
    }
  };

  const rows = [
    { key: 'Status', value: <Tag colour={tag.colour}>{tag.text}</Tag> },
    ...(application.waitingPosition ? [{ key: 'Waiting list', value: `Number ${application.waitingPosition}` }] : []),
    ...(application.reason ? [{ key: 'Why', value: application.reason }] : []),
    ...(application.substitute ? [{ key: 'Place', value: 'Passed to you by a colleague' }] : []),
    { key: 'Applied', value: formatDateTime(application.appliedAt) },
    { key: 'Line manager', value: `${application.managerName} (${application.managerEmail})` },
    ...(application.chargePence !== null && application.chargePence !== undefined
      ? [
          {
            key: 'Charge',
            value: `${moneyWords(application.chargePence)}${application.lateCancellation ? ' (cancelled late)' : ''}`,
          },
        ]
      : []),
  ];

  return (
    <section aria-labelledby="my-application-heading">
      <h2 className="govuk-heading-m" id="my-application-heading">
        Your application
      </h2>
      {problem ? <ErrorSummary errors={[{ text: problem }]} /> : null}
      <SummaryList rows={rows} />
      {application.status === 'AWAITING_MANAGER' ? (
        <InsetText>
          This course needs your line manager’s approval. We have emailed them a link; your application counts once they
          approve it.
        </InsetText>
      ) : null}
      {offer ? (
        <OfferAnswer applicationId={application.id} sessionId={application.sessionId} offerExpiresAt={offer} />
      ) : null}
      {canSendSomeone ? <SubstituteForm applicationId={application.id} sessionId={application.sessionId} /> : null}
      {IN_PLAY.includes(application.status) && !offer ? (
        confirming ? (
          <>
            <WarningText>
              {holdsPlace && confirming.late
                ? 'The free cancellation deadline has passed, so the charge for the place still applies unless your organisation sends someone in your place.'
                : 'Your place or application will be given up and cannot be restored. You can apply again while the session takes applications.'}
            </WarningText>
            <ButtonGroup>
              <Button variant="warning" loading={cancelling.loading} onClick={() => void confirm()}>
                Yes, {action.charAt(0).toLowerCase() + action.slice(1)}
              </Button>
              <Button variant="secondary" onClick={() => setConfirming(null)}>
                No, keep it
              </Button>
            </ButtonGroup>
          </>
        ) : (
          <Button
            variant="secondary"
            onClick={() =>
              setConfirming({
                late: pastFreeCancellation,
              })
            }
          >
            {action}
          </Button>
        )
      ) : null}
    </section>
  );
}
