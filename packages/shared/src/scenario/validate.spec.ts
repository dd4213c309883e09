import { isPublishable, validateScenario } from './validate';
import type { Choice, Scene, ScenarioContent } from './types';
import type { ScenarioProblemCode } from './problems';

const go = (id: string, nextSceneId: string | null, extra: Partial<Choice> = {}): Choice => ({
  id,
  label: `Go to ${nextSceneId}`,
  feedback: 'Noted.',
  nextSceneId,
  ...extra,
});
const scene = (id: string, choices: Choice[], extra: Partial<Scene> = {}): Scene => ({
  id,
  title: `Scene ${id}`,
  narrative: '<p>Text</p>',
  choices,
  ...extra,
});
const ending = (id: string): Scene => scene(id, [], { ending: { summary: 'Done.', rating: 'GOOD' } });

/** start offers two ways to the single ending. */
function valid(): ScenarioContent {
  return {
    characters: [{ id: 'anna', name: 'Anna', role: 'Tenant' }],
    variables: [
      { name: 'trust', kind: 'NUMBER', initial: 0 },
      { name: 'usedInterpreter', kind: 'FLAG', initial: false },
    ],
    startSceneId: 'start',
    scenes: [scene('start', [go('a', 'end'), go('b', 'end')], { speakerId: 'anna' }), ending('end')],
  };
}

const codes = (content: ScenarioContent): ScenarioProblemCode[] => validateScenario(content).map((p) => p.code);

describe('validateScenario', () => {
  it('finds nothing wrong with a well-formed scenario', () => {
    expect(validateScenario(valid())).toEqual([]);
    expect(isPublishable(valid())).toBe(true);
  });

  it('reports NO_START when the start scene is missing or unknown, without calling every scene unreachable', () => {
    const content = { ...valid(), startSceneId: 'nowhere' };
    expect(validateScenario(content)).toEqual([
      { sceneId: null, code: 'NO_START', message: 'The start scene does not exist.' },
    ]);
    expect(validateScenario({ ...valid(), startSceneId: '' })[0].message).toBe('No start scene is chosen.');
    expect(isPublishable(content)).toBe(false);
  });

  it('reports NO_ENDING when no scene is an ending', () => {
    const content = valid();
    content.scenes = [
      scene('start', [go('a', 'loop'), go('b', 'loop')]),
      scene('loop', [go('c', 'start'), go('d', 'start')]),
    ];
    expect(codes(content)).toEqual(['NO_ENDING']);
  });

  it('reports UNREACHABLE_SCENE for a scene no path reaches', () => {
    const content = valid();
    content.scenes.push(scene('island', [go('i1', 'end'), go('i2', 'end')]));
    expect(validateScenario(content)).toEqual([
      { sceneId: 'island', code: 'UNREACHABLE_SCENE', message: 'No path reaches this scene from the start.' },
    ]);
  });

  it('follows choices round a cycle and regardless of their conditions', () => {
    const content = valid();
    content.scenes = [
      scene('start', [go('a', 'b'), go('a2', 'start')]),
      scene('b', [
        go('b1', 'start'),
        go('b2', 'c', { condition: { all: [{ variable: 'trust', op: 'GT', value: 5 }] } }),
      ]),
      scene('c', [go('c1', 'b'), go('c2', 'end')]),
      ending('end'),
    ];
    expect(validateScenario(content)).toEqual([]);
  });

  it('reports DEAD_END for a scene with no choices that is not an ending', () => {
    const content = valid();
    content.scenes = [scene('start', [go('a', 'end'), go('b', 'stuck')]), scene('stuck', []), ending('end')];
    expect(validateScenario(content)).toEqual([
      {
        sceneId: 'stuck',
        code: 'DEAD_END',
        message: 'This scene has no choices and is not an ending, so the learner would be stuck.',
      },
    ]);
  });

  it('reports DEAD_END on each scene of a loop with no way out to an ending', () => {
    const content = valid();
    content.scenes = [
      scene('start', [go('a', 'end'), go('b', 'x')]),
      scene('x', [go('x1', 'y'), go('x2', 'y')]),
      scene('y', [go('y1', 'x'), go('y2', 'y')]),
      ending('end'),
    ];
    expect(validateScenario(content).map((p) => [p.sceneId, p.code])).toEqual([
      ['x', 'DEAD_END'],
      ['y', 'DEAD_END'],
    ]);
  });

  it('reports CHOICE_WITHOUT_TARGET for a choice leading nowhere or to an unknown scene', () => {
    const content = valid();
    content.scenes[0].choices = [go('a', null), go('b', 'gone'), go('c', 'end')];
    expect(validateScenario(content)).toEqual([
      {
        sceneId: 'start',
        choiceId: 'a',
        code: 'CHOICE_WITHOUT_TARGET',
        message: 'This choice does not lead to a scene.',
      },
      {
        sceneId: 'start',
        choiceId: 'b',
        code: 'CHOICE_WITHOUT_TARGET',
        message: 'This choice leads to a scene that does not exist ("gone").',
      },
    ]);
  });

  it('reports TOO_FEW_CHOICES and TOO_MANY_CHOICES outside 2–4 choices', () => {
    const few = valid();
    few.scenes[0].choices = [go('a', 'end')];
    expect(codes(few)).toEqual(['TOO_FEW_CHOICES']);
    const many = valid();
    many.scenes[0].choices = ['a', 'b', 'c', 'd', 'e'].map((id) => go(id, 'end'));
    expect(codes(many)).toEqual(['TOO_MANY_CHOICES']);
    const four = valid();
    four.scenes[0].choices = ['a', 'b', 'c', 'd'].map((id) => go(id, 'end'));
    expect(codes(four)).toEqual([]);
  });

  it('reports ENDING_WITH_CHOICES', () => {
    const content = valid();
    content.scenes[1].choices = [go('e1', 'start'), go('e2', 'start')];
    expect(validateScenario(content)).toEqual([
      expect.objectContaining({ sceneId: 'end', code: 'ENDING_WITH_CHOICES' }),
    ]);
  });

  it('reports DUPLICATE_ID for scenes, choices, characters and variables', () => {
    const content = valid();
    content.characters.push({ id: 'anna', name: 'Other Anna', role: 'Neighbour' });
    content.variables.push({ name: 'trust', kind: 'NUMBER', initial: 1 });
    content.scenes[0].choices[1].id = 'a';
    content.scenes.push(ending('end'));
    expect(validateScenario(content).map((p) => [p.sceneId, p.choiceId, p.code])).toEqual([
      [null, undefined, 'DUPLICATE_ID'],
      [null, undefined, 'DUPLICATE_ID'],
      ['start', 'a', 'DUPLICATE_ID'],
      ['end', undefined, 'DUPLICATE_ID'],
    ]);
  });

  it('reports UNKNOWN_VARIABLE in effects and conditions', () => {
    const content = valid();
    content.scenes[0].choices[0].effects = [{ variable: 'mood', op: 'SET', value: 1 }];
    content.scenes[0].choices[1].condition = { any: [{ variable: 'risk', op: 'GT', value: 2 }] };
    expect(validateScenario(content).map((p) => [p.choiceId, p.code, p.message])).toEqual([
      ['a', 'UNKNOWN_VARIABLE', 'This choice changes "mood", which is not a declared variable.'],
      ['b', 'UNKNOWN_VARIABLE', 'This choice\'s condition uses "risk", which is not a declared variable.'],
    ]);
  });

  it('reports TYPE_MISMATCH for mistyped values, ADD on a flag, ordering a flag and a mistyped initial value', () => {
    const content = valid();
    content.variables.push({ name: 'late', kind: 'FLAG', initial: 3 });
    content.scenes[0].choices[0].effects = [
      { variable: 'trust', op: 'SET', value: true },
      { variable: 'usedInterpreter', op: 'ADD', value: true },
      { variable: 'usedInterpreter', op: 'SET', value: 1 },
      { variable: 'trust', op: 'ADD', value: -2 },
    ];
    content.scenes[0].choices[1].condition = {
      all: [
        { variable: 'usedInterpreter', op: 'GTE', value: true },
        { variable: 'trust', op: 'EQ', value: false },
        { variable: 'usedInterpreter', op: 'NEQ', value: true },
      ],
    };
    const found = validateScenario(content);
    expect(found.map((p) => [p.choiceId ?? null, p.code])).toEqual([
      [null, 'TYPE_MISMATCH'],
      ['a', 'TYPE_MISMATCH'],
      ['a', 'TYPE_MISMATCH'],
      ['a', 'TYPE_MISMATCH'],
      ['b', 'TYPE_MISMATCH'],
      ['b', 'TYPE_MISMATCH'],
    ]);
    expect(found[0].message).toBe('Variable "late" is a flag (yes/no) but starts as a number.');
  });

  it('reports UNKNOWN_SPEAKER', () => {
    const content = valid();
    content.scenes[1].speakerId = 'bob';
    expect(validateScenario(content)).toEqual([
      { sceneId: 'end', code: 'UNKNOWN_SPEAKER', message: 'The speaker "bob" is not one of the characters.' },
    ]);
  });

  it('reports EMPTY_LABEL for a blank scene title or choice label', () => {
    const content = valid();
    content.scenes[0].title = '   ';
    content.scenes[0].choices[1].label = '';
    expect(validateScenario(content).map((p) => [p.sceneId, p.choiceId, p.code])).toEqual([
      ['start', undefined, 'EMPTY_LABEL'],
      ['start', 'b', 'EMPTY_LABEL'],
    ]);
  });

  it('reports IMAGE_WITHOUT_DESCRIPTION only for a picture with a blank description', () => {
    const content = valid();
    content.scenes[0].mediaId = 'picture-1';
    content.scenes[0].mediaAlt = '  ';
    content.scenes[1].mediaId = 'recording-1';
    const isImage = (id: string) => id.startsWith('picture');
    expect(validateScenario(content, { isImage }).map((p) => [p.sceneId, p.code])).toEqual([
      ['start', 'IMAGE_WITHOUT_DESCRIPTION'],
    ]);
    // Without facts about the media, nothing can be said about it.
    expect(validateScenario(content)).toEqual([]);
    content.scenes[0].mediaAlt = 'A queue at the front desk';
    expect(isPublishable(content, { isImage })).toBe(true);
  });
});
