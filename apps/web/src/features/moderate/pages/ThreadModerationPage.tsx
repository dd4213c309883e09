import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../app/flash';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { useFormErrors } from '../../../lib/useFormErrors';
import { BackLink, Button, ErrorSummary, Select, SummaryList, Textarea } from '../../../ui';
import { threadHref } from '../../discuss/paths';
import { ForbiddenPage } from '../../errors/pages/ForbiddenPage';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { ReasonForm } from '../components/ReasonForm';
import { lockThreadMutation, moveThreadMutation, pinThreadMutation, threadModerationQuery } from '../operations';
import '../moderate.scss';

type Step = 'none' | 'lock' | 'pin';

/** A moderator's decisions on one discussion: lock or unlock, pin or unpin, move to another category. */
export function ThreadModerationPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(threadModerationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const [lockThread] = useMutation(lockThreadMutation);
  const [pinThread] = useMutation(pinThreadMutation);
  const [moveThread, moving] = useMutation(moveThreadMutation);
  const [step, setStep] = useState<Step>('none');
  const [categoryId, setCategoryId] = useState('');
  const [reason, setReason] = useState('');
  const errors = useFormErrors(['categoryId', 'reason']);

  const thread = data?.discussionThread;
  if (loading && !data) return <LoadingPage />;
  if (!thread) return <NotFoundPage />;
  if (!thread.viewerCanModerate) return <ForbiddenPage />;

  const back = (message: string) => navigate(threadHref(thread.id), { state: withFlash(message) });
  const otherCategories = (data?.forumCategories ?? []).filter((c) => c.id !== thread.categoryId);

  const move = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!categoryId) fields.categoryId = 'Choose the category to move it to';
    if (!reason.trim()) fields.reason = 'Give a reason';
    if (Object.keys(fields).length) {
      errors.showFieldErrors(fields);
      return;
    }
    try {
      await moveThread({ variables: { input: { threadId: thread.id, categoryId, reason: reason.trim() } } });
      await back('The discussion has been moved');
    } catch (error) {
      errors.showApiError(error);
    }
  };

  const summary = [
    ...(errors.fields.categoryId ? [{ text: errors.fields.categoryId, href: '#categoryId' }] : []),
    ...(errors.fields.reason ? [{ text: errors.fields.reason, href: '#move-reason' }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Page
      title={`Moderate “${thread.title}”`}
      caption="Moderation"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={threadHref(thread.id)} text="Back to the discussion" />
          {summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
        </>
      }
    >
      <SummaryList
        rows={[
          { key: 'Locked', value: thread.locked ? 'Yes: nobody can add or change posts' : 'No' },
          { key: 'Pinned', value: thread.pinned ? 'Yes: listed first in its category' : 'No' },
        ]}
      />
      <h2 className="govuk-heading-m">{thread.locked ? 'Unlock' : 'Lock'}</h2>
      {step === 'lock' ? (
        <ReasonForm
          id="lock-reason"
          question={thread.locked ? 'Unlock this discussion?' : 'Lock this discussion?'}
          warning={
            thread.locked
              ? 'Staff will be able to post and edit again.'
              : 'Nobody will be able to add or change posts until it is unlocked. Everyone viewing sees this at once.'
          }
          label="Reason"
          hint="This is recorded in the audit log and shown to the person who started it."
          confirmText={thread.locked ? 'Yes, unlock' : 'Yes, lock'}
          destructive={!thread.locked}
          onCancel={() => setStep('none')}
          onConfirm={async (text) => {
            await lockThread({ variables: { input: { threadId: thread.id, locked: !thread.locked, reason: text } } });
            await back(thread.locked ? 'The discussion has been unlocked' : 'The discussion has been locked');
          }}
        />
      ) : (
        <Button type="button" variant="secondary" onClick={() => setStep('lock')}>
          {thread.locked ? 'Unlock this discussion' : 'Lock this discussion'}
        </Button>
      )}
      {thread.categoryId ? (
        <>
          <h2 className="govuk-heading-m">{thread.pinned ? 'Unpin' : 'Pin'}</h2>
          {step === 'pin' ? (
            <ReasonForm
              id="pin-reason"
              question={thread.pinned ? 'Unpin this discussion?' : 'Pin this discussion?'}
              warning={thread.pinned ? undefined : 'It will be listed first in its category.'}
              label="Reason"
              hint="This is recorded in the audit log."
              confirmText={thread.pinned ? 'Yes, unpin' : 'Yes, pin'}
              onCancel={() => setStep('none')}
              onConfirm={async (text) => {
                await pinThread({
                  variables: { input: { threadId: thread.id, pinned: !thread.pinned, reason: text } },
                });
                await back(thread.pinned ? 'The discussion has been unpinned' : 'The discussion has been pinned');
              }}
            />
          ) : (
            <Button type="button" variant="secondary" onClick={() => setStep('pin')}>
              {thread.pinned ? 'Unpin this discussion' : 'Pin this discussion'}
            </Button>
          )}
          <h2 className="govuk-heading-m">Move</h2>
          <form noValidate onSubmit={(event) => void move(event)}>
            <Select
              id="categoryId"
              label="Move it to"
              error={errors.fields.categoryId}
              value={categoryId}
              onChange={setCategoryId}
              options={[
                { value: '', text: 'Choose a category' },
                ...otherCategories.map((c) => ({ value: c.id, text: c.title })),
              ]}
            />
            <Textarea
              id="move-reason"
              label="Reason"
              hint="This is recorded in the audit log and shown to the person who started it."
              error={errors.fields.reason}
              value={reason}
              onChange={setReason}
              rows={3}
            />
            <Button type="submit" loading={moving.loading}>
              Move discussion
            </Button>
          </form>
        </>
      ) : (
        <p className="govuk-body">A lesson’s discussion stays beside its lesson: it cannot be pinned or moved.</p>
      )}
    </Page>
  );
}
