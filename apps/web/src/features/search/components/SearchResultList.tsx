import { Link } from 'react-router';
import type { SearchKind } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import { KIND_LABELS, UNDATED_KINDS } from '../labels';
import { resultHref } from '../paths';
import { ResultSnippet } from './ResultSnippet';

export interface SearchResultItem {
  id: string;
  kind: SearchKind;
  title: string;
  snippet: readonly string[];
  slug?: string | null;
  threadId?: string | null;
  postSeq?: number | null;
  homeId?: string | null;
  homeKind?: SearchKind | null;
  publishedAt?: string | null;
}

/** The link text: a result's title, or for a reply, discussion post or comment where it was said. */
function linkText(result: SearchResultItem): string {
  if (result.kind === 'FORUM_POST') return `Reply in “${result.title}”`;
  if (result.kind === 'LESSON_POST') return `Post in the discussion of “${result.title}”`;
  if (result.kind === 'COMMENT') return `Comment on “${result.title}”`;
  return result.title;
}

/** Results best first: what each is, its title as a link, where the words matched, and when (if a date means anything for its kind). */
export function SearchResultList({ results }: { results: readonly SearchResultItem[] }) {
  return (
    <ol className="govuk-list app-search-results">
      {results.map((result) => (
        <li key={result.id} className="app-search-results__item">
          <p className="govuk-caption-m govuk-!-margin-bottom-1">{KIND_LABELS[result.kind].one}</p>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={resultHref(result)}>
              {linkText(result)}
            </Link>
          </h2>
          <ResultSnippet pieces={result.snippet} />
          {result.publishedAt && !UNDATED_KINDS.has(result.kind) ? (
            <p className="govuk-body-s govuk-!-margin-bottom-0">{formatDate(result.publishedAt)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
