import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { sceneGraph } from '@common-ground/shared';
import { brokenScenario, frontDeskScenario } from '../fixtures/scenario';
import { layoutMap, wrapTitle } from './mapLayout';
import { ScenarioMap } from './ScenarioMap';

describe('layoutMap', () => {
  it('puts scenes in columns by their distance from the start, unreached ones last', () => {
    const layout = layoutMap(sceneGraph(brokenScenario), 'one');
    const byId = Object.fromEntries(layout.nodes.map((node) => [node.id, node]));
    expect(byId.one.depth).toBe(0);
    expect(byId.two.depth).toBe(1);
    expect(byId.three.depth).toBeNull();
    expect(byId.one.x).toBeLessThan(byId.two.x);
    expect(byId.two.x).toBeLessThan(byId.three.x);
    const full = layoutMap(sceneGraph(frontDeskScenario), 'arrival');
    expect(new Set(full.nodes.map((node) => `${node.x},${node.y}`)).size).toBe(full.nodes.length);
  });

  it('wraps long titles onto two lines', () => {
    expect(wrapTitle('At the front desk')).toEqual(['At the front desk']);
    expect(wrapTitle('Mihai gets the help he needs after a long conversation about his rent')).toEqual([
      'Mihai gets the help he',
      'needs after a long…',
    ]);
  });
});

describe('ScenarioMap', () => {
  it('has a title and a list of every link between scenes in words', () => {
    const { container } = render(<ScenarioMap content={frontDeskScenario} onSelectScene={vi.fn()} />);
    const map = screen.getByRole('group', { name: 'Map of the scenario' });
    expect(map.tagName.toLowerCase()).toBe('svg');
    expect(container.querySelector('svg > title')).toHaveTextContent('Map of the scenario');
    const list = within(screen.getByRole('heading', { name: 'Links between scenes' }).parentElement!).getAllByRole(
      'listitem',
    );
    expect(list).toHaveLength(frontDeskScenario.scenes.reduce((sum, scene) => sum + scene.choices.length, 0));
    expect(list[0]).toHaveTextContent('At the front desk → With an interpreter (Book a telephone interpreter)');
    expect(
      screen.getByText(
        /Council tax support → Mihai gets the help he needs \(Ask whether.*offered only when its condition holds\)/,
      ),
    ).toBeInTheDocument();
  });

  it('marks the start, endings and conditional choices', () => {
    const { container } = render(<ScenarioMap content={frontDeskScenario} onSelectScene={vi.fn()} />);
    expect(screen.getByRole('link', { name: 'At the front desk, start scene. Edit this scene.' })).toBeInTheDocument();
    const ending = screen.getByRole('link', { name: 'Mihai gets the help he needs, ending. Edit this scene.' });
    expect(ending.querySelectorAll('rect')).toHaveLength(2);
    expect(within(ending).getByText('Ending')).toBeInTheDocument();
    expect(container.querySelectorAll('.app-map__edge--conditional')).toHaveLength(1);
    expect(container.querySelector('[data-edge="support->good-ending"]')).toHaveClass('app-map__edge--conditional');
  });

  it('highlights problems with an icon and words, and selects a scene by keyboard', async () => {
    const user = userEvent.setup();
    const onSelectScene = vi.fn();
    render(<ScenarioMap content={brokenScenario} onSelectScene={onSelectScene} />);
    const three = screen.getByRole('link', {
      name: 'Scene three, not reached from the start, 2 problems. Edit this scene.',
    });
    expect(three).toHaveClass('app-map__node--problem');
    expect(within(three).getByText('!')).toBeInTheDocument();
    expect(within(three).getByText('Not reached · 2 problems')).toBeInTheDocument();
    three.focus();
    await user.keyboard('{Enter}');
    expect(onSelectScene).toHaveBeenCalledWith('three');
  });
});
