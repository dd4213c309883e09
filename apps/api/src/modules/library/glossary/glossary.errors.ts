import { badInput, DomainError, notFound } from '../../../common/errors/domain-error';

/** The glossary's expected failures, worded once. */
export const GlossaryErrors = {
  termNotFound: (): DomainError => notFound('That glossary term'),
  duplicateTerm: (): DomainError =>
    new DomainError('CONFLICT', 'The glossary already has a term with this name. Change that term instead.', {
      term: 'The glossary already has a term with this name',
    }),
  noSlug: (): DomainError =>
    badInput('term', 'The term needs at least one letter or digit from A to Z or 0 to 9, so it can have an address.'),
  duplicateLanguage: (index: number): DomainError =>
    badInput(`translations.${index}.languageCode`, 'Each language can only have one translation. Remove the repeat.'),
  audioNotFound: (index: number): DomainError =>
    badInput(`translations.${index}.audioMediaId`, 'That recording could not be found. Upload the audio file again.'),
  notAudio: (index: number): DomainError =>
    badInput(`translations.${index}.audioMediaId`, 'The pronunciation must be an audio file, like an MP3.'),
};
