import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { lessons } from '../fixtures/learning';
import { LessonTaskList } from './LessonTaskList';

describe('LessonTaskList', () => {
  it('shows each lesson with its kind and status in words', () => {
    render(
      <MemoryRouter>
        <LessonTaskList lessons={lessons} />
      </MemoryRouter>,
    );
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    const scenario = screen.getByRole('link', { name: 'At the front desk' });
    expect(scenario).toHaveAttribute('href', '/learn/m/l2');
    expect(scenario).toHaveAccessibleDescription('Scenario In progress');
    expect(within(items[1]).getByText('In progress')).toHaveClass('govuk-tag--light-blue');
    expect(within(items[2]).getByText('Not yet started')).toHaveClass('govuk-tag--blue');
    expect(screen.getByRole('link', { name: 'Why language matters' })).toHaveAccessibleDescription('Article Completed');
  });

  it('does not link a lesson that cannot be started yet', () => {
    render(
      <MemoryRouter>
        <LessonTaskList lessons={lessons} />
      </MemoryRouter>,
    );
    expect(screen.queryByRole('link', { name: 'Final test' })).not.toBeInTheDocument();
    const item = screen.getByText('Final test').closest('li')!;
    expect(within(item).getByText('Cannot start yet')).toHaveClass('govuk-task-list__status--cannot-start-yet');
    expect(item).not.toHaveClass('govuk-task-list__item--with-link');
  });
});
