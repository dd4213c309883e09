import { validateScenario } from '@common-ground/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { brokenScenario, frontDeskScenario } from '../fixtures/scenario';
import { ProblemList } from './ProblemList';

describe('ProblemList', () => {
  it('lists every problem, linked to its scene card, without taking focus', async () => {
    const user = userEvent.setup();
    const onSelectScene = vi.fn();
    const problems = validateScenario(brokenScenario);
    render(<ProblemList problems={problems} scenes={brokenScenario.scenes} onSelectScene={onSelectScene} />);
    expect(screen.getByRole('heading', { name: 'This scenario cannot be published yet' })).toBeInTheDocument();
    expect(screen.getByText(`${problems.length} problems to fix.`)).toBeInTheDocument();
    expect(document.body).toHaveFocus();
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items).toHaveLength(problems.length);
    expect(screen.getByText('The scenario has no ending.').tagName).toBe('LI');
    const link = screen.getByRole('link', { name: 'Scene one: This choice does not lead to a scene.' });
    expect(link).toHaveAttribute('href', '#scene-card-one');
    await user.click(screen.getByRole('link', { name: 'Scene three: No path reaches this scene from the start.' }));
    expect(onSelectScene).toHaveBeenCalledWith('three');
  });

  it('says when there is nothing to fix', () => {
    render(<ProblemList problems={validateScenario(frontDeskScenario)} scenes={[]} onSelectScene={vi.fn()} />);
    expect(screen.getByRole('status')).toHaveTextContent('No problems found. This scenario can be published.');
  });
});
