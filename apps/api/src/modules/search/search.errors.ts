import { badInput, type DomainError } from '../../common/errors/domain-error';
import { SEARCH_LIMITS } from './search.constants';

/** The search's expected failures, worded once. */
export const SearchErrors = {
  queryTooLong: (): DomainError =>
    badInput('query', `Search for ${SEARCH_LIMITS.queryMax} characters or fewer: try the few words that matter most`),
  badCursor: (): DomainError => badInput('after', 'The page cursor is not valid. Start again from the first page.'),
};
