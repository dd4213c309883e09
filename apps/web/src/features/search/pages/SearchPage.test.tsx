import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/renderRoute';
import type { SearchKind } from '../../../gql/graphql';
import { searchQuery } from '../operations';

interface Hit {
  id: string;
  kind: SearchKind;
  title: string;
  snippet: string[];
  slug?: string | null;
  threadId?: string | null;
  postSeq?: number | null;
  homeId?: string | null;
  homeKind?: SearchKind | null;
  publishedAt?: string | null;
}

const node = (hit: Hit) => ({
  __typename: 'SearchResult' as const,
  slug: null,
  threadId: null,
  postSeq: null,
  homeId: null,
  homeKind: null,
  publishedAt: null,
  ...hit,
});

/** A mocked answer to the search query for these variables. */
function answer(
  variables: { query: string; kinds?: SearchKind[]; after?: string },
  hits: Hit[],
  counts: { kind: SearchKind; count: number }[],
  hasNextPage = false,
  countsCapped = false,
) {
  return {
    request: { query: searchQuery, variables: { first: 20, ...variables } },
    result: {
      data: {
        search: {
          __typename: 'SearchResultConnection' as const,
          totalCount: counts
            .filter((c) => !variables.kinds || variables.kinds.includes(c.kind))
            .reduce((sum, c) => sum + c.count, 0),
          kindCounts: counts.map((c) => ({ __typename: 'SearchKindCount' as const, ...c })),
          countsCapped,
          pageInfo: { __typename: 'PageInfo' as const, hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null },
          edges: hits.map((hit) => ({ __typename: 'SearchResultEdge' as const, node: node(hit) })),
        },
      },
    },
  };
}

const TERM: Hit = {
  id: 'term-1',
  kind: 'GLOSSARY_TERM',
  title: 'Interpreter',
  slug: 'interpreter',
  snippet: ['Someone who turns speech into another language. ', 'tłumacz', ' ustny <b>not bold</b>'],
  publishedAt: '2026-11-03T10:00:00.000Z',
};
const REPLY: Hit = {
  id: 'post-9',
  kind: 'FORUM_POST',
  title: 'Interpreters at the desk',
  threadId: 'thread-4',
  postSeq: 7,
  snippet: ['We book a ', 'tłumacz', ' for Friday.'],
};
const COUNTS: { kind: SearchKind; count: number }[] = [
  { kind: 'FORUM_POST', count: 1 },
  { kind: 'GLOSSARY_TERM', count: 1 },
];

describe('search', () => {
  beforeAll(async () => {
    await import('./SearchPage');
  });

  it('offers a search box in the header of every page that leads to the results page', async () => {
    const user = userEvent.setup();
    const { router } = renderRoute('/contact');
    const box = await screen.findByRole('search', { name: 'Search Common Ground' });
    await user.type(within(box).getByRole('searchbox', { name: 'Search Common Ground' }), 'tłumacz{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(new URLSearchParams(router.state.location.search).get('q')).toBe('tłumacz');
    expect(box).toHaveAttribute('method', 'get');
    expect(box).toHaveAttribute('action', '/search');
  });

  it('lists results best first with their kind, a link to each, marked words as text, and filters by kind', async () => {
    renderRoute('/search?q=t%C5%82umacz', { mocks: [answer({ query: 'tłumacz' }, [TERM, REPLY], COUNTS)] });
    expect(await screen.findByText('2 results')).toBeInTheDocument();
    expect(document.title).toMatch(/^Search results for “tłumacz”/);
    const list = screen.getAllByRole('listitem').filter((li) => li.classList.contains('app-search-results__item'));
    expect(list).toHaveLength(2);
    expect(within(list[0]).getByText('Glossary term')).toBeInTheDocument();
    expect(within(list[0]).getByRole('link', { name: 'Interpreter' })).toHaveAttribute(
      'href',
      '/library/glossary/terms/interpreter',
    );
    const marks = list[0].querySelectorAll('mark');
    expect([...marks].map((m) => m.textContent)).toEqual(['tłumacz']);
    expect(list[0].querySelector('b')).toBeNull();
    expect(within(list[0]).getByText(/<b>not bold<\/b>/)).toBeInTheDocument();
    expect(within(list[1]).getByRole('link', { name: 'Reply in “Interpreters at the desk”' })).toHaveAttribute(
      'href',
      '/discuss/threads/thread-4?seq=7',
    );

    const filters = screen.getByRole('navigation', { name: 'Show only' });
    expect(within(filters).getByRole('link', { name: 'All results (2)' })).toHaveAttribute('aria-current', 'page');
    expect(within(filters).getByRole('link', { name: 'Glossary terms (1)' })).toHaveAttribute(
      'href',
      '/search?q=t%C5%82umacz&kind=GLOSSARY_TERM',
    );
    expect(within(filters).queryByRole('link', { name: /Lessons/ })).not.toBeInTheDocument();
  });

  it('shows no date on a glossary term, and links discussion posts and comments to where they were said', async () => {
    const lessonPost: Hit = {
      id: 'post-3',
      kind: 'LESSON_POST',
      title: 'Booking an interpreter',
      slug: 'language-access',
      homeId: 'lesson-2',
      homeKind: 'LESSON',
      threadId: 'thread-8',
      postSeq: 3,
      snippet: ['Our ', 'tłumacz', ' came early.'],
      publishedAt: '2026-11-04T10:00:00.000Z',
    };
    const comment: Hit = {
      id: 'post-5',
      kind: 'COMMENT',
      title: 'First day on the desk',
      slug: 'first-day',
      homeId: 'episode-1',
      homeKind: 'PODCAST_EPISODE',
      threadId: 'thread-9',
      postSeq: 1,
      snippet: ['A ', 'tłumacz', ' helped me too.'],
    };
    renderRoute('/search?q=t%C5%82umacz', {
      mocks: [
        answer(
          { query: 'tłumacz' },
          [TERM, lessonPost, comment],
          [
            { kind: 'GLOSSARY_TERM', count: 1 },
            { kind: 'LESSON_POST', count: 1 },
            { kind: 'COMMENT', count: 1 },
          ],
        ),
      ],
    });
    expect(await screen.findByText('3 results')).toBeInTheDocument();
    const list = screen.getAllByRole('listitem').filter((li) => li.classList.contains('app-search-results__item'));
    expect(within(list[0]).queryByText(/2026/)).not.toBeInTheDocument();
    expect(within(list[1]).getByText('Lesson discussion')).toBeInTheDocument();
    expect(within(list[1]).getByText(/November 2026/)).toBeInTheDocument();
    expect(
      within(list[1]).getByRole('link', { name: 'Post in the discussion of “Booking an interpreter”' }),
    ).toHaveAttribute('href', '/learn/language-access/lessons/lesson-2?seq=3#discussion-heading');
    expect(within(list[2]).getByRole('link', { name: 'Comment on “First day on the desk”' })).toHaveAttribute(
      'href',
      '/library/podcasts/episodes/first-day#comments-heading',
    );
    const filters = screen.getByRole('navigation', { name: 'Show only' });
    expect(within(filters).getByRole('link', { name: 'Lesson discussions (1)' })).toBeInTheDocument();
    expect(within(filters).getByRole('link', { name: 'Comments (1)' })).toBeInTheDocument();
  });

  it('narrows the results to the kind in the address', async () => {
    renderRoute('/search?q=t%C5%82umacz&kind=GLOSSARY_TERM', {
      mocks: [answer({ query: 'tłumacz', kinds: ['GLOSSARY_TERM'] }, [TERM], COUNTS, true)],
    });
    expect(await screen.findByText('1 result in glossary terms')).toBeInTheDocument();
    const filters = screen.getByRole('navigation', { name: 'Show only' });
    expect(within(filters).getByRole('link', { name: 'Glossary terms (1)' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('link', { name: /Next/ })).toHaveAttribute(
      'href',
      expect.stringContaining('after=cursor-1'),
    );
  });

  it('says the counts are "at least" when a common word stopped the search counting', async () => {
    const counts: { kind: SearchKind; count: number }[] = [
      { kind: 'FORUM_POST', count: 480 },
      { kind: 'GLOSSARY_TERM', count: 1021 },
    ];
    renderRoute('/search?q=housing', { mocks: [answer({ query: 'housing' }, [TERM, REPLY], counts, true, true)] });
    expect(await screen.findByText('1,501+ results')).toBeInTheDocument();
    const filters = screen.getByRole('navigation', { name: 'Show only' });
    expect(within(filters).getByRole('link', { name: 'All results (1,501+)' })).toBeInTheDocument();
    expect(within(filters).getByRole('link', { name: 'Glossary terms (1,021+)' })).toBeInTheDocument();
    expect(within(filters).getByRole('link', { name: 'Forum replies (480+)' })).toBeInTheDocument();
  });

  it('says what to try when nothing is found', async () => {
    renderRoute('/search?q=zzzz', { mocks: [answer({ query: 'zzzz' }, [], [])] });
    expect(await screen.findByRole('heading', { name: 'No results found' })).toBeInTheDocument();
    expect(screen.getByText('0 results')).toBeInTheDocument();
    expect(screen.getByText('check the spelling of your words')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', expect.stringMatching(/^\/sign-in/));
  });

  it('says when search is not working, keeping the search box', async () => {
    renderRoute('/search?q=housing', {
      mocks: [
        { request: { query: searchQuery, variables: { query: 'housing', first: 20 } }, error: new Error('down') },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'Search is not working right now' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /Search lessons, forums/ })).toHaveValue('housing');
  });

  it('asks for fewer words past 200 characters without searching, and asks for words when there are none', async () => {
    renderRoute(`/search?q=${'a'.repeat(201)}`);
    expect(await screen.findByText(/Search for 200 characters or fewer/)).toBeInTheDocument();
    expect(document.title).toMatch(/^Error: /);
    expect(screen.getByRole('searchbox', { name: /Search lessons, forums/ })).toHaveAttribute(
      'aria-describedby',
      expect.stringContaining('error'),
    );
  });

  it('shows only the search box before any words are given', async () => {
    renderRoute('/search');
    expect(await screen.findByRole('heading', { level: 1, name: 'Search' })).toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: /Search lessons, forums/ })).toHaveValue('');
    expect(screen.queryByText(/results?$/)).not.toBeInTheDocument();
  });
});
