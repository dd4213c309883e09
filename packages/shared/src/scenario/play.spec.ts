import { ScenarioError } from './errors';
import { choose, endingOf, startScenario, visibleChoices } from './play';
import type { ScenarioContent, ScenarioState } from './types';

function content(): ScenarioContent {
  return {
    characters: [],
    variables: [
      { name: 'trust', kind: 'NUMBER', initial: 1 },
      { name: 'warned', kind: 'FLAG', initial: false },
    ],
    startSceneId: 'start',
    scenes: [
      {
        id: 'start',
        title: 'Start',
        narrative: '',
        choices: [
          {
            id: 'warn',
            label: 'Warn',
            feedback: 'You warned them.',
            score: 2,
            nextSceneId: 'middle',
            effects: [
              { variable: 'warned', op: 'SET', value: true },
              { variable: 'trust', op: 'ADD', value: 3 },
              { variable: 'trust', op: 'ADD', value: -1 },
            ],
          },
          { id: 'skip', label: 'Skip', feedback: 'You said nothing.', nextSceneId: 'middle' },
        ],
      },
      {
        id: 'middle',
        title: 'Middle',
        narrative: '',
        choices: [
          {
            id: 'thank',
            label: 'Thank',
            feedback: 'Good.',
            score: 1,
            nextSceneId: 'good',
            condition: { all: [{ variable: 'warned', op: 'EQ', value: true }] },
          },
          {
            id: 'again',
            label: 'Start again',
            feedback: 'Round you go.',
            score: null,
            nextSceneId: 'start',
            effects: [{ variable: 'trust', op: 'SET', value: 0 }],
          },
          { id: 'leave', label: 'Leave', feedback: 'Bad.', score: -1, nextSceneId: 'poor' },
        ],
      },
      { id: 'good', title: 'Good', narrative: '', choices: [], ending: { summary: 'Well done.', rating: 'GOOD' } },
      { id: 'poor', title: 'Poor', narrative: '', choices: [], ending: { summary: 'Think again.', rating: 'POOR' } },
    ],
  };
}

const ids = (c: ScenarioContent, s: ScenarioState): string[] => visibleChoices(c, s).map((choice) => choice.id);

function thrown(fn: () => unknown): ScenarioError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ScenarioError) return error;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

describe('startScenario', () => {
  it('starts at the start scene with initial variables, no path and no score', () => {
    expect(startScenario(content())).toEqual({
      sceneId: 'start',
      variables: { trust: 1, warned: false },
      path: [],
      score: 0,
      ended: false,
    });
  });

  it('is already ended when the start scene is an ending', () => {
    const c = { ...content(), startSceneId: 'good' };
    expect(startScenario(c).ended).toBe(true);
    expect(visibleChoices(c, startScenario(c))).toEqual([]);
  });

  it('refuses content without its start scene', () => {
    expect(thrown(() => startScenario({ ...content(), startSceneId: 'nope' })).code).toBe('INVALID_CONTENT');
  });
});

describe('choose', () => {
  it('applies SET and ADD effects in order, adds the score and records the step', () => {
    const c = content();
    const { state, choice, scene } = choose(c, startScenario(c), 'warn');
    expect(choice.feedback).toBe('You warned them.');
    expect(scene.id).toBe('middle');
    expect(state).toEqual({
      sceneId: 'middle',
      variables: { trust: 3, warned: true },
      path: [{ sceneId: 'start', choiceId: 'warn', score: 2 }],
      score: 2,
      ended: false,
    });
  });

  it('shows a conditional choice only when its condition holds', () => {
    const c = content();
    const skipped = choose(c, startScenario(c), 'skip').state;
    expect(ids(c, skipped)).toEqual(['again', 'leave']);
    const warned = choose(c, startScenario(c), 'warn').state;
    expect(ids(c, warned)).toEqual(['thank', 'again', 'leave']);
  });

  it('refuses a hidden choice, a choice from another scene and an unknown choice', () => {
    const c = content();
    const skipped = choose(c, startScenario(c), 'skip').state;
    for (const choiceId of ['thank', 'warn', 'nope']) {
      const error = thrown(() => choose(c, skipped, choiceId));
      expect(error.code).toBe('NOT_OFFERED');
    }
  });

  it('ends at an ending, counting a missing score as zero, and refuses play after the end', () => {
    const c = content();
    let state = startScenario(c);
    state = choose(c, state, 'skip').state;
    state = choose(c, state, 'again').state;
    expect(state.variables.trust).toBe(0);
    state = choose(c, state, 'warn').state;
    state = choose(c, state, 'thank').state;
    expect(state.ended).toBe(true);
    expect(state.score).toBe(3);
    expect(state.path.map((step) => step.choiceId)).toEqual(['skip', 'again', 'warn', 'thank']);
    expect(endingOf(c, state)?.ending.rating).toBe('GOOD');
    expect(visibleChoices(c, state)).toEqual([]);
    expect(thrown(() => choose(c, state, 'thank')).code).toBe('ENDED');
    expect(thrown(() => choose(c, { ...state, ended: false }, 'thank')).code).toBe('ENDED');
  });

  it('refuses a state whose scene is not in the content', () => {
    const c = content();
    const state = { ...startScenario(c), sceneId: 'elsewhere' };
    expect(thrown(() => choose(c, state, 'warn')).code).toBe('INVALID_STATE');
    expect(thrown(() => visibleChoices(c, state)).code).toBe('INVALID_STATE');
    expect(endingOf(c, state)).toBeNull();
  });

  it('refuses content that publish validation would have stopped', () => {
    const c = content();
    c.scenes[0].choices[1].nextSceneId = null;
    expect(thrown(() => choose(c, startScenario(c), 'skip')).code).toBe('INVALID_CONTENT');
    const d = content();
    d.scenes[0].choices[1].effects = [{ variable: 'warned', op: 'ADD', value: true }];
    expect(thrown(() => choose(d, startScenario(d), 'skip')).code).toBe('INVALID_CONTENT');
  });

  it('never changes the content or the state it is given', () => {
    const c = content();
    const before = choose(c, startScenario(c), 'warn').state;
    const contentCopy = structuredClone(c);
    const stateCopy = structuredClone(before);
    const after = choose(deepFreeze(c), deepFreeze(before), 'again').state;
    expect(c).toEqual(contentCopy);
    expect(before).toEqual(stateCopy);
    after.path[0].score = 99;
    expect(before.path[0].score).toBe(2);
  });
});

describe('endingOf', () => {
  it('is null while playing and the ending scene once ended', () => {
    const c = content();
    const state = startScenario(c);
    expect(endingOf(c, state)).toBeNull();
    const ended = choose(c, choose(c, state, 'skip').state, 'leave').state;
    expect(endingOf(c, ended)).toMatchObject({ id: 'poor', ending: { rating: 'POOR' } });
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
