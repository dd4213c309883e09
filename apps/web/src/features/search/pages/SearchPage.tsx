import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { mapApiError } from '../../../lib/errors';
import { Pagination } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { KindFilters } from '../components/KindFilters';
import { SearchForm } from '../components/SearchForm';
import { SearchResultList } from '../components/SearchResultList';
import { isSearchKind, KIND_LABELS } from '../labels';
import { useSignInHref } from '../../learn/hooks/useSignInHref';
import { searchQuery } from '../operations';

/** The API refuses longer searches; the page says so before asking. */
export const QUERY_MAX = 200;
const TOO_LONG = `Search for ${QUERY_MAX} characters or fewer: try the few words that matter most`;

/**
 * Results of the one search (`/search?q=…&kind=…`), best first, with links that narrow
 * them to one kind and cursor pages. Everything is in the address, so a search can be
 * shared, bookmarked and gone back to.
 */
export function SearchPage() {
  const { viewer } = useAuth();
  const signInHref = useSignInHref();
  const [params] = useSearchParams();
  const page = useCursorPage();
  const query = params.get('q')?.trim() ?? '';
  const kindParam = params.get('kind');
  const kind = isSearchKind(kindParam) ? kindParam : null;
  const tooLong = query.length > QUERY_MAX;

  const { data, previousData, loading, error } = useQuery(searchQuery, {
    variables: { query, kinds: kind ? [kind] : undefined, first: PAGE_SIZE, after: page.after },
    skip: !query || tooLong,
  });
  const mapped = error ? mapApiError(error, ['query', 'after']) : null;
  const inputError = tooLong ? TOO_LONG : (mapped?.fields.query ?? mapped?.fields.after);
  const connection = (data ?? previousData)?.search;
  const results = connection?.edges.map((edge) => edge.node) ?? [];
  const title = query ? `Search results for “${query.slice(0, 60)}”` : 'Search';

  return (
    <Page title={title} heading="Search" width="full" error={Boolean(inputError)}>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SearchForm
            key={query}
            initial={query}
            label="Search lessons, forums, the blog, podcasts, the glossary, FAQs and myth-busters"
            error={inputError}
          />
        </div>
      </div>
      {!query || inputError ? null : error && !mapped?.fields.query ? (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-two-thirds">
            <h2 className="govuk-heading-m">Search is not working right now</h2>
            <p className="govuk-body">We could not get your results. Try again in a few minutes.</p>
          </div>
        </div>
      ) : loading && !connection ? (
        <p className="govuk-body" role="status">
          Searching…
        </p>
      ) : (
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
            {connection && connection.kindCounts.length ? (
              <KindFilters
                query={query}
                current={kind}
                counts={connection.kindCounts}
                capped={connection.countsCapped}
              />
            ) : null}
          </div>
          <div className="govuk-grid-column-two-thirds">
            <p className="govuk-body govuk-!-font-weight-bold" role="status">
              {connection
                ? resultsLine(
                    connection.totalCount,
                    connection.countsCapped,
                    kind ? KIND_LABELS[kind].many.toLowerCase() : null,
                  )
                : ''}
            </p>
            {results.length === 0 ? (
              <NoResults filtered={kind !== null} signInHref={viewer ? null : signInHref} />
            ) : (
              <>
                <SearchResultList results={results} />
                <Pagination
                  previousHref={page.previousHref}
                  nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
                  landmarkLabel="Search results pages"
                />
              </>
            )}
          </div>
        </div>
      )}
    </Page>
  );
}

/** "2 results", or "200+ results" when the search stopped counting (a common word). */
function resultsLine(total: number, capped: boolean, kind: string | null): string {
  const noun = total === 1 && !capped ? 'result' : 'results';
  return `${total.toLocaleString('en-GB')}${capped ? '+' : ''} ${noun}${kind ? ` in ${kind}` : ''}`;
}

/** What to try next; `signInHref` for a signed-out visitor, who finds only public content. */
function NoResults({ filtered, signInHref }: { filtered: boolean; signInHref: string | null }) {
  return (
    <>
      <h2 className="govuk-heading-m">No results found</h2>
      <p className="govuk-body">You could:</p>
      <ul className="govuk-list govuk-list--bullet">
        <li>check the spelling of your words</li>
        <li>use fewer or more general words</li>
        <li>try the word in English, or in the language you heard it in</li>
        {filtered ? <li>show all results instead of one kind</li> : null}
        {signInHref === null ? null : (
          <li>
            <Link className="govuk-link" to={signInHref}>
              sign in
            </Link>{' '}
            to search the forums and what is written for staff
          </li>
        )}
      </ul>
    </>
  );
}
