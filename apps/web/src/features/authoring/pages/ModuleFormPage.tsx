import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { apiErrorCode } from '../../../lib/errors';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { requiredText } from '../../../lib/validation';
import type { AuthoringModuleQuery } from '../../../gql/graphql';
import { BackLink, Button, ButtonGroup, Radios, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { CpdTimeInput, cpdTimeValue, readCpdTime } from '../components/CpdTimeInput';
import { FileUpload } from '../components/FileUpload';
import { AUDIENCE_HINTS, AUDIENCE_LABELS, isAudience, parseLines } from '../labels';
import { authoringModuleQuery, createLearningModuleMutation, updateLearningModuleMutation } from '../operations';
import { withNotice } from '../notice';
import '../authoring.scss';

const FIELDS = [
  'title',
  'slug',
  'summary',
  'outcomes',
  'topic',
  'audience',
  'cpdMinutes',
  'coverMediaId',
  'coverAlt',
] as const;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const schema = z
  .object({
    title: requiredText('Enter the module’s title').max(200, 'Title must be 200 characters or fewer'),
    slug: z
      .string()
      .trim()
      .refine(
        (slug) => slug === '' || SLUG.test(slug),
        'Web address must use only lower case letters, numbers and hyphens, like managing-language-barriers',
      ),
    summary: requiredText('Enter a summary of the module').max(1000, 'Summary must be 1,000 characters or fewer'),
    outcomes: z.string().refine((text) => parseLines(text).length <= 12, 'Enter 12 learning outcomes or fewer'),
    topic: requiredText('Enter the module’s topic').max(80, 'Topic must be 80 characters or fewer'),
    audience: z.string().refine(isAudience, 'Select who the module is for'),
    cpdHours: z.string(),
    cpdMinutes: z.string(),
    coverMediaId: z.string(),
    coverUrl: z.string(),
    coverAlt: z.string(),
  })
  .superRefine((values, context) => {
    const cpd = readCpdTime({ hours: values.cpdHours, minutes: values.cpdMinutes });
    if ('error' in cpd) context.addIssue({ code: 'custom', message: cpd.error, path: ['cpdMinutes'] });
  })
  .refine((values) => values.coverMediaId === '' || values.coverAlt.trim() !== '', {
    message: 'Describe the cover image for people who cannot see it',
    path: ['coverAlt'],
  });

type Existing = NonNullable<AuthoringModuleQuery['authoringModule']>;
type ModuleFormValues = Record<(typeof FIELDS)[number] | 'coverUrl' | 'cpdHours', string>;

function initialValues(module: Existing | undefined): ModuleFormValues {
  return {
    title: module?.title ?? '',
    slug: module?.slug ?? '',
    summary: module?.summary ?? '',
    outcomes: module?.outcomes.join('\n') ?? '',
    topic: module?.topic ?? '',
    audience: module?.audience ?? '',
    cpdHours: cpdTimeValue(module?.cpdMinutes).hours,
    cpdMinutes: cpdTimeValue(module?.cpdMinutes).minutes,
    coverMediaId: module?.cover?.mediaId ?? '',
    coverUrl: module?.cover?.url ?? '',
    coverAlt: module?.cover?.alt ?? '',
  };
}

/** Create a module, or change one's details: the same form. */
export function ModuleFormPage() {
  const { id } = useParams();
  const editing = id !== undefined;
  const existing = useQuery(authoringModuleQuery, {
    variables: { id: id ?? '' },
    skip: !editing,
    fetchPolicy: 'network-only',
  });
  const module = existing.data?.authoringModule;

  if (editing && existing.loading && !existing.data) return <LoadingPage />;
  if (editing && existing.error && apiErrorCode(existing.error) !== 'NOT_FOUND') return <SomethingWentWrong />;
  if (editing && !module) return <NotFoundPage />;
  return <ModuleForm key={module?.id ?? 'new'} id={id} module={module ?? undefined} />;
}

function ModuleForm({ id, module }: { id: string | undefined; module?: Existing }) {
  const editing = id !== undefined;
  const navigate = useNavigate();
  const [create, createState] = useMutation(createLearningModuleMutation);
  const [update, updateState] = useMutation(updateLearningModuleMutation);
  const errors = useFormErrors(FIELDS);
  const { values, setField, setValues } = useFormValues(initialValues(module));

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    const { audience } = result.data;
    if (!isAudience(audience)) return;
    const cpd = readCpdTime({ hours: result.data.cpdHours, minutes: result.data.cpdMinutes });
    if ('error' in cpd) return;
    const input = {
      title: result.data.title,
      slug: result.data.slug || undefined,
      summary: result.data.summary,
      outcomes: parseLines(result.data.outcomes),
      topic: result.data.topic,
      audience,
      cpdMinutes: cpd.minutes,
      coverMediaId: result.data.coverMediaId || null,
      coverAlt: result.data.coverMediaId ? result.data.coverAlt.trim() : null,
    };
    try {
      if (id) {
        await update({ variables: { input: { moduleId: id, ...input } } });
        await navigate(`/authoring/modules/${id}`, { state: withNotice(`${input.title} has been updated`) });
      } else {
        const created = await create({ variables: { input } });
        const newId = created.data?.createLearningModule.id;
        await navigate(newId ? `/authoring/modules/${newId}` : '/authoring', {
          state: withNotice(`${input.title} has been created`, 'It is a draft. Add its lessons next.'),
        });
      }
    } catch (error) {
      errors.showApiError(error);
    }
  };

  const backTo = id ? `/authoring/modules/${id}` : '/authoring';
  const title = editing ? `Change ${module?.title ?? 'module'}` : 'Create a module';
  return (
    <Page
      title={title}
      caption="Write content"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={backTo} />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <TextInput
          id="title"
          label="Title"
          value={values.title}
          onChange={setField('title')}
          error={errors.fields.title}
        />
        <TextInput
          id="slug"
          label="Web address (optional)"
          hint="The end of the module’s web address: lower case letters, numbers and hyphens, like managing-language-barriers. Leave it empty to make one from the title."
          spellCheck={false}
          widthClassName="govuk-!-width-two-thirds"
          value={values.slug}
          onChange={setField('slug')}
          error={errors.fields.slug}
        />
        <Textarea
          id="summary"
          label="Summary"
          hint="One or two sentences for the catalogue: who it is for and what it covers."
          rows={3}
          value={values.summary}
          onChange={setField('summary')}
          error={errors.fields.summary}
        />
        <Textarea
          id="outcomes"
          label="Learning outcomes (optional)"
          hint="What people will be able to do afterwards, one on each line, like ‘Book an interpreter for a face-to-face appointment’. Up to 12."
          rows={5}
          value={values.outcomes}
          onChange={setField('outcomes')}
          error={errors.fields.outcomes}
        />
        <TextInput
          id="topic"
          label="Topic"
          hint="Learners filter the catalogue by topic, like ‘Communication’."
          widthClassName="govuk-input--width-20"
          value={values.topic}
          onChange={setField('topic')}
          error={errors.fields.topic}
        />
        <Radios
          idPrefix="audience"
          legend="Who is it for?"
          items={(['STAFF', 'PUBLIC'] as const).map((value) => ({
            value,
            text: AUDIENCE_LABELS[value],
            hint: AUDIENCE_HINTS[value],
          }))}
          value={values.audience}
          onChange={setField('audience')}
          error={errors.fields.audience}
        />
        <CpdTimeInput
          id="cpdMinutes"
          value={{ hours: values.cpdHours, minutes: values.cpdMinutes }}
          onChange={(cpd) => setValues((previous) => ({ ...previous, cpdHours: cpd.hours, cpdMinutes: cpd.minutes }))}
          error={errors.fields.cpdMinutes}
        />
        <h2 className="govuk-heading-m">Cover image (optional)</h2>
        {values.coverMediaId ? (
          <>
            <img className="app-cover-preview" src={values.coverUrl} alt={values.coverAlt} />
            <TextInput
              id="coverAlt"
              label="Describe the cover image"
              hint="For people who cannot see it, like ‘A council receptionist talking with a resident through an interpreter on a video call’."
              value={values.coverAlt}
              onChange={setField('coverAlt')}
              error={errors.fields.coverAlt}
            />
            <p className="govuk-body">
              <button
                type="button"
                className="app-authoring-link-button"
                onClick={() => setValues((previous) => ({ ...previous, coverMediaId: '', coverUrl: '', coverAlt: '' }))}
              >
                Remove the cover image
              </button>
            </p>
          </>
        ) : null}
        <FileUpload
          id="coverMediaId"
          label={values.coverMediaId ? 'Replace the cover image' : 'Upload a cover image'}
          hint="A JPEG, PNG, WebP or GIF image."
          accept="image/jpeg,image/png,image/webp,image/gif"
          error={errors.fields.coverMediaId}
          onUploaded={(media) => {
            if (media.kind !== 'IMAGE') {
              errors.showFieldErrors({ coverMediaId: 'The cover must be an image: a JPEG, PNG, WebP or GIF' });
              return;
            }
            setValues((previous) => ({ ...previous, coverMediaId: media.id, coverUrl: media.url }));
          }}
        />
        <ButtonGroup>
          <Button loading={createState.loading || updateState.loading}>
            {editing ? 'Save changes' : 'Create module'}
          </Button>
          <Link className="govuk-link" to={backTo}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}
