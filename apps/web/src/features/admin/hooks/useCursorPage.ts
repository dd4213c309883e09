import { useLocation, useSearchParams } from 'react-router';

export const PAGE_SIZE = 20;

/**
 * Cursor paging kept in the URL (`after` plus the trail of earlier cursors
 * in `prev`), so Previous works, pages can be bookmarked and the browser's
 * back button behaves.
 */
export function useCursorPage() {
  const [params] = useSearchParams();
  const location = useLocation();
  const after = params.get('after') ?? undefined;
  const trail = params.getAll('prev');

  const hrefWith = (update: (next: URLSearchParams) => void): string => {
    const next = new URLSearchParams(params);
    update(next);
    const query = next.toString();
    return `${location.pathname}${query ? `?${query}` : ''}`;
  };

  const nextHref = (pageInfo: { hasNextPage: boolean; endCursor: string | null }): string | undefined => {
    const { endCursor } = pageInfo;
    if (!pageInfo.hasNextPage || !endCursor) return undefined;
    return hrefWith((next) => {
      next.set('after', endCursor);
      next.delete('prev');
      for (const cursor of [...trail, after ?? '']) next.append('prev', cursor);
    });
  };

  const previousHref =
    after === undefined
      ? undefined
      : hrefWith((next) => {
          const previous = trail.at(-1);
          next.delete('prev');
          for (const cursor of trail.slice(0, -1)) next.append('prev', cursor);
          if (previous) next.set('after', previous);
          else next.delete('after');
        });

  const pageNumber = after === undefined ? 1 : trail.length + 1;

  /** "Showing 21 to 40 of 57 organisations". */
  const showing = (shown: number, total: number, noun: string): string => {
    if (shown === 0) return `No ${noun}`;
    const start = (pageNumber - 1) * PAGE_SIZE + 1;
    return `Showing ${start} to ${start + shown - 1} of ${total} ${noun}`;
  };

  return { after, nextHref, previousHref, showing };
}
