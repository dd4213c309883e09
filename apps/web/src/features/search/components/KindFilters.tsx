import { Link } from 'react-router';
import type { SearchKind } from '../../../gql/graphql';
import { KIND_LABELS, SEARCH_KINDS } from '../labels';
import { searchHref } from '../paths';

export interface KindFiltersProps {
  query: string;
  /** The kind shown now, or null for all. */
  current: SearchKind | null;
  counts: readonly { kind: SearchKind; count: number }[];
  /** The search stopped counting (a common word): each count is "at least", shown as "200+". */
  capped: boolean;
}

/**
 * Links that narrow the results to one kind (with how many there are of each), or show all
 * again. Links rather than a form: one choice, and each filtered list has its own address.
 */
export function KindFilters({ query, current, counts, capped }: KindFiltersProps) {
  const total = counts.reduce((sum, c) => sum + c.count, 0);
  const countOf = (kind: SearchKind) => counts.find((c) => c.kind === kind)?.count ?? 0;
  const shownCount = (n: number) => `${n.toLocaleString('en-GB')}${capped ? '+' : ''}`;
  const shown = SEARCH_KINDS.filter((kind) => countOf(kind) > 0 || kind === current);
  return (
    <nav aria-labelledby="search-kinds-heading" className="app-filter">
      <h2 className="govuk-heading-s" id="search-kinds-heading">
        Show only
      </h2>
      <ul className="govuk-list app-search-kinds">
        <li>
          <Link className="govuk-link" to={searchHref(query)} aria-current={current === null ? 'page' : undefined}>
            All results ({shownCount(total)})
          </Link>
        </li>
        {shown.map((kind) => (
          <li key={kind}>
            <Link
              className="govuk-link"
              to={searchHref(query, kind)}
              aria-current={current === kind ? 'page' : undefined}
            >
              {KIND_LABELS[kind].many} ({shownCount(countOf(kind))})
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
