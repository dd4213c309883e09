import { useMutation } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { useFormErrors } from '../../../lib/useFormErrors';
import { Button, ButtonGroup, ErrorSummary, type ErrorSummaryItem } from '../../../ui';
import { RichTextEditor } from '../../learn/editor/RichTextEditor';
import { useMentionSearch } from '../hooks/useMentionSearch';
import type { ThreadPost } from '../hooks/useThreadPosts';
import { editPostMutation } from '../operations';

const FIELDS = ['body'] as const;

export interface EditPostFormProps {
  post: ThreadPost;
  onDone: () => void;
  onCancel: () => void;
}

/** Changing one of your posts in place; the saved post replaces the old one in the cache. */
export function EditPostForm({ post, onDone, onCancel }: EditPostFormProps) {
  const [body, setBody] = useState(post.body);
  const [editPost, { loading }] = useMutation(editPostMutation);
  const errors = useFormErrors(FIELDS);
  const fieldId = `post-${post.id}-edit`;
  const mentions = useMentionSearch({ threadId: post.threadId });

  // Straight into the text, as the person asked to edit it.
  useEffect(() => {
    document.getElementById(fieldId)?.focus();
  }, [fieldId]);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!body.trim()) {
      errors.showFieldErrors({ body: 'Write your post before saving it, or delete the post instead' });
      return;
    }
    try {
      await editPost({ variables: { input: { postId: post.id, body } } });
      onDone();
    } catch (error) {
      errors.showApiError(error);
    }
  };

  const summary: ErrorSummaryItem[] = [
    ...(errors.fields.body ? [{ text: errors.fields.body, href: `#${fieldId}` }] : []),
    ...errors.general.map((text) => ({ text })),
  ];

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {summary.length > 0 ? <ErrorSummary key={errors.attempt} errors={summary} /> : null}
      <RichTextEditor
        id={fieldId}
        label="Edit your post"
        labelClassName="govuk-label--s"
        value={body}
        onChange={setBody}
        mentions={mentions}
        error={errors.fields.body}
      />
      <ButtonGroup>
        <Button loading={loading} loadingText="Saving…">
          Save changes
        </Button>
        <Button type="button" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </ButtonGroup>
    </form>
  );
}
