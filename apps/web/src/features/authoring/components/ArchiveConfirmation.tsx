import { type ReactNode, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { BackLink, Button, ButtonGroup, ErrorSummary, WarningText } from '../../../ui';
import { withNotice } from '../notice';

interface Props {
  /** What is being archived, as people know it (its title). */
  name: string;
  /** "module" or "lesson", for the button. */
  noun: string;
  /** Where success leads. */
  returnTo: string;
  /** Where Back and Cancel lead (the thing itself); defaults to returnTo. */
  backTo?: string;
  /** What archiving does, in plain English. */
  explanation: ReactNode;
  /** What is kept. */
  kept: string;
  busy: boolean;
  /** Archives; throws the API's error when refused. */
  onArchive: () => Promise<unknown>;
}

/**
 * The GOV.UK confirmation step before archiving anything: says what will happen and what
 * is kept, and shows a refusal in an error summary without leaving the page.
 */
export function ArchiveConfirmation({
  name,
  noun,
  returnTo,
  backTo = returnTo,
  explanation,
  kept,
  busy,
  onArchive,
}: Props) {
  const navigate = useNavigate();
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);

  const onConfirm = async () => {
    try {
      await onArchive();
      await navigate(returnTo, { state: withNotice(`${name} has been archived`, 'Learners can no longer see it.') });
    } catch (error) {
      setProblem((previous) => ({
        message: mapApiError(error).general[0] ?? 'Try again.',
        attempt: (previous?.attempt ?? 0) + 1,
      }));
    }
  };

  return (
    <Page
      title={`Are you sure you want to archive ${name}?`}
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={backTo} />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
        </>
      }
    >
      <p className="govuk-body">{explanation}</p>
      <WarningText>{kept}</WarningText>
      <ButtonGroup>
        <Button
          type="button"
          variant="warning"
          loading={busy}
          loadingText="Archiving…"
          onClick={() => void onConfirm()}
        >
          Yes, archive {noun}
        </Button>
        <Link className="govuk-link" to={backTo}>
          Cancel
        </Link>
      </ButtonGroup>
    </Page>
  );
}
