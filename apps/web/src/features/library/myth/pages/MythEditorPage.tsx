import { useMutation, useQuery } from '@apollo/client/react';
import { MYTH_VERDICT_LABELS, MYTH_VERDICTS } from '@common-ground/shared';
import { useState } from 'react';
import { useParams } from 'react-router';
import { LoadingPage } from '../../../../app/guards';
import type { ContentAudience, MythQuery, MythVerdict } from '../../../../gql/graphql';
import { apiErrorCode, type FieldErrors } from '../../../../lib/errors';
import { Button, Checkboxes, Details, Fieldset, Radios, Textarea, TextInput } from '../../../../ui';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { RichTextEditor } from '../../../learn/editor/RichTextEditor';
import { useWorkflowEditor } from '../../components/useWorkflowEditor';
import { ItemRevisions } from '../../components/RevisionList';
import { WorkflowEditorPage } from '../../components/WorkflowEditorPage';
import { AUDIENCE_LABELS } from '../../labels';
import {
  createMythMutation,
  mythLinkChoicesQuery,
  mythQuery,
  mythRevisionsQuery,
  updateMythMutation,
} from '../operations';
import { archiveMythHref, editMythHref, mythHref, MYTHS_PATH } from '../paths';

type Myth = NonNullable<MythQuery['myth']>;

interface Source {
  title: string;
  publisher: string;
  url: string;
  publishedOn: string;
}

interface Draft {
  claim: string;
  summary: string;
  factsHtml: string;
  verdict: MythVerdict | '';
  audience: ContentAudience;
  evidence: Source[];
  relatedTermIds: string[];
  relatedFaqIds: string[];
}

const EMPTY_SOURCE: Source = { title: '', publisher: '', url: '', publishedOn: '' };
const FIELDS = ['claim', 'summary', 'factsHtml', 'body', 'verdict', 'relatedTermIds', 'relatedFaqIds'] as const;

const draftOf = (myth: Myth | null): Draft => ({
  claim: myth?.claim ?? '',
  summary: myth?.summary ?? '',
  factsHtml: myth?.factsHtml ?? '',
  verdict: myth?.verdict ?? '',
  audience: myth?.audience ?? 'PUBLIC',
  evidence: myth?.evidence.map((e) => ({ ...EMPTY_SOURCE, ...e, publishedOn: e.publishedOn ?? '' })) ?? [],
  relatedTermIds: myth?.relatedTerms.map((t) => t.id) ?? [],
  relatedFaqIds: myth?.relatedFaqs.map((f) => f.id) ?? [],
});

/** The form's own checks, as the server will make them; messages keyed by field (evidence as evidence.N.field). */
export function checkMythDraft(draft: Draft): FieldErrors {
  const fields: FieldErrors = {};
  if (!draft.claim.trim()) fields.claim = 'Enter the myth as people say it';
  else if (draft.claim.trim().length > 200) fields.claim = 'The myth must be 200 characters or fewer';
  if (draft.summary.trim().length > 500) fields.summary = 'The summary must be 500 characters or fewer';
  draft.evidence.forEach((source, i) => {
    if (!source.title.trim()) fields[`evidence.${i}.title`] = `Enter the title of source ${i + 1}`;
    if (!source.publisher.trim()) fields[`evidence.${i}.publisher`] = `Enter who published source ${i + 1}`;
    if (!/^https?:\/\/\S+$/i.test(source.url.trim()))
      fields[`evidence.${i}.url`] = `Enter a web address for source ${i + 1} starting with http:// or https://`;
    if (source.publishedOn && !/^\d{4}-\d{2}-\d{2}$/.test(source.publishedOn))
      fields[`evidence.${i}.publishedOn`] = `Enter the date of source ${i + 1} like 2026-03-27`;
  });
  return fields;
}

/** /library/myths/new (editors). */
export function NewMythPage() {
  return <MythEditor myth={null} />;
}

/** /library/myths/:id/edit (editors). */
export function EditMythPage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(mythQuery, { variables: { idOrSlug: id } });
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (!data?.myth) return <NotFoundPage />;
  return <MythEditor key={data.myth.id} myth={data.myth} />;
}

/**
 * Writing a myth-buster (editors): the myth as people say it, the verdict, the facts, the
 * evidence (sources with http(s) links), related glossary terms and FAQs, and who may read
 * it; then save, send for review, publish or return to draft. A reported rumour arrives here
 * with only the myth filled in.
 */
function MythEditor({ myth }: { myth: Myth | null }) {
  const choices = useQuery(mythLinkChoicesQuery);
  const [draft, setDraft] = useState<Draft>(() => draftOf(myth));
  const [bodyVersion, setBodyVersion] = useState(0);
  const refetch = myth ? [{ query: mythQuery, variables: { idOrSlug: myth.id } }] : [];
  const [create, createState] = useMutation(createMythMutation);
  const [update, updateState] = useMutation(updateMythMutation, { refetchQueries: refetch });
  const workflow = useWorkflowEditor({
    saved: myth !== null,
    refetch,
    editHref: editMythHref,
    fields: FIELDS,
    body: { field: 'factsHtml', message: 'Write the facts before sending the myth for review or publishing it' },
    summarise: (fields) =>
      Object.entries(fields).flatMap(([field, text]) =>
        text ? [{ text, href: `#${field.replace(/\./g, '-')}` }] : [],
      ),
    saving: createState.loading || updateState.loading,
  });
  const set =
    <K extends keyof Draft>(field: K) =>
    (value: Draft[K]) =>
      setDraft((previous) => ({ ...previous, [field]: value }));
  const setSource = (index: number, field: keyof Source) => (value: string) =>
    setDraft((previous) => ({
      ...previous,
      evidence: previous.evidence.map((s, i) => (i === index ? { ...s, [field]: value } : s)),
    }));

  const save = async (): Promise<string | null> => {
    const fields = checkMythDraft(draft);
    if (Object.keys(fields).length) {
      workflow.fail(fields);
      return null;
    }
    const input = {
      claim: draft.claim.trim(),
      summary: draft.summary.trim(),
      factsHtml: draft.factsHtml,
      verdict: draft.verdict || null,
      audience: draft.audience,
      evidence: draft.evidence.map((s) => ({
        title: s.title.trim(),
        publisher: s.publisher.trim(),
        url: s.url.trim(),
        publishedOn: s.publishedOn || null,
      })),
      relatedTermIds: draft.relatedTermIds,
      relatedFaqIds: draft.relatedFaqIds,
    };
    try {
      if (!myth) return (await create({ variables: { input } })).data?.createMyth.id ?? null;
      const result = await update({ variables: { input: { ...input, id: myth.id } } });
      const stored = result.data?.updateMyth.factsHtml;
      if (stored !== undefined && stored !== draft.factsHtml) {
        set('factsHtml')(stored);
        setBodyVersion((version) => version + 1);
      }
      return myth.id;
    } catch (error) {
      workflow.failWith(error, [...FIELDS, ...draft.evidence.flatMap((_, i) => sourceFields(i))]);
      return null;
    }
  };

  if (choices.loading && !choices.data) return <LoadingPage />;
  const errors = workflow.errors;
  const terms = choices.data?.glossaryTerms.edges.map((e) => e.node) ?? [];
  const faqs = choices.data?.faqs.edges.map((e) => e.node) ?? [];
  return (
    <WorkflowEditorPage
      workflow={workflow}
      title={myth ? `Edit ‘${myth.claim}’` : 'Add a myth-buster'}
      caption="Myth-busters"
      backTo={myth ? mythHref(myth.slug) : MYTHS_PATH}
      status={myth?.status}
      save={save}
      can={myth?.viewerCan}
      published="Myth-buster published"
      itemId={myth?.id}
      archiveHref={myth ? archiveMythHref(myth.id) : undefined}
      after={
        myth?.viewerCan.seeHistory ? (
          <ItemRevisions query={mythRevisionsQuery} id={myth.id} pick={(d) => d.myth.revisions} />
        ) : null
      }
    >
      <TextInput
        id="claim"
        label="The myth, as people say it"
        labelClassName="govuk-label--s"
        hint="In their words, like ‘You need a passport to see a doctor’."
        error={errors.claim}
        value={draft.claim}
        onChange={set('claim')}
      />
      <Radios
        idPrefix="verdict"
        legend="Verdict"
        legendClassName="govuk-fieldset__legend--s"
        hint="Needed before it can be sent for review or published."
        error={errors.verdict}
        items={MYTH_VERDICTS.map((value) => ({ value, text: MYTH_VERDICT_LABELS[value] }))}
        value={draft.verdict}
        onChange={(value) => set('verdict')(MYTH_VERDICTS.find((v) => v === value) ?? '')}
      />
      <Textarea
        id="summary"
        label="The facts in a sentence"
        labelClassName="govuk-label--s"
        hint="Shown in the list of myth-busters."
        error={errors.summary}
        rows={2}
        value={draft.summary}
        onChange={set('summary')}
      />
      <RichTextEditor
        key={bodyVersion}
        id="factsHtml"
        label="The facts"
        labelClassName="govuk-label--s"
        error={errors.factsHtml}
        value={draft.factsHtml}
        onChange={set('factsHtml')}
      />
      <h2 className="govuk-heading-m">Evidence</h2>
      {draft.evidence.length === 0 ? <p className="govuk-body">No sources yet.</p> : null}
      {draft.evidence.map((source, i) => (
        <Fieldset key={i} legend={`Source ${i + 1}`} legendClassName="govuk-fieldset__legend--s">
          <TextInput
            id={`evidence-${i}-title`}
            label="Title"
            error={errors[`evidence.${i}.title`]}
            value={source.title}
            onChange={setSource(i, 'title')}
          />
          <TextInput
            id={`evidence-${i}-publisher`}
            label="Published by"
            error={errors[`evidence.${i}.publisher`]}
            value={source.publisher}
            onChange={setSource(i, 'publisher')}
          />
          <TextInput
            id={`evidence-${i}-url`}
            label="Web address"
            hint="Starting with https:// or http://"
            type="url"
            spellCheck={false}
            error={errors[`evidence.${i}.url`]}
            value={source.url}
            onChange={setSource(i, 'url')}
          />
          <TextInput
            id={`evidence-${i}-publishedOn`}
            label="Date published (optional)"
            hint="For example, 2026-03-27"
            widthClassName="govuk-input--width-10"
            error={errors[`evidence.${i}.publishedOn`]}
            value={source.publishedOn}
            onChange={setSource(i, 'publishedOn')}
          />
          <p className="govuk-body">
            <button
              type="button"
              className="govuk-link app-link-button"
              onClick={() => set('evidence')(draft.evidence.filter((_, n) => n !== i))}
            >
              Remove source {i + 1}
            </button>
          </p>
        </Fieldset>
      ))}
      {draft.evidence.length < 12 ? (
        <Button
          type="button"
          variant="secondary"
          onClick={() => set('evidence')([...draft.evidence, { ...EMPTY_SOURCE }])}
        >
          Add a source
        </Button>
      ) : null}
      <h2 className="govuk-heading-m">Related</h2>
      <Details summary={`Glossary terms (${draft.relatedTermIds.length} chosen)`}>
        <Checkboxes
          idPrefix="relatedTermIds"
          legend="Glossary terms this myth relates to"
          small
          error={errors.relatedTermIds}
          items={terms.map((term) => ({ value: term.id, text: term.term }))}
          values={draft.relatedTermIds}
          onChange={set('relatedTermIds')}
        />
      </Details>
      <Details summary={`FAQs (${draft.relatedFaqIds.length} chosen)`}>
        <Checkboxes
          idPrefix="relatedFaqIds"
          legend="FAQs this myth relates to"
          small
          error={errors.relatedFaqIds}
          items={faqs.map((faq) => ({ value: faq.id, text: faq.question }))}
          values={draft.relatedFaqIds}
          onChange={set('relatedFaqIds')}
        />
      </Details>
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

const sourceFields = (i: number) => ['title', 'publisher', 'url', 'publishedOn'].map((f) => `evidence.${i}.${f}`);
