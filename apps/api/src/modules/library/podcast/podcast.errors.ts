import { badInput, DomainError, forbidden, notFound } from '../../../common/errors/domain-error';

/** The podcasts' expected failures, worded once. */
export const PodcastErrors = {
  showNotFound: (): DomainError => notFound('That show'),
  editorsOnly: (): DomainError => forbidden('Only editors can change podcast shows and episodes.'),
  staffShowsOnly: (): DomainError => badInput('showId', 'Private feeds are for staff-only shows; use the public feed.'),
  artworkAltMissing: (): DomainError => badInput('artworkAlt', 'Describe the artwork for people who cannot see it'),
  artworkNotImage: (): DomainError => badInput('artworkMediaId', 'The artwork must be an uploaded picture'),
  audioNotAudio: (): DomainError => badInput('audioMediaId', 'Upload the recording as an MP3, M4A or Ogg file'),
  badTranscript: (problems: string[]): DomainError =>
    new DomainError('BAD_USER_INPUT', problems.join(' '), { transcriptVtt: problems[0] }),
  badChapters: (problems: string[]): DomainError =>
    new DomainError('BAD_USER_INPUT', problems.join(' '), { chapters: problems[0] }),
};
