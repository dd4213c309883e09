import { render, screen } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { frontDeskScenario } from '../fixtures/scenario';
import { ScenarioPlayer } from './ScenarioPlayer';
import { maxDecisions } from './scenarioPath';

async function pick(user: UserEvent, label: string) {
  await user.click(screen.getByLabelText(label));
  await user.click(screen.getByRole('button', { name: 'Continue' }));
  // The feedback view comes next.
  await user.click(await screen.findByRole('button', { name: 'Continue' }));
}

describe('ScenarioPlayer', () => {
  it('knows the longest path, and that a loop has none', () => {
    expect(maxDecisions(frontDeskScenario, 'arrival')).toBe(4);
    const loop = structuredClone(frontDeskScenario);
    loop.scenes[1].choices[1].nextSceneId = 'arrival';
    expect(maxDecisions(loop, 'arrival')).toBeNull();
  });

  it('plays to an ending, moving focus to each new heading and announcing the scene', async () => {
    const user = userEvent.setup();
    const { container } = render(<ScenarioPlayer content={frontDeskScenario} />);
    expect(container.innerHTML.length).toBeGreaterThan(500);
    expect(screen.getByRole('heading', { name: /Step 1 of up to 4\s*At the front desk/ })).not.toHaveFocus();

    await user.click(screen.getByLabelText('Book a telephone interpreter'));
    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: 'What happened' })).toHaveFocus();
    expect(screen.getByText('This choice added 2 points.')).toBeInTheDocument();
    expect(screen.getByText('Feedback on your choice')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('heading', { name: /Step 2 of up to 4\s*With an interpreter/ })).toHaveFocus();
    expect(screen.getByText('Scene: With an interpreter')).toBeInTheDocument();

    await pick(user, 'Explain the council tax support scheme');
    // trust is 3 and an interpreter was used, so the conditional choice is offered.
    expect(screen.getByLabelText('Ask whether there is anything else he needs help with')).toBeInTheDocument();
    await pick(user, 'Ask whether there is anything else he needs help with');

    expect(screen.getByRole('heading', { name: /Mihai gets the help he needs/ })).toHaveFocus();
    expect(screen.getByText('Ending: Mihai gets the help he needs')).toBeInTheDocument();
    expect(screen.getByText('Good outcome')).toBeInTheDocument();
    expect(screen.getByText('6 points')).toBeInTheDocument();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'At the front desk: → you chose Book a telephone interpreter',
      'With an interpreter: → you chose Explain the council tax support scheme',
      'Council tax support: → you chose Ask whether there is anything else he needs help with',
    ]);

    await user.click(screen.getByRole('button', { name: 'Try the scenario again' }));
    expect(screen.getByRole('heading', { name: /At the front desk/ })).toHaveFocus();
  });

  it('hides a choice whose condition does not hold', async () => {
    const user = userEvent.setup();
    render(<ScenarioPlayer content={frontDeskScenario} />);
    await pick(user, 'Ask his friend in the queue to translate');
    await pick(user, 'Stop and book a telephone interpreter');
    await pick(user, 'Explain the council tax support scheme');
    // An interpreter was used, but trust is only 1 (-1 then +2), below the 2 the choice needs.
    expect(screen.getByRole('heading', { name: /Council tax support/ })).toBeInTheDocument();
    expect(screen.queryByLabelText('Ask whether there is anything else he needs help with')).not.toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(1);
  });

  it('previews from any scene with the variables at their start values', () => {
    render(<ScenarioPlayer content={frontDeskScenario} startSceneId="support" />);
    expect(screen.getByRole('heading', { name: /Council tax support/ })).toBeInTheDocument();
    expect(screen.getAllByRole('radio')).toHaveLength(1);
    expect(screen.queryByLabelText('Ask whether there is anything else he needs help with')).not.toBeInTheDocument();
  });

  it('explains why a scenario cannot be previewed', () => {
    render(<ScenarioPlayer content={{ ...frontDeskScenario, startSceneId: 'missing' }} />);
    expect(screen.getByText(/This scenario cannot be previewed yet: The scenario has no start scene/)).toBeVisible();
  });
});
