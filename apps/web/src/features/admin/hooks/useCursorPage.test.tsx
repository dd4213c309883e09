import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useCursorPage } from './useCursorPage';

function Probe() {
  const page = useCursorPage();
  return (
    <>
      <p data-testid="next">{page.nextHref({ hasNextPage: true, endCursor: 'c2' }) ?? ''}</p>
      <p data-testid="previous">{page.previousHref ?? ''}</p>
      <p data-testid="showing">{page.showing(5, 45, 'people')}</p>
    </>
  );
}

function renderAt(path: string) {
  const router = createMemoryRouter([{ path: '/admin/people', element: <Probe /> }], { initialEntries: [path] });
  render(<RouterProvider router={router} />);
}

describe('useCursorPage', () => {
  it('has no previous page on the first page', () => {
    renderAt('/admin/people?search=ann');
    expect(screen.getByTestId('previous')).toHaveTextContent('');
    expect(screen.getByTestId('next')).toHaveTextContent('/admin/people?search=ann&after=c2&prev=');
    expect(screen.getByTestId('showing')).toHaveTextContent('Showing 1 to 5 of 45 people');
  });

  it('goes back along the trail of cursors', () => {
    renderAt('/admin/people?after=c2&prev=&prev=c1');
    expect(screen.getByTestId('previous')).toHaveTextContent('/admin/people?after=c1&prev=');
    expect(screen.getByTestId('showing')).toHaveTextContent('Showing 41 to 45 of 45 people');
  });
});
