import type { ReactNode } from 'react';
import { Page } from '../../../app/Page';
import type { ContentStatus } from '../../../gql/graphql';
import { BackLink, Button, ButtonGroup, ButtonLink, ErrorSummary, NotificationBanner } from '../../../ui';
import { ContentStatusTag } from './ContentStatusTag';
import type { WorkflowEditor } from './useWorkflowEditor';

/**
 * The page around a library editor that uses `useWorkflowEditor`: back link, error summary
 * (remounted on each attempt so it takes focus again), success banner, the saved item's status,
 * and the form (its fields are the children) ending in the workflow's step buttons; then, for a
 * saved item, an Archive button leading to its confirmation page (`archiveHref`) and whatever
 * comes after the form (`after`, e.g. the revision history).
 */
export function WorkflowEditorPage({
  workflow,
  title,
  caption,
  backTo,
  status,
  save,
  can,
  published,
  itemId,
  archiveHref,
  after,
  children,
}: {
  workflow: WorkflowEditor;
  title: string;
  caption: string;
  backTo: string;
  /** The saved item's status; none while writing a new one. */
  status: ContentStatus | undefined;
  save: () => Promise<string | null>;
  can: StepPermissions | undefined;
  /** The banner heading once published, like ‘FAQ published’. */
  published: string;
  /** The saved item's id: an archived item is published again as it is, without saving the form. */
  itemId?: string;
  /** The archive confirmation page, offered when the viewer may archive the saved item. */
  archiveHref?: string;
  /** Shown below the form. */
  after?: ReactNode;
  children: ReactNode;
}) {
  const { problem, done } = workflow;
  return (
    <Page
      title={title}
      caption={caption}
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={backTo} />
          {problem ? <ErrorSummary key={problem.attempt} errors={problem.items} /> : null}
          {done ? (
            <NotificationBanner type="success" heading={done.heading}>
              {done.body ? <p className="govuk-body">{done.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      {status ? (
        <p className="govuk-body">
          Status: <ContentStatusTag status={status} />
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void workflow.step(save, null, 'Changes saved');
        }}
      >
        {children}
        <WorkflowStepButtons
          workflow={workflow}
          save={save}
          can={can}
          published={published}
          status={status}
          itemId={itemId}
        />
      </form>
      {can?.archive && archiveHref ? (
        <ButtonGroup>
          <ButtonLink to={archiveHref} variant="warning">
            Archive
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {after}
    </Page>
  );
}

interface StepPermissions {
  submit: boolean;
  publish: boolean;
  returnToDraft: boolean;
  archive?: boolean;
  edit?: boolean;
}

/**
 * Save / Send for review / Publish now / Return to draft for a library editor's form. A new item
 * offers every step (the server decides); a saved one only those the viewer may take. An
 * archived item is restored by publishing it again.
 */
function WorkflowStepButtons({
  workflow,
  save,
  can,
  published,
  status,
  itemId,
}: {
  workflow: WorkflowEditor;
  save: () => Promise<string | null>;
  can: StepPermissions | undefined;
  published: string;
  status: ContentStatus | undefined;
  itemId: string | undefined;
}) {
  const { busy, saved, step } = workflow;
  // An archived item cannot be changed, only published again as it was archived.
  const restoring = status === 'ARCHIVED' && !!itemId;
  const publishNow = restoring
    ? () => void step(() => Promise.resolve(itemId), workflow.publish, published, 'Readers can see it again.')
    : () => void step(save, workflow.publish, published, 'Readers can see it now.');
  return (
    <ButtonGroup>
      {!saved || can?.edit !== false ? (
        <Button type="submit" variant="secondary" loading={busy}>
          {saved ? 'Save changes' : 'Save draft'}
        </Button>
      ) : null}
      {!saved || can?.submit ? (
        <Button
          type="button"
          variant="secondary"
          loading={busy}
          onClick={() => void step(save, workflow.submit, 'Sent for review')}
        >
          Send for review
        </Button>
      ) : null}
      {!saved || can?.publish ? (
        <Button type="button" loading={busy} onClick={publishNow}>
          {restoring ? 'Publish again' : 'Publish now'}
        </Button>
      ) : null}
      {can?.returnToDraft ? (
        <Button
          type="button"
          variant="secondary"
          loading={busy}
          onClick={() => void step(save, workflow.giveBack, 'Returned to draft')}
        >
          Return to draft
        </Button>
      ) : null}
    </ButtonGroup>
  );
}
