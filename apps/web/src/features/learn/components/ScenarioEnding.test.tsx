import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { ScenarioEnding } from './ScenarioEnding';

const ending = {
  title: 'Mihai gets the help he needs',
  narrative: '<p>Mihai leaves with support in place.</p>',
  summary: 'Using a professional interpreter let Mihai explain everything.',
  rating: 'GOOD' as const,
};

describe('ScenarioEnding', () => {
  it('shows the outcome in words, the score, the path and what to take away', () => {
    render(
      <MemoryRouter>
        <ScenarioEnding
          ending={ending}
          score={5}
          path={[
            { sceneId: 'arrival', sceneTitle: 'At the front desk', choiceLabel: 'Book a telephone interpreter' },
            { sceneId: 'interpreter', sceneTitle: 'With an interpreter', choiceLabel: 'Explain the support' },
          ]}
          takeaways={['Book an interpreter early.']}
          onRestart={() => undefined}
          nextLessonHref="/learn/m/l3"
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 2, name: /Mihai gets the help he needs/ })).toBeInTheDocument();
    expect(screen.getByText('Good outcome')).toHaveClass('govuk-tag', 'govuk-tag--green');
    expect(screen.getByText('5 points')).toBeInTheDocument();
    const steps = within(screen.getByRole('list', { name: 'The path you took' })).getAllByRole('listitem');
    expect(steps.map((step) => step.textContent)).toEqual([
      'At the front desk: → you chose Book a telephone interpreter',
      'With an interpreter: → you chose Explain the support',
    ]);
    expect(screen.getByRole('heading', { name: 'What to take away' })).toBeInTheDocument();
    expect(screen.getByText(ending.summary)).toBeInTheDocument();
    expect(screen.getByText('Book an interpreter early.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Continue to next lesson' })).toHaveAttribute('href', '/learn/m/l3');
  });

  it('restarts, and leaves out the next lesson when there is none', async () => {
    const user = userEvent.setup();
    const onRestart = vi.fn();
    render(
      <MemoryRouter>
        <ScenarioEnding ending={{ ...ending, rating: 'POOR' }} score={-1} path={[]} onRestart={onRestart} />
      </MemoryRouter>,
    );
    expect(screen.getByText('Poor outcome')).toBeInTheDocument();
    expect(screen.getByText('-1 point')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Continue to next lesson' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Try the scenario again' }));
    expect(onRestart).toHaveBeenCalledOnce();
  });
});
