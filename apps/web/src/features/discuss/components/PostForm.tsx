import { useState, type FormEvent } from 'react';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, Checkboxes, ErrorSummary, Select, type ErrorSummaryItem } from '../../../ui';
import { RichTextEditor } from '../../learn/editor/RichTextEditor';
import { type MentionPlace, useMentionSearch } from '../hooks/useMentionSearch';
import type { ReachedScene } from '../storyScenes';
import type { QuotedPostSummary } from './QuotedPost';
import { QuotingNotice } from './QuotingNotice';

const FIELDS = ['body', 'anonymous', 'sceneId'] as const;

/** What a post form sends. `sceneId` is null unless the writer chose a scene. */
export interface PostDraft {
  body: string;
  anonymous: boolean;
  sceneId: string | null;
}

export interface PostFormProps {
  /** The editor's id; unique on the page. */
  id: string;
  label: string;
  submitText: string;
  /** Offer "post without my name" (only where the category allows it). */
  allowsAnonymous?: boolean;
  /** For a scenario lesson: the scenes reached, offered as what the post is about. */
  scenes?: readonly ReachedScene[] | null;
  /** Sends the post; throws what the API threw, shown in the error summary. */
  onSubmit: (post: PostDraft) => Promise<void>;
  /** Called as the writer types (to tell others someone is writing). */
  onTyping?: () => void;
  /** Where the post goes, so "@" offers the colleagues who can read it. */
  mentionPlace?: MentionPlace | null;
  /** The post this reply quotes, shown above the editor with a way to stop quoting it. */
  quoting?: QuotedPostSummary | null;
  onRemoveQuote?: () => void;
}

/**
 * Writing a post or reply in the same rich-text editor lessons use, with a GOV.UK error summary
 * above it (focused on every failed send). The form empties after a successful send.
 */
export function PostForm({
  id,
  label,
  submitText,
  allowsAnonymous = false,
  scenes = null,
  onSubmit,
  onTyping,
  mentionPlace = null,
  quoting = null,
  onRemoveQuote,
}: PostFormProps) {
  const mentions = useMentionSearch(mentionPlace);
  const errors = useFormErrors(FIELDS);
  const [body, setBody] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sceneId, setSceneId] = useState('');
  const [sending, setSending] = useState(false);
  // A new editor after each send, so it starts empty.
  const [generation, setGeneration] = useState(0);
  const anonymousId = `${id}-anonymous`;
  const sceneFieldId = `${id}-scene`;

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      errors.showFieldErrors({ body: 'Write your post before sending it' });
      return;
    }
    setSending(true);
    try {
      await onSubmit({ body, anonymous, sceneId: sceneId || null });
      errors.clear();
      setBody('');
      setAnonymous(false);
      setSceneId('');
      setGeneration((current) => current + 1);
    } catch (error) {
      errors.showApiError(error);
    } finally {
      setSending(false);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(errors.fields.body ? [{ text: errors.fields.body, href: `#${id}` }] : []),
    ...(errors.fields.anonymous ? [{ text: errors.fields.anonymous, href: `#${anonymousId}` }] : []),
    ...(errors.fields.sceneId ? [{ text: errors.fields.sceneId, href: `#${sceneFieldId}` }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {summary.length > 0 ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
      {quoting && onRemoveQuote ? <QuotingNotice quoting={quoting} onRemove={onRemoveQuote} /> : null}
      <RichTextEditor
        key={generation}
        id={id}
        label={label}
        labelClassName="govuk-label--s"
        hint={
          mentions
            ? 'Type @ and part of a name to mention a colleague. Do not include details that could identify a resident, patient or service user.'
            : 'Do not include details that could identify a resident, patient or service user.'
        }
        mentions={mentions}
        value={body}
        onChange={(html) => {
          setBody(html);
          onTyping?.();
        }}
        error={errors.fields.body}
      />
      {scenes && scenes.length > 0 ? (
        <Select
          id={sceneFieldId}
          label="This post is about"
          labelClassName="govuk-label--s"
          hint="Optional. Only scenes you have reached are listed, so nobody learns what comes later."
          options={[
            { value: '', text: 'The scenario as a whole' },
            ...scenes.map((scene) => ({ value: scene.id, text: scene.title })),
          ]}
          value={sceneId}
          onChange={setSceneId}
          error={errors.fields.sceneId}
        />
      ) : null}
      {allowsAnonymous ? (
        <Checkboxes
          idPrefix={anonymousId}
          legend="How your name is shown"
          legendClassName="govuk-visually-hidden"
          small
          items={[
            {
              value: 'yes',
              text: 'Post without my name',
              hint: 'Other staff will see “A colleague”. Moderators can still see who wrote it.',
            },
          ]}
          values={anonymous ? ['yes'] : []}
          onChange={(values) => setAnonymous(values.includes('yes'))}
          error={errors.fields.anonymous}
        />
      ) : null}
      <Button loading={sending} loadingText="Sending…">
        {submitText}
      </Button>
    </form>
  );
}
