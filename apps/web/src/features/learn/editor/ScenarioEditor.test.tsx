import '../testing/layoutPolyfill';
import { validateScenario, type ScenarioContent, type ScenarioProblem } from '@common-ground/shared';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { brokenScenario, frontDeskScenario } from '../fixtures/scenario';
import { ScenarioEditor } from './ScenarioEditor';

const changes = vi.fn<(next: ScenarioContent) => void>();

/** The content after the last edit. */
function latest(): ScenarioContent {
  const call = changes.mock.lastCall;
  if (!call) throw new Error('No edit was made');
  return call[0];
}

function Harness({ initial }: { initial: ScenarioContent }) {
  const [value, setValue] = useState(initial);
  return (
    <ScenarioEditor
      value={value}
      onChange={(next) => {
        changes(next);
        setValue(next);
      }}
    />
  );
}

const card = (title: string) =>
  screen
    .getByRole('heading', { level: 3, name: new RegExp(`^${title}`) })
    .closest('.govuk-summary-card') as HTMLElement;

describe('ScenarioEditor', () => {
  it('renders every scene as a summary card with its problems on it', () => {
    const { container } = render(<Harness initial={brokenScenario} />);
    expect(container.innerHTML.length).toBeGreaterThan(2000);
    const three = card('Scene three');
    expect(three).toHaveClass('app-summary-card--error');
    expect(within(three).getByText('2 problems')).toBeInTheDocument();
    expect(within(three).getByText(/No path reaches this scene from the start/)).toBeInTheDocument();
    expect(within(three).getAllByText('Error:')).toHaveLength(2);
    expect(within(card('Scene one')).getByText(/Go nowhere/)).toHaveTextContent('Go nowhere → leads to nowhere yet');
  });

  it('shows problems found elsewhere (the API’s) on their scenes, once each, beside its own', () => {
    const own = validateScenario(brokenScenario);
    const extraProblems: ScenarioProblem[] = [
      // The same as one the editor finds itself: listed once.
      { ...own.find((problem) => problem.code === 'CHOICE_WITHOUT_TARGET')! },
      // One only the API knows of, on a scene and on a choice.
      { sceneId: 'arrival', code: 'EMPTY_LABEL', message: 'The server says this scene has no title.' },
      {
        sceneId: 'arrival',
        choiceId: 'book-interpreter',
        code: 'UNKNOWN_VARIABLE',
        message: 'The server says this choice changes "trust", which is not declared.',
      },
      // About a scene that is no longer there: dropped.
      { sceneId: 'gone', code: 'DEAD_END', message: 'The server says a deleted scene is a dead end.' },
    ];
    render(<ScenarioEditor value={frontDeskScenario} onChange={changes} extraProblems={extraProblems} />);
    const list = screen.getByRole('heading', { name: 'This scenario cannot be published yet' }).parentElement!;
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'At the front desk: The server says this scene has no title.',
      'At the front desk: The server says this choice changes "trust", which is not declared.',
    ]);
    const arrival = card('At the front desk');
    expect(arrival).toHaveClass('app-summary-card--error');
    expect(within(arrival).getByText('2 problems')).toBeInTheDocument();
    expect(within(arrival).getByText('The server says this scene has no title.')).toBeInTheDocument();

    render(<ScenarioEditor value={brokenScenario} onChange={changes} extraProblems={extraProblems.slice(0, 1)} />);
    expect(screen.getAllByRole('link', { name: 'Scene one: This choice does not lead to a scene.' })).toHaveLength(1);
  });

  it('lets an editor fix a problem: point a choice at a scene', async () => {
    const user = userEvent.setup();
    render(<Harness initial={brokenScenario} />);
    await user.click(screen.getByRole('link', { name: 'Scene one: This choice does not lead to a scene.' }));
    expect(screen.getByRole('heading', { level: 3, name: /^Scene one/ })).toHaveFocus();
    const choice = screen.getByRole('group', { name: 'Choice 2: Go nowhere' });
    const leadsTo = within(choice).getByRole('combobox', { name: /Leads to/ });
    expect(leadsTo).toHaveAccessibleDescription('Error: This choice does not lead to a scene.');
    await user.selectOptions(leadsTo, 'three');
    expect(latest().scenes[0].choices[1].nextSceneId).toBe('three');
    expect(screen.queryByRole('link', { name: /Scene three: No path reaches/ })).not.toBeInTheDocument();
  });

  it('adds a scene, makes it an ending and edits its title', async () => {
    const user = userEvent.setup();
    render(<Harness initial={brokenScenario} />);
    await user.click(screen.getByRole('button', { name: 'Add a scene' }));
    const title = screen.getByRole('textbox', { name: 'Scene title' });
    expect(title).toHaveFocus();
    await user.clear(title);
    await user.type(title, 'Goodbye');
    await user.click(screen.getByRole('radio', { name: 'An ending' }));
    await user.type(screen.getByRole('textbox', { name: 'Summary for the learner' }), 'It went well.');
    await user.click(screen.getByRole('radio', { name: 'Good' }));
    const added = latest().scenes.at(-1)!;
    expect(added).toMatchObject({
      id: 'scene-1',
      title: 'Goodbye',
      ending: { summary: 'It went well.', rating: 'GOOD' },
    });
    expect(screen.queryByText('The scenario has no ending.')).not.toBeInTheDocument();
  });

  it('adds and edits choices, with a keyboard alternative to dragging', async () => {
    const user = userEvent.setup();
    render(<Harness initial={brokenScenario} />);
    await user.click(within(card('Scene two')).getByRole('button', { name: 'Edit Scene two' }));
    await user.click(screen.getByRole('button', { name: 'Add a choice to Scene two' }));
    await user.click(screen.getByRole('button', { name: 'Add a choice to Scene two' }));
    const first = screen.getByRole('group', { name: 'Choice 1' });
    await user.type(within(first).getByRole('textbox', { name: 'What the learner can choose' }), 'Wave');
    await user.type(within(first).getByRole('textbox', { name: /Score/ }), '-2');
    const two = () => latest().scenes.find((scene) => scene.id === 'two')!;
    expect(two().choices[0]).toMatchObject({ label: 'Wave', score: -2 });
    await user.click(screen.getByRole('button', { name: 'Move down choice 1' }));
    expect(two().choices.map((choice) => choice.label)).toEqual(['', 'Wave']);
    await user.click(screen.getByRole('button', { name: 'Remove choice 2' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove choice' }));
    expect(two().choices).toHaveLength(1);
  });

  it('says how to fix a score that is not a whole number', async () => {
    const user = userEvent.setup();
    render(<Harness initial={frontDeskScenario} />);
    await user.click(within(card('At the front desk')).getByRole('button', { name: 'Edit At the front desk' }));
    const score = within(screen.getByRole('group', { name: 'Choice 1: Book a telephone interpreter' })).getByRole(
      'textbox',
      { name: /Score/ },
    );
    await user.clear(score);
    await user.type(score, '1.5');
    expect(score).toHaveAccessibleDescription(/Enter the score as a whole number, like 2 or -1/);
    expect(latest().scenes[0].choices[0].score).toBe(1);
  });

  it('asks before deleting a scene, then unlinks the choices that led to it', async () => {
    const user = userEvent.setup();
    render(<Harness initial={frontDeskScenario} />);
    const plan = card('A payment plan');
    await user.click(within(plan).getByRole('button', { name: 'Delete scene ‘A payment plan’' }));
    expect(within(plan).getByText('Are you sure you want to delete scene ‘A payment plan’?')).toHaveFocus();
    expect(within(plan).getByText(/2 choices lead here/)).toBeInTheDocument();
    await user.click(within(plan).getByRole('button', { name: 'Cancel' }));
    expect(within(plan).getByRole('button', { name: 'Delete scene ‘A payment plan’' })).toHaveFocus();
    await user.click(within(plan).getByRole('button', { name: 'Delete scene ‘A payment plan’' }));
    await user.click(within(plan).getByRole('button', { name: 'Yes, delete scene' }));
    expect(latest().scenes.some((scene) => scene.id === 'plan')).toBe(false);
    expect(screen.getByRole('heading', { name: 'Scenes' })).toHaveFocus();
    expect(screen.getByText('Scene ‘A payment plan’ deleted.')).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', {
        name: /This choice leads to a scene that does not exist|does not lead to a scene/,
      }),
    ).toHaveLength(2);
  });

  it('edits effects and conditions inside the details', async () => {
    const user = userEvent.setup();
    render(<Harness initial={frontDeskScenario} />);
    await user.click(within(card('A payment plan')).getByRole('button', { name: 'Edit A payment plan' }));
    const choice = screen.getByRole('group', { name: 'Choice 1: Check the plan is affordable' });
    await user.click(within(choice).getByText('Variables and conditions (optional)'));
    await user.click(within(choice).getByRole('button', { name: 'Add a change' }));
    await user.click(within(choice).getByRole('radio', { name: 'Only when all of these are true' }));
    const plan = () => latest().scenes.find((scene) => scene.id === 'plan')!.choices[0];
    expect(plan().effects).toEqual([{ variable: 'usedInterpreter', op: 'SET', value: true }]);
    expect(plan().condition).toEqual({ all: [{ variable: 'usedInterpreter', op: 'EQ', value: true }] });
    await user.selectOptions(within(choice).getByRole('combobox', { name: 'Test 1: variable' }), 'trust');
    await user.selectOptions(within(choice).getByRole('combobox', { name: 'Test' }), 'GTE');
    const value = within(within(choice).getByRole('group', { name: 'Test 1' })).getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, '3');
    expect(plan().condition).toEqual({ all: [{ variable: 'trust', op: 'GTE', value: 3 }] });
  });

  it('edits characters and variables, and renaming a variable keeps its uses', async () => {
    const user = userEvent.setup();
    render(<Harness initial={frontDeskScenario} />);
    await user.click(screen.getByRole('button', { name: 'Add a character' }));
    await user.type(
      screen.getByRole('textbox', { name: (_name, element) => element.id === 'character-character-1-name' }),
      'Ana',
    );
    expect(latest().characters.at(-1)).toMatchObject({ id: 'character-1', name: 'Ana' });
    const trustName = screen.getByDisplayValue('trust');
    await user.type(trustName, 'Level');
    expect(latest().variables[1].name).toBe('trustLevel');
    expect(latest().scenes[0].choices[0].effects![1].variable).toBe('trustLevel');
    expect(screen.getByText('No problems found. This scenario can be published.')).toBeInTheDocument();
    await user.type(trustName, ' x');
    expect(trustName).toHaveAccessibleDescription(/Enter a name using only letters, numbers/);
  });

  it('shows the map and the preview as second views', async () => {
    const user = userEvent.setup();
    render(<Harness initial={frontDeskScenario} />);
    await user.click(screen.getByRole('button', { name: 'Map' }));
    expect(screen.getByRole('button', { name: 'Map' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('link', { name: 'A payment plan. Edit this scene.' }));
    expect(screen.getByRole('heading', { level: 3, name: /^A payment plan/ })).toHaveFocus();
    expect(screen.getByRole('textbox', { name: 'Scene title' })).toHaveValue('A payment plan');

    await user.click(
      within(card('With an interpreter')).getByRole('button', { name: 'Preview from here: With an interpreter' }),
    );
    expect(screen.getByRole('heading', { name: 'Preview as a learner' })).toHaveFocus();
    expect(screen.getByRole('heading', { name: /With an interpreter/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview' })).toHaveAttribute('aria-pressed', 'true');
  });
});
