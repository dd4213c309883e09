import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useNavigate, useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { ContentAudience, FaqCardFragment } from '../../../../gql/graphql';
import { apiErrorCode, mapApiError, type FieldErrors } from '../../../../lib/errors';
import {
  BackLink,
  Button,
  ButtonGroup,
  ErrorSummary,
  NotificationBanner,
  Radios,
  Select,
  TextInput,
  type ErrorSummaryItem,
} from '../../../../ui';
import { readNotice, withNotice } from '../../../authoring/notice';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { RichTextEditor } from '../../../learn/editor/RichTextEditor';
import { ContentStatusTag } from '../../components/ContentStatusTag';
import { AUDIENCE_LABELS } from '../../labels';
import { publishContentItemMutation, returnContentItemMutation, submitContentItemMutation } from '../../operations';
import { createFaqMutation, faqCategoriesQuery, faqQuery, updateFaqMutation } from '../operations';
import { editFaqHref, FAQS_PATH, faqHref } from '../paths';

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
  const navigate = useNavigate();
  const location = useLocation();
  const categories = useQuery(faqCategoriesQuery);
  const [draft, setDraft] = useState<Draft>(() => ({
    question: faq?.question ?? '',
    categoryId: faq?.category.id ?? '',
    answerHtml: faq?.answerHtml ?? '',
    audience: faq?.audience ?? 'PUBLIC',
  }));
  const [problem, setProblem] = useState<{ items: ErrorSummaryItem[]; fields: FieldErrors; attempt: number } | null>(
    null,
  );
  const [done, setDone] = useState<{ heading: string; body?: string } | null>(() => readNotice(location.state));
  const refetch = faq ? [{ query: faqQuery, variables: { idOrSlug: faq.id } }] : [];
  const [create, createState] = useMutation(createFaqMutation);
  const [update, updateState] = useMutation(updateFaqMutation, { refetchQueries: refetch });
  const [submit, submitState] = useMutation(submitContentItemMutation, { refetchQueries: refetch });
  const [publish, publishState] = useMutation(publishContentItemMutation, { refetchQueries: refetch });
  const [giveBack, returnState] = useMutation(returnContentItemMutation, { refetchQueries: refetch });
  const busy =
    createState.loading || updateState.loading || submitState.loading || publishState.loading || returnState.loading;
  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((previous) => ({ ...previous, [field]: value }));

  const fail = (given: FieldErrors, general: string[] = []) => {
    // The workflow names the shared text `body`: here it is the answer.
    const { body, ...rest } = given;
    const fields = body
      ? { ...rest, answerHtml: 'Write the answer before sending it for review or publishing it' }
      : rest;
    setDone(null);
    setProblem((previous) => ({
      fields,
      items: [
        ...FIELDS.flatMap((field) => (fields[field] ? [{ text: fields[field], href: `#${field}` }] : [])),
        ...general.map((text) => ({ text })),
      ],
      attempt: (previous?.attempt ?? 0) + 1,
    }));
  };

  const save = async (): Promise<string | null> => {
    const fields: FieldErrors = {};
    if (!draft.question.trim()) fields.question = 'Enter the question';
    else if (draft.question.trim().length > 200) fields.question = 'The question must be 200 characters or fewer';
    if (!draft.categoryId) fields.categoryId = 'Choose a category';
    if (Object.keys(fields).length) {
      fail(fields);
      return null;
    }
    const input = { ...draft, question: draft.question.trim() };
    try {
      if (!faq) return (await create({ variables: { input } })).data?.createFaq.id ?? null;
      await update({ variables: { input: { ...input, id: faq.id } } });
      return faq.id;
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      fail(mapped.fields, mapped.general);
      return null;
    }
  };

  const step = async (work: ((id: string) => Promise<unknown>) | null, heading: string, body?: string) => {
    const id = await save();
    if (!id) return;
    try {
      if (work) await work(id);
      setProblem(null);
      if (!faq) {
        await navigate(editFaqHref(id), { state: withNotice(heading, body) });
        return;
      }
      setDone({ heading, body });
    } catch (error) {
      const mapped = mapApiError(error, FIELDS);
      fail(mapped.fields, mapped.general);
    }
  };

  if (categories.loading && !categories.data) return <LoadingPage />;
  const can = faq?.viewerCan;
  const errors = problem?.fields ?? {};
  return (
    <Page
      title={faq ? `Edit ‘${faq.question}’` : 'Add an FAQ'}
      caption="Frequently asked questions"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to={faq ? faqHref(faq.slug) : FAQS_PATH} />
          {problem ? <ErrorSummary key={problem.attempt} errors={problem.items} /> : null}
          {done ? (
            <NotificationBanner type="success" heading={done.heading}>
              {done.body ? <p className="govuk-body">{done.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      {faq ? (
        <p className="govuk-body">
          Status: <ContentStatusTag status={faq.status} />
        </p>
      ) : null}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void step(null, 'Changes saved');
        }}
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
        <ButtonGroup>
          <Button type="submit" variant="secondary" loading={busy}>
            {faq ? 'Save changes' : 'Save draft'}
          </Button>
          {!faq || can?.submit ? (
            <Button
              type="button"
              variant="secondary"
              loading={busy}
              onClick={() => void step((id) => submit({ variables: { input: { id } } }), 'Sent for review')}
            >
              Send for review
            </Button>
          ) : null}
          {!faq || can?.publish ? (
            <Button
              type="button"
              loading={busy}
              onClick={() =>
                void step((id) => publish({ variables: { input: { id } } }), 'FAQ published', 'Readers can see it now.')
              }
            >
              Publish now
            </Button>
          ) : null}
          {can?.returnToDraft ? (
            <Button
              type="button"
              variant="secondary"
              loading={busy}
              onClick={() => void step((id) => giveBack({ variables: { input: { id } } }), 'Returned to draft')}
            >
              Return to draft
            </Button>
          ) : null}
        </ButtonGroup>
      </form>
    </Page>
  );
}
