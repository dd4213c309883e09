import { checkThreadTags, normaliseTag, THREAD_TAG_PROBLEMS } from '@common-ground/shared';
import { badInput, type DomainError } from '../../../common/errors/domain-error';

/**
 * A new thread's tags as stored (normalised, without blanks or repeats). Throws
 * BAD_USER_INPUT on `tags` for more than five, one over 30 characters, or characters other
 * than letters, numbers, spaces and hyphens (so no markup ever reaches a tag).
 */
export function threadTags(raw: readonly string[]): string[] {
  const checked = checkThreadTags(raw);
  if ('problem' in checked) throw tagsError(THREAD_TAG_PROBLEMS[checked.problem]);
  return checked.tags;
}

/** A tag to filter a list by, normalised like stored tags; BAD_USER_INPUT on `tag` if it could never match. */
export function tagFilter(raw: string | null | undefined): string | null {
  if (raw == null || normaliseTag(raw) === '') return null;
  const checked = checkThreadTags([raw]);
  if ('problem' in checked) throw badInput('tag', THREAD_TAG_PROBLEMS[checked.problem]);
  return checked.tags[0];
}

const tagsError = (message: string): DomainError => badInput('tags', message);
