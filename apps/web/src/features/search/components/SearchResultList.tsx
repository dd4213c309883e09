import { Link } from 'react-router';
import type { SearchKind } from '../../../gql/graphql';
import { formatDate } from '../../../lib/dates';
import { KIND_LABELS } from '../labels';
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
  publishedAt?: string | null;
}

/** Results best first: what each is, its title as a link, where the words matched, and when. */
export function SearchResultList({ results }: { results: readonly SearchResultItem[] }) {
  return (
    <ol className="govuk-list app-search-results">
      {results.map((result) => (
        <li key={result.id} className="app-search-results__item">
          <p className="govuk-caption-m govuk-!-margin-bottom-1">{KIND_LABELS[result.kind].one}</p>
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">
            <Link className="govuk-link" to={resultHref(result)}>
              {result.kind === 'FORUM_POST' ? `Reply in “${result.title}”` : result.title}
            </Link>
          </h2>
          <ResultSnippet pieces={result.snippet} />
          {result.publishedAt ? (
            <p className="govuk-body-s govuk-!-margin-bottom-0">{formatDate(result.publishedAt)}</p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
