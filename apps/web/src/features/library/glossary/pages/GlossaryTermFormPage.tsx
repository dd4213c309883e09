import { useMutation, useQuery } from '@apollo/client/react';
import {
  GLOSSARY_CATEGORIES,
  GLOSSARY_CATEGORY_LABELS,
  GLOSSARY_LIMITS,
  type GlossaryCategoryName,
  LANGUAGE_TAG,
} from '@common-ground/shared';
import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { withFlash } from '../../../../app/flash';
import { FormErrorSummary } from '../../../../app/FormErrorSummary';
import { LoadingPage } from '../../../../app/guards';
import { Page } from '../../../../app/Page';
import type { GlossaryAudience, GlossaryTermFieldsFragment } from '../../../../gql/graphql';
import type { FieldErrors } from '../../../../lib/errors';
import { useFormErrors } from '../../../../lib/useFormErrors';
import { BackLink, Button, ButtonGroup, Fieldset, Radios, Select, Textarea, TextInput } from '../../../../ui';
import { FileUpload } from '../../../authoring/components/FileUpload';
import { NotFoundPage } from '../../../errors/pages/NotFoundPage';
import { createGlossaryTermMutation, glossaryTermQuery, updateGlossaryTermMutation } from '../operations';
import { GLOSSARY_PATH, glossaryTermHref } from '../paths';
import '../glossary.scss';

interface TranslationValues {
  languageCode: string;
  languageName: string;
  text: string;
  pronunciation: string;
  /** An uploaded recording of it said aloud, and where to play it. */
  audio: { id: string; url: string } | null;
}

const emptyTranslation = (): TranslationValues => ({
  languageCode: '',
  languageName: '',
  text: '',
  pronunciation: '',
  audio: null,
});
const TRANSLATION_FIELDS = ['languageCode', 'languageName', 'text', 'pronunciation', 'audioMediaId'] as const;
/** The id the API gives a stored recording in a media URL (/api/media/<id>). */
const mediaIdOf = (url: string): string => url.split('/').pop() ?? '';

/** Field ids in page order, for the error summary (translations included, as the API names them). */
const fieldOrder = (count: number): string[] => [
  'term',
  'definition',
  'category',
  'audience',
  'publishNow',
  ...Array.from({ length: count }, (_, i) => TRANSLATION_FIELDS.map((f) => `translations.${i}.${f}`)).flat(),
];

/** Add a glossary term, or change one (editors and admins; the API checks the role). */
export function GlossaryTermFormPage() {
  const { slug } = useParams();
  const editing = slug !== undefined;
  const existing = useQuery(glossaryTermQuery, {
    variables: { slug: slug ?? '' },
    skip: !editing,
    fetchPolicy: 'network-only',
  });
  if (editing && existing.loading && !existing.data) return <LoadingPage />;
  const term = existing.data?.glossaryTerm ?? undefined;
  if (editing && !term) return <NotFoundPage />;
  return <GlossaryTermForm key={term?.id ?? 'new'} term={term} />;
}

function GlossaryTermForm({ term }: { term?: GlossaryTermFieldsFragment }) {
  const navigate = useNavigate();
  const [create, createState] = useMutation(createGlossaryTermMutation);
  const [update, updateState] = useMutation(updateGlossaryTermMutation);
  const [name, setName] = useState(term?.term ?? '');
  const [definition, setDefinition] = useState(term?.definition ?? '');
  const [category, setCategory] = useState<string>(term?.category ?? '');
  const [audience, setAudience] = useState<string>(term?.audience ?? 'PUBLIC');
  const [publishNow, setPublishNow] = useState<string>('no');
  const published = term?.status === 'PUBLISHED';
  const [translations, setTranslations] = useState<TranslationValues[]>(
    term?.translations.length
      ? term.translations.map((t) => ({
          languageCode: t.languageCode,
          languageName: t.languageName,
          text: t.text,
          pronunciation: t.pronunciation ?? '',
          audio: t.audioUrl ? { id: mediaIdOf(t.audioUrl), url: t.audioUrl } : null,
        }))
      : [emptyTranslation()],
  );
  const order = fieldOrder(translations.length);
  const errors = useFormErrors(order);

  const setTranslation = <K extends keyof TranslationValues>(index: number, field: K, value: TranslationValues[K]) =>
    setTranslations((all) => all.map((t, i) => (i === index ? { ...t, [field]: value } : t)));
  const [audioErrors, setAudioErrors] = useState<Record<number, string>>({});

  const check = (): FieldErrors => {
    const found: FieldErrors = {};
    if (!name.trim()) found.term = 'Enter the term';
    else if (name.trim().length > GLOSSARY_LIMITS.termMaxLength) {
      found.term = `The term must be ${GLOSSARY_LIMITS.termMaxLength} characters or fewer`;
    }
    if (!definition.trim()) found.definition = 'Enter a definition';
    else if (definition.trim().length > GLOSSARY_LIMITS.definitionMaxLength) {
      found.definition = `The definition must be ${GLOSSARY_LIMITS.definitionMaxLength} characters or fewer`;
    }
    if (!category) found.category = 'Select a category';
    const seen = new Set<string>();
    translations.forEach((t, i) => {
      const blank = !t.languageCode.trim() && !t.languageName.trim() && !t.text.trim() && !t.pronunciation.trim();
      if (blank) return;
      const key = `translations.${i}`;
      if (!LANGUAGE_TAG.test(t.languageCode.trim()))
        found[`${key}.languageCode`] = 'Enter a language code like pl, ar or pt-BR';
      else if (seen.has(t.languageCode.trim().toLowerCase())) {
        found[`${key}.languageCode`] = 'Each language can only have one translation. Remove the repeat.';
      }
      seen.add(t.languageCode.trim().toLowerCase());
      if (!t.languageName.trim()) found[`${key}.languageName`] = 'Enter the language’s name, like Polish';
      if (!t.text.trim()) found[`${key}.text`] = 'Enter the translation';
    });
    return found;
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = check();
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    const input = {
      term: name.trim(),
      definition: definition.trim(),
      category: category as GlossaryCategoryName,
      audience: audience as GlossaryAudience,
      publishNow: !published && publishNow === 'yes',
      translations: translations
        .filter((t) => t.languageCode.trim() || t.text.trim())
        .map((t) => ({
          languageCode: t.languageCode.trim(),
          languageName: t.languageName.trim(),
          text: t.text.trim(),
          pronunciation: t.pronunciation.trim() || null,
          audioMediaId: t.audio?.id ?? null,
        })),
    };
    try {
      const saved = term
        ? (await update({ variables: { input: { ...input, id: term.id } } })).data?.updateGlossaryTerm
        : (await create({ variables: { input } })).data?.createGlossaryTerm;
      if (!saved) return;
      await navigate(glossaryTermHref(saved.slug), {
        state: withFlash(term ? `${saved.term} has been changed` : `${saved.term} has been added to the glossary`),
      });
    } catch (error) {
      errors.showApiError(error);
    }
  };

  const title = term ? `Change ${term.term}` : 'Add a glossary term';
  return (
    <Page
      title={title}
      caption="Glossary"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={term ? glossaryTermHref(term.slug) : GLOSSARY_PATH} />
          <FormErrorSummary errors={errors} fieldOrder={order} />
        </>
      }
    >
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <TextInput
          id="term"
          label="Term in English"
          labelClassName="govuk-label--s"
          error={errors.fields.term}
          value={name}
          onChange={setName}
        />
        <Textarea
          id="definition"
          label="What it means, in plain English"
          labelClassName="govuk-label--s"
          hint="One or two short sentences a colleague or resident would understand. Plain text."
          error={errors.fields.definition}
          value={definition}
          onChange={setDefinition}
        />
        <Select
          id="category"
          label="Category"
          labelClassName="govuk-label--s"
          error={errors.fields.category}
          options={[
            { value: '', text: 'Choose a category' },
            ...GLOSSARY_CATEGORIES.map((c) => ({ value: c, text: GLOSSARY_CATEGORY_LABELS[c] })),
          ]}
          value={category}
          onChange={setCategory}
        />
        <Radios
          idPrefix="audience"
          legend="Who can read it"
          error={errors.fields.audience}
          items={[
            { value: 'PUBLIC', text: 'Everyone, including people without an account' },
            { value: 'STAFF', text: 'Signed-in staff only' },
          ]}
          value={audience}
          onChange={setAudience}
        />
        {published ? null : (
          <Radios
            idPrefix="publishNow"
            legend="When you save"
            error={errors.fields.publishNow}
            items={[
              { value: 'no', text: 'Keep it as a draft', hint: 'Only editors can see it until it is published.' },
              { value: 'yes', text: 'Publish it now', hint: 'Readers see it, and it is linked in lessons and posts.' },
            ]}
            value={publishNow}
            onChange={setPublishNow}
          />
        )}
        <h2 className="govuk-heading-m">Translations</h2>
        {translations.map((t, i) => {
          const key = `translations.${i}`;
          return (
            <Fieldset key={i} legend={`Translation ${i + 1}`} legendClassName="govuk-fieldset__legend--s">
              <TextInput
                id={`${key}.languageCode`}
                label="Language code"
                hint="Two or three letters, like pl for Polish, ar for Arabic or ur for Urdu."
                widthClassName="govuk-input--width-10"
                spellCheck={false}
                error={errors.fields[`${key}.languageCode`]}
                value={t.languageCode}
                onChange={(value) => setTranslation(i, 'languageCode', value)}
              />
              <TextInput
                id={`${key}.languageName`}
                label="Language name in English"
                widthClassName="govuk-input--width-20"
                error={errors.fields[`${key}.languageName`]}
                value={t.languageName}
                onChange={(value) => setTranslation(i, 'languageName', value)}
              />
              <TextInput
                id={`${key}.text`}
                label="The word in that language, in its own script"
                spellCheck={false}
                error={errors.fields[`${key}.text`]}
                value={t.text}
                onChange={(value) => setTranslation(i, 'text', value)}
              />
              <TextInput
                id={`${key}.pronunciation`}
                label="How to say it (optional)"
                hint="In English letters, for example nah-yem."
                spellCheck={false}
                error={errors.fields[`${key}.pronunciation`]}
                value={t.pronunciation}
                onChange={(value) => setTranslation(i, 'pronunciation', value)}
              />
              {t.audio ? (
                <div className="govuk-form-group">
                  <p className="govuk-body govuk-!-font-weight-bold govuk-!-margin-bottom-1">Recording</p>
                  <audio controls preload="none" src={t.audio.url} aria-label={`Recording of translation ${i + 1}`} />
                  <p className="govuk-body">
                    <Button type="button" variant="warning" onClick={() => setTranslation(i, 'audio', null)}>
                      Remove recording <span className="govuk-visually-hidden">of translation {i + 1}</span>
                    </Button>
                  </p>
                </div>
              ) : (
                <FileUpload
                  id={`${key}.audioMediaId`}
                  label="Recording of it said aloud (optional)"
                  hint="An MP3, M4A, Ogg or WAV file."
                  accept="audio/*"
                  error={audioErrors[i] ?? errors.fields[`${key}.audioMediaId`]}
                  onUploaded={(media) => {
                    if (media.kind !== 'AUDIO') {
                      setAudioErrors((all) => ({ ...all, [i]: 'The recording must be an audio file, like an MP3' }));
                      return;
                    }
                    setAudioErrors((all) => ({ ...all, [i]: '' }));
                    setTranslation(i, 'audio', { id: media.id, url: media.url });
                  }}
                />
              )}
              <Button
                type="button"
                variant="secondary"
                onClick={() => setTranslations((all) => all.filter((_, j) => j !== i))}
              >
                Remove translation {i + 1}
              </Button>
            </Fieldset>
          );
        })}
        {translations.length < GLOSSARY_LIMITS.translationsMax ? (
          <p className="govuk-body">
            <Button
              type="button"
              variant="secondary"
              onClick={() => setTranslations((all) => [...all, emptyTranslation()])}
            >
              Add another language
            </Button>
          </p>
        ) : null}
        <ButtonGroup>
          <Button loading={createState.loading || updateState.loading}>{term ? 'Save changes' : 'Add term'}</Button>
        </ButtonGroup>
      </form>
    </Page>
  );
}
