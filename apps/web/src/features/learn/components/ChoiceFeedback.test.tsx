import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { statsAvailable, statsUnavailable } from '../fixtures/learning';
import { ChoiceFeedback } from './ChoiceFeedback';

const choice = {
  id: 'book-interpreter',
  label: 'Book a telephone interpreter',
  feedback: 'Good. A professional interpreter means Mihai can explain.',
};

describe('ChoiceFeedback', () => {
  it('shows the choice, the feedback and the score change', () => {
    render(<ChoiceFeedback choice={choice} scoreChange={2} stats={null} onContinue={() => undefined} />);
    expect(screen.getByRole('heading', { name: 'What happened' })).toBeInTheDocument();
    expect(screen.getByText('Book a telephone interpreter')).toBeInTheDocument();
    expect(screen.getByText(/A professional interpreter means/)).toBeInTheDocument();
    expect(screen.getByText('This choice added 2 points.')).toBeInTheDocument();
    expect(screen.queryByText('How colleagues chose')).not.toBeInTheDocument();
  });

  it('says when a choice took points away or changed nothing', () => {
    const { rerender } = render(
      <ChoiceFeedback choice={choice} scoreChange={-1} stats={null} onContinue={() => undefined} />,
    );
    expect(screen.getByText('This choice took away 1 point.')).toBeInTheDocument();
    rerender(<ChoiceFeedback choice={choice} scoreChange={0} stats={null} onContinue={() => undefined} />);
    expect(screen.getByText('This choice did not change your score.')).toBeInTheDocument();
  });

  it('waits for 5 colleagues before showing how they chose', () => {
    render(<ChoiceFeedback choice={choice} stats={statsUnavailable} onContinue={() => undefined} />);
    expect(screen.getByText('Shown when at least 5 colleagues have answered.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows percentages in tables, overall and by sector, marking the learner’s choice in words', () => {
    render(<ChoiceFeedback choice={choice} stats={statsAvailable} onContinue={() => undefined} />);
    const overall = screen.getByRole('table', { name: 'All colleagues' });
    const mine = within(overall)
      .getByText(/\(your choice\)/)
      .closest('th')!;
    expect(mine).toHaveTextContent('Book a telephone interpreter (your choice)');
    expect(within(mine.closest('tr')!).getByText('63%')).toBeInTheDocument();
    const bySector = screen.getByRole('table', { name: 'By sector' });
    const police = within(bySector).getByText('Police').closest('tr')!;
    expect(
      within(police)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['55%', '30%', '15%']);
    expect(screen.getByText(/Based on 40 answers/)).toBeInTheDocument();
  });

  it('moves on when Continue is pressed', async () => {
    const user = userEvent.setup();
    const onContinue = vi.fn();
    render(<ChoiceFeedback choice={choice} stats={null} onContinue={onContinue} />);
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(onContinue).toHaveBeenCalledOnce();
  });
});
