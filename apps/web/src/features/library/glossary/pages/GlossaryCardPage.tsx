import { useQuery } from '@apollo/client/react';
import { GLOSSARY_LIMITS } from '@common-ground/shared';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { FormErrorSummary } from '../../../../app/FormErrorSummary';
import { Page } from '../../../../app/Page';
import type { GlossaryTermFieldsFragment } from '../../../../gql/graphql';
import { useFormErrors } from '../../../../lib/useFormErrors';
import { BackLink, Button, Checkboxes, Select } from '../../../../ui';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { TranslationWord } from '../components/Translation';
import { glossaryCardQuery } from '../operations';
import { GLOSSARY_CARD_PATH, GLOSSARY_PATH } from '../paths';
import '../glossary.scss';

const FIELDS = ['language', 'terms'] as const;

/**
 * A printable language card for a front desk: the chosen terms in English beside the same
 * words in one language (in its own script, with lang and dir, and how to say them). With no
 * language or terms chosen yet it shows the form to choose them; the choice lives in the address.
 */
export function GlossaryCardPage() {
  const [params] = useSearchParams();
  const language = params.get('language') ?? '';
  const slugs = params.getAll('terms').slice(0, GLOSSARY_LIMITS.cardTermsMax);
  const { data, loading, error } = useQuery(glossaryCardQuery, { variables: { first: 100 } });
  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) return <Page title="Loading language card">{null}</Page>;
  const terms = data?.glossaryTerms.edges.map((e) => e.node) ?? [];
  const languages = data?.glossaryLanguages ?? [];
  const chosenLanguage = languages.find((l) => l.code === language);
  const chosenTerms = terms.filter((t) => slugs.includes(t.slug));
  if (chosenLanguage && chosenTerms.length) {
    return <LanguageCard language={chosenLanguage} terms={chosenTerms} />;
  }
  return (
    <CardForm
      key={`${language}|${slugs.join(',')}`}
      terms={terms}
      languages={languages}
      initialLanguage={language}
      initialSlugs={slugs}
    />
  );
}

function CardForm({
  terms,
  languages,
  initialLanguage,
  initialSlugs,
}: {
  terms: readonly GlossaryTermFieldsFragment[];
  languages: readonly { code: string; name: string }[];
  initialLanguage: string;
  initialSlugs: string[];
}) {
  const navigate = useNavigate();
  const [language, setLanguage] = useState(initialLanguage);
  const [slugs, setSlugs] = useState<string[]>(initialSlugs);
  const errors = useFormErrors(FIELDS);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (!language) found.language = 'Select a language for the card';
    if (slugs.length === 0) found.terms = 'Select at least one term for the card';
    else if (slugs.length > GLOSSARY_LIMITS.cardTermsMax) {
      found.terms = `Select ${GLOSSARY_LIMITS.cardTermsMax} terms or fewer`;
    }
    if (Object.keys(found).length) {
      errors.showFieldErrors(found);
      return;
    }
    const next = new URLSearchParams({ language });
    for (const slug of slugs) next.append('terms', slug);
    void navigate(`${GLOSSARY_CARD_PATH}?${next.toString()}`);
  };

  return (
    <Page
      title="Make a language card"
      caption="Glossary"
      error={errors.hasErrors}
      beforeHeading={
        <>
          <BackLink to={GLOSSARY_PATH} text="Back to the glossary" />
          <FormErrorSummary errors={errors} fieldOrder={FIELDS} />
        </>
      }
    >
      <p className="govuk-body">
        Choose a language and the words you need. The card shows each word in English and in that language, with how to
        say it, ready to print for a front desk.
      </p>
      <form onSubmit={onSubmit} noValidate>
        <Select
          id="language"
          label="Language"
          labelClassName="govuk-label--m"
          error={errors.fields.language}
          options={[
            { value: '', text: 'Choose a language' },
            ...languages.map((l) => ({ value: l.code, text: l.name })),
          ]}
          value={language}
          onChange={setLanguage}
        />
        <Checkboxes
          idPrefix="terms"
          legend="Terms on the card"
          legendClassName="govuk-fieldset__legend--m"
          hint="Select all that apply."
          error={errors.fields.terms}
          small
          items={terms.map((t) => ({ value: t.slug, text: t.term }))}
          values={slugs}
          onChange={setSlugs}
        />
        <Button>Show the card</Button>
      </form>
    </Page>
  );
}

function LanguageCard({
  language,
  terms,
}: {
  language: { code: string; name: string; direction: 'LTR' | 'RTL' };
  terms: readonly GlossaryTermFieldsFragment[];
}) {
  const [params] = useSearchParams();
  return (
    <Page
      title={`Language card: ${language.name}`}
      heading={`English and ${language.name}`}
      caption="Language card"
      beforeHeading={
        <BackLink
          to={`${GLOSSARY_CARD_PATH}?${params.toString().replace(/(^|&)language=[^&]*/, '')}`}
          text="Change the card"
        />
      }
    >
      <div className="app-no-print govuk-button-group">
        <Button type="button" onClick={() => window.print()}>
          Print this card
        </Button>
        <Link className="govuk-link" to={GLOSSARY_PATH}>
          Back to the glossary
        </Link>
      </div>
      <div className="app-language-card">
        <table>
          <caption className="govuk-visually-hidden">
            {terms.length} terms in English and {language.name}
          </caption>
          <thead>
            <tr>
              <th scope="col">English</th>
              <th scope="col">{language.name}</th>
              <th scope="col">How to say it</th>
            </tr>
          </thead>
          <tbody>
            {terms.map((term) => {
              const t = term.translations.find((x) => x.languageCode === language.code);
              return (
                <tr key={term.id}>
                  <th scope="row">{term.term}</th>
                  <td>
                    {t ? (
                      <TranslationWord
                        className="app-language-card__word"
                        languageCode={t.languageCode}
                        direction={t.direction}
                        text={t.text}
                      />
                    ) : (
                      'No translation yet'
                    )}
                  </td>
                  <td>{t?.pronunciation ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Page>
  );
}
