import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { learnerFixture, renderRoute } from '../../../test/renderRoute';
import { learningCatalogueQuery } from '../operations';
import { catalogueModule, catalogueResult } from '../testing/pageFixtures';

const interpreters = catalogueModule({
  id: 'm1',
  slug: 'managing-language-barriers',
  title: 'Managing language barriers',
});
const rights = catalogueModule({
  id: 'm2',
  slug: 'rights-and-responsibilities',
  title: 'Rights and responsibilities',
  topic: 'Rights',
  audience: 'STAFF',
  viewerProgress: { __typename: 'ModuleProgress', status: 'IN_PROGRESS', completedLessons: 1, totalLessons: 1 },
});

describe('CataloguePage', () => {
  it('lists the public modules for signed-out visitors and explains staff modules need an account', async () => {
    renderRoute('/learn', {
      mocks: [
        {
          request: { query: learningCatalogueQuery, variables: { first: 20 } },
          result: catalogueResult([interpreters]),
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Managing language barriers' });
    expect(link).toHaveAttribute('href', '/learn/managing-language-barriers');
    const item = link.closest('li')!;
    expect(within(item).getByText('What Managing language barriers covers.')).toBeInTheDocument();
    expect(within(item).getByText(/Topic: Communication/)).toHaveTextContent('4 lessons');
    expect(within(item).getByText('Open to everyone')).toHaveClass('govuk-tag');
    expect(screen.getByText(/Modules for partnership staff need an account/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in?next=%2Flearn');
    // Audience and progress filters are for signed-in staff only.
    expect(screen.getByLabelText('Topic')).toBeInTheDocument();
    expect(screen.queryByLabelText('Your progress')).not.toBeInTheDocument();
    expect(screen.getByText('Showing 1 to 1 of 1 modules')).toBeInTheDocument();
    expect(document.title).toBe('Learn – Common Ground');
  });

  it('shows signed-in staff every filter and their progress on each module', async () => {
    renderRoute('/learn?progress=IN_PROGRESS', {
      viewer: learnerFixture,
      mocks: [
        {
          request: { query: learningCatalogueQuery, variables: { first: 20, progress: 'IN_PROGRESS' } },
          result: catalogueResult([rights]),
        },
      ],
    });
    const link = await screen.findByRole('link', { name: 'Rights and responsibilities' });
    const item = link.closest('li')!;
    expect(within(item).getByText('Staff only')).toBeInTheDocument();
    expect(within(item).getByText('In progress')).toHaveClass('govuk-tag--light-blue');
    expect(within(item).getByText(/1 lesson$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Your progress')).toHaveValue('IN_PROGRESS');
    expect(screen.getByLabelText('Who it is for')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Rights' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Clear search and filters' })).toHaveAttribute('href', '/learn');
    expect(screen.getByRole('link', { name: 'Go to my learning' })).toHaveAttribute('href', '/my-learning');
  });

  it('says when nothing matches the search', async () => {
    renderRoute('/learn?search=zebra', {
      mocks: [
        {
          request: { query: learningCatalogueQuery, variables: { first: 20, search: 'zebra' } },
          result: catalogueResult([]),
        },
      ],
    });
    expect(await screen.findByRole('heading', { name: 'No modules found' })).toBeInTheDocument();
    expect(screen.getByText(/No modules match your search and filters/)).toBeInTheDocument();
    expect(screen.getByLabelText('Search by title')).toHaveValue('zebra');
  });
});
