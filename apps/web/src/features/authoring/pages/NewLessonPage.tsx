import { useMutation, useQuery } from '@apollo/client/react';
import type { FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { z } from 'zod';
import { FormErrorSummary } from '../../../app/FormErrorSummary';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { validateForm } from '../../../lib/forms';
import { useFormErrors } from '../../../lib/useFormErrors';
import { useFormValues } from '../../../lib/useFormValues';
import { requiredText } from '../../../lib/validation';
import type { LessonKind } from '../../../gql/graphql';
import { BackLink, Button, ButtonGroup, Radios, Textarea, TextInput } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { isTestRole, parseLines, TEST_ROLE_HINTS, TEST_ROLE_LABELS } from '../labels';
import { authoringModuleQuery, createLessonMutation } from '../operations';
import { withNotice } from '../notice';

const FIELDS = ['kind', 'title', 'outcomes', 'testRole'] as const;

const KIND_ITEMS: Array<{ value: LessonKind; text: string; hint: string }> = [
  { value: 'ARTICLE', text: 'Article', hint: 'Text with headings, lists, links, images and audio.' },
  {
    value: 'SCENARIO',
    text: 'Branching scenario',
    hint: 'A story in scenes where the learner’s choices lead to different endings.',
  },
  {
    value: 'KNOWLEDGE_CHECK',
    text: 'Knowledge check',
    hint: 'Questions with explanations and a pass mark. Can be the module’s pre-test or post-test.',
  },
];

function isKind(value: string): value is LessonKind {
  return value === 'ARTICLE' || value === 'SCENARIO' || value === 'KNOWLEDGE_CHECK';
}

const schema = z
  .object({
    kind: z.string().refine(isKind, 'Select what kind of lesson to add'),
    title: requiredText('Enter the lesson’s title').max(200, 'Title must be 200 characters or fewer'),
    outcomes: z.string().refine((text) => parseLines(text).length <= 12, 'Enter 12 learning outcomes or fewer'),
    testRole: z.string(),
  })
  .refine((values) => values.kind !== 'KNOWLEDGE_CHECK' || isTestRole(values.testRole), {
    message: 'Select whether this check is a pre-test, a post-test or neither',
    path: ['testRole'],
  });

/** Adds a lesson at the end of a module, then opens it in the editor. */
export function NewLessonPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading } = useQuery(authoringModuleQuery, { variables: { id } });
  const [create, createState] = useMutation(createLessonMutation, {
    refetchQueries: [{ query: authoringModuleQuery, variables: { id } }],
  });
  const errors = useFormErrors(FIELDS);
  const { values, setField } = useFormValues({ kind: '', title: '', outcomes: '', testRole: 'NONE' });
  const module = data?.authoringModule;

  if (loading && !data) return <LoadingPage />;
  if (!module) return <NotFoundPage />;

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const result = validateForm(schema, values);
    if (!result.ok) {
      errors.showFieldErrors(result.errors);
      return;
    }
    const { kind, testRole } = result.data;
    if (!isKind(kind)) return;
    try {
      const created = await create({
        variables: {
          input: {
            moduleId: module.id,
            kind,
            title: result.data.title,
            outcomes: parseLines(result.data.outcomes),
            testRole: kind === 'KNOWLEDGE_CHECK' && isTestRole(testRole) ? testRole : undefined,
          },
        },
      });
      const lessonId = created.data?.createLesson.id;
      await navigate(lessonId ? `/authoring/lessons/${lessonId}` : `/authoring/modules/${module.id}`, {
        state: withNotice(`${result.data.title} has been added`, 'Write it here, then save the draft.'),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  return (
    <Page
      title="Add a lesson"
      caption={module.title}
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={`/authoring/modules/${module.id}`} />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <p className="govuk-body">The lesson is added at the end of the module. You can move it afterwards.</p>
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Radios
          idPrefix="kind"
          legend="What kind of lesson is it?"
          legendClassName="govuk-fieldset__legend--m"
          hint="You cannot change this later."
          items={KIND_ITEMS}
          value={values.kind}
          onChange={setField('kind')}
          error={errors.fields.kind}
        />
        {values.kind === 'KNOWLEDGE_CHECK' ? (
          <Radios
            idPrefix="testRole"
            legend="Is it the module’s pre-test or post-test?"
            items={(['NONE', 'PRE_TEST', 'POST_TEST'] as const).map((value) => ({
              value,
              text: TEST_ROLE_LABELS[value],
              hint: TEST_ROLE_HINTS[value],
            }))}
            value={values.testRole}
            onChange={setField('testRole')}
            error={errors.fields.testRole}
          />
        ) : null}
        <TextInput
          id="title"
          label="Title"
          value={values.title}
          onChange={setField('title')}
          error={errors.fields.title}
        />
        <Textarea
          id="outcomes"
          label="Learning outcomes (optional)"
          hint="What people will be able to do after this lesson, one on each line."
          rows={4}
          value={values.outcomes}
          onChange={setField('outcomes')}
          error={errors.fields.outcomes}
        />
        <ButtonGroup>
          <Button loading={createState.loading} loadingText="Adding…">
            Add lesson
          </Button>
          <Link className="govuk-link" to={`/authoring/modules/${module.id}`}>
            Cancel
          </Link>
        </ButtonGroup>
      </form>
    </Page>
  );
}
