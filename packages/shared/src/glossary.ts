/**
 * The glossary's shared words and rules (API and web): categories, limits, which
 * languages are written right to left, and the letter a term is filed under.
 */

export const GLOSSARY_CATEGORIES = [
  'HOUSING',
  'BENEFITS',
  'HEALTH',
  'COUNCIL_TAX',
  'INTERPRETING',
  'SAFEGUARDING',
  'EMPLOYMENT',
  'EDUCATION',
  'IMMIGRATION',
  'GENERAL',
] as const;
export type GlossaryCategoryName = (typeof GLOSSARY_CATEGORIES)[number];

/** How each category reads to a person. */
export const GLOSSARY_CATEGORY_LABELS: Record<GlossaryCategoryName, string> = {
  HOUSING: 'Housing',
  BENEFITS: 'Benefits and money',
  HEALTH: 'Health',
  COUNCIL_TAX: 'Council tax',
  INTERPRETING: 'Interpreting and language',
  SAFEGUARDING: 'Safeguarding',
  EMPLOYMENT: 'Work and employment',
  EDUCATION: 'Education',
  IMMIGRATION: 'Immigration status',
  GENERAL: 'General',
};

/** Who may read a glossary term: everyone, or signed-in staff only. */
export const GLOSSARY_AUDIENCES = ['PUBLIC', 'STAFF'] as const;
export type GlossaryAudienceName = (typeof GLOSSARY_AUDIENCES)[number];

export const GLOSSARY_LIMITS = {
  termMaxLength: 120,
  definitionMaxLength: 1000,
  translationsMax: 30,
  translationTextMaxLength: 200,
  hintMaxLength: 200,
  languageNameMaxLength: 60,
  searchMaxLength: 200,
  /** Terms on one printed language card. */
  cardTermsMax: 60,
  /** Characters in a language tag: the longest LANGUAGE_TAG, e.g. `abc-Abcd-123`. */
  languageCodeMaxLength: 12,
  /** Languages listed for the language filter (more than the service is ever likely to translate into). */
  languagesListed: 200,
} as const;

/**
 * A BCP 47 language tag in the shape staff meet: a language (2–3 letters), optionally a
 * script (4 letters) and a region (2 letters or 3 digits), e.g. `pl`, `uk`, `pa-Arab`, `pt-BR`.
 */
export const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?$/;

/** Languages whose usual script runs right to left. */
const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'ks', 'ku', 'prs', 'ps', 'sd', 'ug', 'ur', 'yi']);
const RTL_SCRIPTS = new Set(['Arab', 'Hebr', 'Syrc', 'Thaa', 'Nkoo', 'Adlm', 'Rohg']);

/**
 * The text direction of a language tag: a script subtag decides when present
 * (`pa-Arab` is right to left, `ku-Latn` left to right), else the language does.
 */
export function textDirection(languageTag: string): 'ltr' | 'rtl' {
  const [language, maybeScript] = languageTag.split('-');
  if (maybeScript && /^[A-Za-z]{4}$/.test(maybeScript)) {
    const script = maybeScript[0].toUpperCase() + maybeScript.slice(1).toLowerCase();
    return RTL_SCRIPTS.has(script) ? 'rtl' : 'ltr';
  }
  return RTL_LANGUAGES.has(language.toLowerCase()) ? 'rtl' : 'ltr';
}

/** The A–Z letter a term is filed under (accents dropped: "Énergie" under E), or "#" for anything else. */
export function glossaryLetter(term: string): string {
  const first = term
    .trim()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .charAt(0)
    .toUpperCase();
  return /^[A-Z]$/.test(first) ? first : '#';
}

/** A term's address in the glossary: lower case, ASCII letters and digits joined by hyphens. */
export function glossarySlug(term: string): string {
  return term
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
}
