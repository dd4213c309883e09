import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Page } from '../../../app/Page';
import { formatDate } from '../../../lib/dates';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, ErrorSummary, NotificationBanner, Radios, Table, Tag, Textarea, TextInput } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import type { WatchedWordAction } from '../../../gql/graphql';
import { ModerationNav } from '../components/ModerationNav';
import { ReasonForm } from '../components/ReasonForm';
import { addWatchedWordMutation, removeWatchedWordMutation, watchedWordsQuery } from '../operations';
import '../../discuss/discuss.scss';
import '../moderate.scss';

const ACTIONS: { value: WatchedWordAction; text: string; hint: string }[] = [
  { value: 'BLOCK', text: 'Block', hint: 'The post is refused and the writer is told which word to remove.' },
  { value: 'HOLD', text: 'Hold for review', hint: 'Only the writer and moderators see the post until it is approved.' },
  { value: 'FLAG', text: 'Report', hint: 'The post is published and appears in the queue for a moderator to check.' },
];

const ACTION_TAG = { BLOCK: 'red', HOLD: 'yellow', FLAG: 'blue' } as const;

/**
 * Words moderators watch for in posts: each blocks, holds or reports a post containing it,
 * matched as a whole word in any case and script. Every change is recorded in the audit log.
 */
export function WatchedWordsPage() {
  const { data, loading, error, refetch } = useQuery(watchedWordsQuery, { fetchPolicy: 'cache-and-network' });
  const [addWord, adding] = useMutation(addWatchedWordMutation);
  const [removeWord] = useMutation(removeWatchedWordMutation);
  const [word, setWord] = useState('');
  const [action, setAction] = useState('');
  const [reason, setReason] = useState('');
  const [removing, setRemoving] = useState<string | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const errors = useFormErrors(['word', 'action', 'reason']);
  if (error && !data) return <SomethingWentWrong />;
  const words = data?.watchedWords ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields: Record<string, string> = {};
    if (!word.trim()) fields.word = 'Enter a word';
    if (!action) fields.action = 'Choose what happens to a post with this word';
    if (!reason.trim()) fields.reason = 'Give a reason';
    if (Object.keys(fields).length) {
      errors.showFieldErrors(fields);
      return;
    }
    try {
      const { data: result } = await addWord({
        variables: { input: { word: word.trim(), action: action as WatchedWordAction, reason: reason.trim() } },
      });
      errors.clear();
      setWord('');
      setAction('');
      setReason('');
      setAdded(`“${result?.addWatchedWord.word ?? word.trim()}” has been added.`);
      await refetch();
    } catch (problem) {
      errors.showApiError(problem);
    }
  };

  const summary = [
    ...(['word', 'action', 'reason'] as const).flatMap((field) =>
      errors.fields[field] ? [{ text: errors.fields[field] ?? '', href: `#${field}` }] : [],
    ),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <Page
      title="Watched words"
      caption="Moderation"
      width="full"
      error={errors.hasErrors}
      beforeHeading={summary.length ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
    >
      <ModerationNav />
      {added ? <NotificationBanner key={added} type="success" heading={added} /> : null}
      {loading && !data ? (
        <p className="govuk-body">Loading…</p>
      ) : words.length === 0 ? (
        <p className="govuk-body">No words are watched yet. Add one below.</p>
      ) : (
        <Table
          caption={`${words.length} watched ${words.length === 1 ? 'word' : 'words'}`}
          captionClassName="govuk-table__caption--s"
          rows={words}
          rowKey={(w) => w.id}
          columns={[
            { header: 'Word', rowHeader: true, cell: (w) => w.word },
            {
              header: 'What happens',
              cell: (w) => <Tag colour={ACTION_TAG[w.action]}>{ACTIONS.find((a) => a.value === w.action)?.text}</Tag>,
            },
            { header: 'Added', cell: (w) => formatDate(w.createdAt) },
            {
              header: 'Remove',
              cell: (w) =>
                removing === w.id ? (
                  <ReasonForm
                    id={`remove-${w.id}`}
                    question={`Remove “${w.word}”?`}
                    label="Reason"
                    confirmText="Yes, remove"
                    destructive
                    onCancel={() => setRemoving(null)}
                    onConfirm={async (text) => {
                      await removeWord({ variables: { input: { watchedWordId: w.id, reason: text } } });
                      setRemoving(null);
                      setAdded(`“${w.word}” has been removed.`);
                      await refetch();
                    }}
                  />
                ) : (
                  <button type="button" className="govuk-link app-link-button" onClick={() => setRemoving(w.id)}>
                    Remove<span className="govuk-visually-hidden"> “{w.word}”</span>
                  </button>
                ),
            },
          ]}
        />
      )}
      <h2 className="govuk-heading-m">Add a word</h2>
      <form noValidate onSubmit={(event) => void submit(event)}>
        <TextInput
          id="word"
          label="Word or short phrase"
          hint="Matched as a whole word, in capitals or not, in any language: “spam” does not match “spammer”."
          error={errors.fields.word}
          value={word}
          onChange={setWord}
        />
        <Radios
          idPrefix="action"
          name="action"
          legend="What should happen to a post containing it?"
          legendClassName="govuk-fieldset__legend--s"
          error={errors.fields.action}
          items={ACTIONS.map((a) => ({ value: a.value, text: a.text, hint: a.hint }))}
          value={action}
          onChange={setAction}
        />
        <Textarea
          id="reason"
          label="Reason"
          hint="Recorded in the audit log."
          error={errors.fields.reason}
          value={reason}
          onChange={setReason}
          rows={2}
        />
        <Button type="submit" loading={adding.loading}>
          Add word
        </Button>
      </form>
    </Page>
  );
}
