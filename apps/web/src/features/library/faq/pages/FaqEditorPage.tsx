import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import type { ContentAudience, FaqCardFragment } from '../../../../gql/graphql';
import { apiErrorCode, type FieldErrors } from '../../../../lib/errors';
import { Radios, Select, TextInput } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { RichTextEditor } from '../../../learn/editor/RichTextEditor';
import { useWorkflowEditor } from '../../components/useWorkflowEditor';
import { ItemRevisions } from '../../components/RevisionList';
import { WorkflowEditorPage } from '../../components/WorkflowEditorPage';
import { AUDIENCE_LABELS } from '../../labels';
import { createFaqMutation, faqCategoriesQuery, faqQuery, faqRevisionsQuery, updateFaqMutation } from '../operations';
import { archiveFaqHref, editFaqHref, faqHref, FAQS_PATH } from '../paths';

const FIELDS = ['question', 'categoryId', 'answerHtml', 'body', 'audience'] as const;

interface Draft {
  question: string;
  categoryId: string;
  answerHtml: string;
  audience: ContentAudience;
}

/** /library/faqs/new (editors). */
export function NewFaqPage() {
  return <FaqEditor faq={null} />;
}

/** /library/faqs/:id/edit (editors). */
export function EditFaqPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(faqQuery, { variables: { idOrSlug: id } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (!data?.faq) return <NotFoundPage />;
  return <FaqEditor key={data.faq.id} faq={data.faq} />;
}

/**
 * Writing an FAQ (editors): the question, its category, the answer in the shared rich-text
 * editor and who may read it; then save a draft, send it for review, publish it or return it.
 * Errors show in a summary at the top and beside each field.
 */
function FaqEditor({ faq }: { faq: FaqCardFragment | null }) {
  const categories = useQuery(faqCategoriesQuery);
  const [draft, setDraft] = useState<Draft>(() => ({
    question: faq?.question ?? '',
    categoryId: faq?.category.id ?? '',
    answerHtml: faq?.answerHtml ?? '',
    audience: faq?.audience ?? 'PUBLIC',
  }));
  const refetch = faq ? [{ query: faqQuery, variables: { idOrSlug: faq.id } }] : [];
  const [create, createState] = useMutation(createFaqMutation);
  const [update, updateState] = useMutation(updateFaqMutation, { refetchQueries: refetch });
  const workflow = useWorkflowEditor({
    saved: faq !== null,
    refetch,
    editHref: editFaqHref,
    fields: FIELDS,
    body: { field: 'answerHtml', message: 'Write the answer before sending it for review or publishing it' },
    summarise: (fields) =>
      FIELDS.flatMap((field) => (fields[field] ? [{ text: fields[field], href: `#${field}` }] : [])),
    saving: createState.loading || updateState.loading,
  });
  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((previous) => ({ ...previous, [field]: value }));

  const save = async (): Promise<string | null> => {
    const fields: FieldErrors = {};
    if (!draft.question.trim()) fields.question = 'Enter the question';
    else if (draft.question.trim().length > 200) fields.question = 'The question must be 200 characters or fewer';
    if (!draft.categoryId) fields.categoryId = 'Choose a category';
    if (Object.keys(fields).length) {
      workflow.fail(fields);
      return null;
    }
    const input = { ...draft, question: draft.question.trim() };
    try {
      if (!faq) return (await create({ variables: { input } })).data?.createFaq.id ?? null;
      await update({ variables: { input: { ...input, id: faq.id } } });
      return faq.id;
    } catch (error) {
      workflow.failWith(error);
      return null;
    }
  };

  if (categories.loading && !categories.data) return <LoadingPage />;
  const errors = workflow.errors;
  return (
    <WorkflowEditorPage
      workflow={workflow}
      title={faq ? `Edit ‘${faq.question}’` : 'Add an FAQ'}
      caption="Frequently asked questions"
      backTo={faq ? faqHref(faq.slug) : FAQS_PATH}
      status={faq?.status}
      save={save}
      can={faq?.viewerCan}
      published="FAQ published"
      itemId={faq?.id}
      archiveHref={faq ? archiveFaqHref(faq.id) : undefined}
      after={
        faq?.viewerCan.seeHistory ? (
          <ItemRevisions query={faqRevisionsQuery} id={faq.id} pick={(d) => d.faq.revisions} />
        ) : null
      }
    >
      <TextInput
        id="question"
        label="Question"
        labelClassName="govuk-label--s"
        hint="As people ask it, like ‘Can I bring someone with me to an appointment?’"
        error={errors.question}
        value={draft.question}
        onChange={set('question')}
      />
      <Select
        id="categoryId"
        label="Category"
        labelClassName="govuk-label--s"
        error={errors.categoryId}
        options={[
          { value: '', text: 'Choose a category' },
          ...(categories.data?.faqCategories ?? []).map((c) => ({ value: c.id, text: c.name })),
        ]}
        value={draft.categoryId}
        onChange={set('categoryId')}
      />
      <RichTextEditor
        id="answerHtml"
        label="Answer"
        labelClassName="govuk-label--s"
        hint="Short and plain: what to do, and where to go next."
        error={errors.answerHtml}
        value={draft.answerHtml}
        onChange={set('answerHtml')}
      />
      <Radios
        idPrefix="audience"
        legend="Who can read it once it is published?"
        legendClassName="govuk-fieldset__legend--s"
        items={(['PUBLIC', 'STAFF'] as const).map((value) => ({ value, text: AUDIENCE_LABELS[value] }))}
        value={draft.audience}
        onChange={(value) => set('audience')(value === 'STAFF' ? 'STAFF' : 'PUBLIC')}
      />
    </WorkflowEditorPage>
  );
}
