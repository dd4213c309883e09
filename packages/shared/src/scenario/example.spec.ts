import { ScenarioError } from './errors';
import { choose, endingOf, startScenario, visibleChoices } from './play';
import { parseScenarioContent } from './parse';
import type { Choice, ScenarioContent, ScenarioState } from './types';
import { validateScenario } from './validate';

const interpreterBooked = { variable: 'usedInterpreter', op: 'EQ', value: true } as const;

const choice = (id: string, label: string, nextSceneId: string, score: number, more: Partial<Choice> = {}): Choice => ({
  id,
  label,
  feedback: `Feedback on: ${label}`,
  score,
  nextSceneId,
  ...more,
});

/**
 * A housing officer visits a tenant with little English about rent arrears. Booking an interpreter
 * (the `usedInterpreter` flag) and building `trust` decide whether she can safely disclose that her
 * landlord holds her passport, and so which of three endings is open.
 */
const visit: ScenarioContent = {
  characters: [
    { id: 'anna', name: 'Anna', role: 'Tenant' },
    { id: 'tomasz', name: 'Tomasz', role: "Anna's son, 14" },
  ],
  variables: [
    { name: 'usedInterpreter', kind: 'FLAG', initial: false, label: 'Used a professional interpreter' },
    { name: 'trust', kind: 'NUMBER', initial: 0, label: "Anna's trust" },
  ],
  startSceneId: 'doorstep',
  scenes: [
    {
      id: 'doorstep',
      title: 'On the doorstep',
      speakerId: 'anna',
      narrative: '<p>Anna opens the door. She speaks little English.</p>',
      choices: [
        choice('book', 'Book a professional interpreter and come back', 'interpreted', 2, {
          effects: [
            { variable: 'usedInterpreter', op: 'SET', value: true },
            { variable: 'trust', op: 'ADD', value: 1 },
          ],
        }),
        choice('son', 'Ask her son to translate', 'son', -1, {
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        }),
        choice('english', 'Carry on in English', 'arrears', 0),
      ],
    },
    {
      id: 'son',
      title: 'Tomasz translates',
      speakerId: 'tomasz',
      narrative: '<p>Anna looks at her son before every answer.</p>',
      choices: [
        choice('rebook', 'Stop, and rebook with an interpreter', 'interpreted', 1, {
          effects: [{ variable: 'usedInterpreter', op: 'SET', value: true }],
        }),
        choice('press', 'Press on about the arrears', 'arrears', -1, {
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        }),
      ],
    },
    {
      id: 'interpreted',
      title: 'With an interpreter',
      speakerId: 'anna',
      narrative: '<p>Anna mentions that her landlord "keeps her papers safe".</p>',
      choices: [
        choice('open', 'Ask open questions about her home and work', 'disclosure', 2, {
          effects: [{ variable: 'trust', op: 'ADD', value: 2 }],
        }),
        choice('money', 'Keep to the arrears', 'arrears', 0, {
          effects: [{ variable: 'trust', op: 'ADD', value: -1 }],
        }),
      ],
    },
    {
      id: 'arrears',
      title: 'The arrears',
      speakerId: 'anna',
      narrative: "<p>Anna says the rent goes to the landlord's agent.</p>",
      choices: [
        choice('agent', 'Ask who the agent is', 'disclosure', 1, {
          condition: { all: [interpreterBooked] },
          effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
        }),
        choice('plan', 'Set up a repayment plan', 'mixed', 0),
        choice('notice', 'Serve a notice', 'poor', -2),
      ],
    },
    {
      id: 'disclosure',
      title: 'Anna discloses',
      speakerId: 'anna',
      narrative: '<p>Her landlord holds her passport and she works for him unpaid.</p>',
      choices: [
        choice('refer', 'With her consent, refer to the Modern Slavery lead', 'good', 3, {
          condition: { all: [interpreterBooked, { variable: 'trust', op: 'GTE', value: 3 }] },
        }),
        choice('back', 'Go back to the arrears', 'arrears', 0),
        choice('police', 'Tell her you will call the police, without asking her', 'poor', -2),
      ],
    },
    {
      id: 'good',
      title: 'Anna is safe',
      narrative: '',
      choices: [],
      ending: { summary: 'Anna got support on her own terms.', rating: 'GOOD' },
    },
    {
      id: 'mixed',
      title: 'The rent is sorted',
      narrative: '',
      choices: [],
      ending: { summary: 'The arrears are managed, but the exploitation went unseen.', rating: 'MIXED' },
    },
    {
      id: 'poor',
      title: 'Anna stops answering',
      narrative: '',
      choices: [],
      ending: { summary: 'Anna lost trust in services.', rating: 'POOR' },
    },
  ],
};

function play(choiceIds: string[]): ScenarioState {
  return choiceIds.reduce((state, choiceId) => choose(visit, state, choiceId).state, startScenario(visit));
}

describe('example: the doorstep visit (8 scenes, 3 endings)', () => {
  it('is well formed and publishable', () => {
    expect(visit.scenes).toHaveLength(8);
    expect(parseScenarioContent(visit)).toEqual(visit);
    expect(validateScenario(visit)).toEqual([]);
  });

  it('reaches the GOOD ending when an interpreter is booked and trust is built', () => {
    const state = play(['book', 'open', 'refer']);
    expect(state.variables).toEqual({ usedInterpreter: true, trust: 3 });
    expect(state.score).toBe(7);
    expect(endingOf(visit, state)?.ending.rating).toBe('GOOD');
  });

  it('reaches the MIXED ending by keeping to the money in English, with the agent question hidden', () => {
    const atArrears = play(['english']);
    expect(visibleChoices(visit, atArrears).map((c) => c.id)).toEqual(['plan', 'notice']);
    const state = play(['english', 'plan']);
    expect(state.ended).toBe(true);
    expect(endingOf(visit, state)?.ending.rating).toBe('MIXED');
  });

  it('reaches the POOR ending after relying on her son', () => {
    const state = play(['son', 'press', 'notice']);
    expect(state.variables).toEqual({ usedInterpreter: false, trust: -2 });
    expect(state.score).toBe(-4);
    expect(state.path.map((step) => step.sceneId)).toEqual(['doorstep', 'son', 'arrears']);
    expect(endingOf(visit, state)?.ending.rating).toBe('POOR');
  });

  it('lets an early mistake close the best ending later, even after an interpreter is booked', () => {
    const state = play(['son', 'rebook', 'open']);
    expect(state.variables).toEqual({ usedInterpreter: true, trust: 1 });
    expect(visibleChoices(visit, state).map((c) => c.id)).toEqual(['back', 'police']);
    expect(() => choose(visit, state, 'refer')).toThrow(
      new ScenarioError('NOT_OFFERED', 'That choice is not offered in this scene.'),
    );
  });

  it('goes round the arrears–disclosure loop and still reaches the GOOD ending', () => {
    const state = play(['book', 'money', 'agent', 'back', 'agent', 'back', 'agent', 'refer']);
    expect(state.variables.trust).toBe(3);
    expect(state.path).toHaveLength(8);
    expect(endingOf(visit, state)?.id).toBe('good');
  });
});
