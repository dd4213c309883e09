import { useQuery } from '@apollo/client/react';
import { GLOSSARY_CATEGORY_LABELS } from '@common-ground/shared';
import { useEffect, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../../app/AuthContext';
import { Page } from '../../../../app/Page';
import type { GlossaryTermFieldsFragment } from '../../../../gql/graphql';
import { Button, ButtonLink, Pagination, Select, Tag, TextInput } from '../../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../../admin/hooks/useCursorPage';
import { canAuthor } from '../../../authoring/components/RequireEditor';
import { SomethingWentWrong } from '../../../errors/pages/SomethingWentWrong';
import { TranslationWord } from '../components/Translation';
import { glossaryPageQuery } from '../operations';
import { STATUS_LABELS } from './statusLabels';
import { GLOSSARY_CARD_PATH, GLOSSARY_NEW_PATH, GLOSSARY_PATH, glossaryTermHref } from '../paths';
import '../glossary.scss';

const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];
const SEARCH_DELAY_MS = 300;

/**
 * The glossary: an A–Z of terms (GOV.UK A to Z pattern: letters with no terms are not links),
 * search in any language as you type (accents optional: "tlumacz" finds "tłumacz"), and a
 * language filter that shows each term's word in that language. Everything lives in the
 * address, so a filtered list can be shared and paged.
 */
export function GlossaryPage() {
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const search = params.get('search')?.trim() ?? '';
  const language = params.get('language') ?? '';
  const letterParam = params.get('letter') ?? '';
  const letter = LETTERS.includes(letterParam) ? letterParam : '';
  const [typed, setTyped] = useState(search);
  const [chosenLanguage, setChosenLanguage] = useState(language);

  // Search as you type: the address follows the box after a short pause (replacing, not adding, history).
  useEffect(() => {
    if (typed.trim() === search) return;
    const timer = window.setTimeout(() => {
      const next = new URLSearchParams(params);
      if (typed.trim()) next.set('search', typed.trim());
      else next.delete('search');
      next.delete('after');
      next.delete('prev');
      setParams(next, { replace: true });
    }, SEARCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, [typed, search, params, setParams]);

  const { data, loading, error } = useQuery(glossaryPageQuery, {
    variables: {
      first: PAGE_SIZE,
      after: page.after,
      filter: { search: search || undefined, languageCode: language || undefined, letter: letter || undefined },
    },
  });
  if (error && !data) return <SomethingWentWrong />;

  const connection = data?.glossaryTerms;
  const terms = connection?.edges.map((edge) => edge.node) ?? [];
  const languages = data?.glossaryLanguages ?? [];
  const letters = new Set(data?.glossaryLetters ?? []);
  const chosen = languages.find((l) => l.code === language);
  const canEdit = canAuthor(viewer?.roles);

  const hrefWith = (changes: Record<string, string>) => {
    const next = new URLSearchParams();
    if (search) next.set('search', search);
    if (language) next.set('language', language);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    const query = next.toString();
    return `${GLOSSARY_PATH}${query ? `?${query}` : ''}`;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (typed.trim()) next.set('search', typed.trim());
    if (chosenLanguage) next.set('language', chosenLanguage);
    if (letter) next.set('letter', letter);
    const query = next.toString();
    void navigate(`${GLOSSARY_PATH}${query ? `?${query}` : ''}`);
  };

  return (
    <Page title="Glossary" caption="Library" width="full">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">
            Words you will meet in housing, benefits, health and other services, explained in plain English, with the
            same words in the languages people speak.
          </p>
          <p className="govuk-body">
            <Link className="govuk-link" to={GLOSSARY_CARD_PATH}>
              Make a printable language card
            </Link>{' '}
            for a front desk.
          </p>
          {canEdit ? (
            <ButtonLink to={GLOSSARY_NEW_PATH} variant="secondary">
              Add a term
            </ButtonLink>
          ) : null}
        </div>
      </div>

      <form role="search" aria-label="Search the glossary" className="app-filter" onSubmit={onSubmit}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput
              id="search"
              label="Search in any language"
              labelClassName="govuk-label--s"
              hint="For example, tenancy, najem or إيجار. Results update as you type."
              type="search"
              spellCheck={false}
              value={typed}
              onChange={setTyped}
            />
          </div>
          <div className="govuk-grid-column-one-half">
            <Select
              id="language"
              label="Show words in"
              labelClassName="govuk-label--s"
              options={[
                { value: '', text: 'All languages' },
                ...languages.map((l) => ({ value: l.code, text: l.name })),
              ]}
              value={chosenLanguage}
              onChange={setChosenLanguage}
            />
          </div>
        </div>
        <Button variant="secondary">Search</Button>
      </form>

      <nav aria-label="Glossary A to Z">
        <ul className="app-a-z">
          <li>
            {letter ? (
              <Link className="govuk-link" to={hrefWith({ letter: '' })}>
                All
              </Link>
            ) : (
              <span className="app-a-z__current" aria-current="page">
                All
              </span>
            )}
          </li>
          {LETTERS.map((l) => (
            <li key={l}>
              {l === letter ? (
                <span className="app-a-z__current" aria-current="page">
                  {l === '#' ? <span aria-label="Other characters">#</span> : l}
                </span>
              ) : letters.has(l) ? (
                <Link className="govuk-link" to={hrefWith({ letter: l })}>
                  {l === '#' ? <span aria-label="Terms starting with other characters">#</span> : l}
                </Link>
              ) : (
                <span className="app-a-z__empty">
                  {l}
                  <span className="govuk-visually-hidden"> (no terms)</span>
                </span>
              )}
            </li>
          ))}
        </ul>
      </nav>

      <div aria-live="polite">
        {loading && !data ? (
          <p className="govuk-body">Loading the glossary…</p>
        ) : terms.length === 0 ? (
          <>
            <h2 className="govuk-heading-m">No terms found</h2>
            <p className="govuk-body">
              {search || language || letter
                ? 'No terms match. Check the spelling, try fewer words, or choose All languages.'
                : 'The glossary has no terms yet.'}
            </p>
          </>
        ) : (
          <>
            <p className="govuk-body govuk-!-font-weight-bold" role="status">
              {page.showing(terms.length, connection?.totalCount ?? terms.length, 'terms')}
              {search ? ` for “${search}”` : ''}
              {chosen ? ` in ${chosen.name}` : ''}
            </p>
            <GlossaryList terms={terms} languageCode={chosen?.code} />
            <Pagination
              previousHref={page.previousHref}
              nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
            />
          </>
        )}
      </div>
    </Page>
  );
}

/** The terms of a page: name, category, definition, and the word in the chosen language (or every language). */
export function GlossaryList({
  terms,
  languageCode,
}: {
  terms: readonly GlossaryTermFieldsFragment[];
  languageCode?: string;
}) {
  return (
    <ul className="govuk-list app-glossary-list">
      {terms.map((term) => {
        const shown = languageCode
          ? term.translations.filter((t) => t.languageCode === languageCode)
          : term.translations;
        return (
          <li key={term.id}>
            <h2 className="govuk-heading-m govuk-!-margin-bottom-1">
              <Link className="govuk-link" to={glossaryTermHref(term.slug)}>
                {term.term}
              </Link>
            </h2>
            <p className="govuk-body-s govuk-!-margin-bottom-2">
              {GLOSSARY_CATEGORY_LABELS[term.category]}
              {term.status !== 'PUBLISHED' ? (
                <>
                  {' '}
                  <Tag colour="grey">{STATUS_LABELS[term.status]}</Tag>
                </>
              ) : null}
              {term.audience === 'STAFF' ? (
                <>
                  {' '}
                  <Tag colour="blue">Staff only</Tag>
                </>
              ) : null}
            </p>
            <p className="govuk-body govuk-!-margin-bottom-2">{term.definition}</p>
            {shown.length ? (
              <dl className="govuk-body app-glossary-words">
                {shown.map((t) => (
                  <div key={t.languageCode} className="app-glossary-words__row">
                    <dt>{t.languageName}:</dt>{' '}
                    <dd>
                      <TranslationWord languageCode={t.languageCode} direction={t.direction} text={t.text} />
                      {t.pronunciation ? <span className="app-glossary__hint"> ({t.pronunciation})</span> : null}
                    </dd>
                  </div>
                ))}
              </dl>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
