import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { checkThreadTags, splitTagList, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import { z } from 'zod';
import { withFlash } from '../../../app/flash';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { requiredText } from '../../../lib/validation';
import { BackLink, Button, ButtonGroup, Checkboxes, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { RichTextEditor } from '../../learn/editor/RichTextEditor';
import { TagsInput } from '../components/TagsInput';
import { useMentionSearch } from '../hooks/useMentionSearch';
import { createForumThreadMutation, newThreadCategoryQuery } from '../operations';
import { categoryHref, threadHref } from '../paths';

const FIELDS = ['title', 'body', 'tags', 'anonymous'] as const;
const TITLE_MAX_LENGTH = 200;

const schema = z.object({
  title: requiredText('Enter a title for your thread').refine((title) => title.length <= TITLE_MAX_LENGTH, {
    message: `The title must be ${TITLE_MAX_LENGTH} characters or fewer`,
  }),
  body: requiredText('Write the first post of your thread'),
  tags: z.string().transform((text, context) => {
    const checked = checkThreadTags(splitTagList(text));
    if ('tags' in checked) return checked.tags;
    context.addIssue({ code: 'custom', message: THREAD_TAG_PROBLEMS[checked.problem] });
    return z.NEVER;
  }),
  anonymous: z.array(z.string()),
});

/** Starting a thread in a forum category: a title and its first post. */
export function NewThreadPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, error } = useQuery(newThreadCategoryQuery, { variables: { categoryId: id } });
  // The category page asks the server again when it is next shown, so the new thread appears there.
  const [createThread, creating] = useMutation(createForumThreadMutation);
  const errors = useFormErrors(FIELDS);
  const mentions = useMentionSearch({ categoryId: id });
  const { values, setField } = useFormValues<{ title: string; body: string; tags: string; anonymous: string[] }>({
    title: '',
    body: '',
    tags: '',
    anonymous: [],
  });

  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading forum">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  const category = data?.forumCategory;
  if (!category) return <NotFoundPage />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    try {
      const response = await createThread({
        variables: {
          input: {
            categoryId: category.id,
            title: result.data.title,
            body: result.data.body,
            tags: result.data.tags,
            anonymous: category.allowsAnonymous && result.data.anonymous.includes('yes'),
          },
        },
      });
      const thread = response.data?.createForumThread;
      if (thread) void navigate(threadHref(thread.id), { state: withFlash('Your thread has been started') });
    } catch (caught) {
      errors.showApiError(caught);
    }
  };

  return (
    <Page
      title="Start a thread"
      caption={category.title}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={categoryHref(category.id)} text={`Back to ${category.title}`} />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="title"
          label="Title"
          labelClassName="govuk-label--s"
          hint="A short question or summary, like ‘Booking interpreters for home visits’."
          value={values.title}
          onChange={setField('title')}
          error={errors.fields.title}
        />
        <RichTextEditor
          id="body"
          label="Your post"
          labelClassName="govuk-label--s"
          hint="Type @ and part of a name to mention a colleague. Do not include details that could identify a resident, patient or service user."
          mentions={mentions}
          value={values.body}
          onChange={setField('body')}
          error={errors.fields.body}
        />
        <TagsInput value={values.tags} onChange={setField('tags')} error={errors.fields.tags} />
        {category.allowsAnonymous ? (
          <Checkboxes
            idPrefix="anonymous"
            legend="How your name is shown"
            small
            items={[
              {
                value: 'yes',
                text: 'Post without my name',
                hint: 'Other staff will see “A colleague”. Moderators can still see who wrote it.',
              },
            ]}
            values={values.anonymous}
            onChange={setField('anonymous')}
            error={errors.fields.anonymous}
          />
        ) : null}
        <ButtonGroup>
          <Button loading={creating.loading} loadingText="Starting thread…">
            Start thread
          </Button>
          <Link className="govuk-link" to={categoryHref(category.id)}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}
