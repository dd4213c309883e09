import { ScenarioError } from './errors';
import { parseScenarioContent } from './parse';

function json(): Record<string, unknown> {
  return {
    characters: [{ id: 'anna', name: 'Anna', role: 'Tenant', avatarMediaId: null }],
    variables: [{ name: 'trust', kind: 'NUMBER', initial: 0, label: 'Trust' }],
    startSceneId: 'start',
    scenes: [
      {
        id: 'start',
        title: 'Doorstep',
        speakerId: 'anna',
        narrative: '<p>Hello</p>',
        mediaId: null,
        mediaAlt: null,
        choices: [
          {
            id: 'a',
            label: 'Listen',
            feedback: 'Good.',
            score: 1,
            nextSceneId: 'end',
            effects: [{ variable: 'trust', op: 'ADD', value: 1 }],
            condition: { any: [{ variable: 'trust', op: 'GTE', value: 0 }] },
          },
          { id: 'b', label: 'Leave', feedback: '', score: null, nextSceneId: null, condition: null },
        ],
        ending: null,
      },
      { id: 'end', title: 'End', narrative: '', choices: [], ending: { summary: 'Done.', rating: 'GOOD' } },
    ],
  };
}

function messageFor(input: unknown): string {
  try {
    parseScenarioContent(input);
  } catch (error) {
    if (error instanceof ScenarioError && error.code === 'INVALID_CONTENT') return error.message;
    throw error;
  }
  throw new Error('expected INVALID_CONTENT');
}

/** A copy of json() with the value at `path` replaced (undefined stands for a missing key). */
function withValue(path: (string | number)[], value: unknown): unknown {
  const content = json();
  let node = content as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
  return content;
}

const choiceB = { id: 'b', label: 'Leave', feedback: '', nextSceneId: null };
const endScene = { id: 'end', title: 'End', narrative: '', choices: [] };
const many = <T>(count: number, make: (i: number) => T): T[] => Array.from({ length: count }, (_, i) => make(i));

describe('parseScenarioContent', () => {
  it('returns well-formed content unchanged', () => {
    expect(parseScenarioContent(json())).toEqual(json());
  });

  it('accepts an empty draft and drops unknown keys', () => {
    const parsed = parseScenarioContent({ characters: [], variables: [], startSceneId: '', scenes: [], extra: 1 });
    expect(parsed).toEqual({ characters: [], variables: [], startSceneId: '', scenes: [] });
    const withSceneCondition = withValue(['scenes', 0, 'condition'], { all: [] });
    expect(parseScenarioContent(withSceneCondition)).toEqual(json());
  });

  it('refuses input that is not an object', () => {
    expect(messageFor('not an object')).toBe('content must be an object.');
    expect(messageFor(null)).toBe('content must be an object.');
  });

  it.each<[string, (string | number)[], unknown, string]>([
    ['a missing list', ['scenes'], undefined, 'scenes must be a list.'],
    [
      'a bad id',
      ['scenes', 1, 'id'],
      'has space',
      'scenes[1].id must be an id of 1 to 64 letters, digits, "-" or "_".',
    ],
    ['a long id', ['characters', 0, 'id'], 'x'.repeat(65), 'characters[0].id must be an id'],
    [
      'a long label',
      ['scenes', 0, 'choices', 1, 'label'],
      'x'.repeat(201),
      'scenes[0].choices[1].label must be at most 200 characters.',
    ],
    [
      'long feedback',
      ['scenes', 0, 'choices', 0, 'feedback'],
      'x'.repeat(2001),
      'scenes[0].choices[0].feedback must be at most 2000 characters.',
    ],
    [
      'a long summary',
      ['scenes', 1, 'ending', 'summary'],
      'x'.repeat(2001),
      'scenes[1].ending.summary must be at most 2000 characters.',
    ],
    [
      'a long narrative',
      ['scenes', 0, 'narrative'],
      'x'.repeat(20001),
      'scenes[0].narrative must be at most 20000 characters.',
    ],
    [
      'too many choices',
      ['scenes', 0, 'choices'],
      many(5, (i) => ({ ...choiceB, id: `c${i}` })),
      'scenes[0].choices must have at most 4 items.',
    ],
    [
      'too many scenes',
      ['scenes'],
      many(201, (i) => ({ ...endScene, id: `s${i}` })),
      'scenes must have at most 200 items.',
    ],
    [
      'too many variables',
      ['variables'],
      many(51, (i) => ({ name: `v${i}`, kind: 'FLAG', initial: false })),
      'variables must have at most 50 items.',
    ],
    [
      'too many characters',
      ['characters'],
      many(21, (i) => ({ id: `c${i}`, name: 'N', role: 'R' })),
      'characters must have at most 20 items.',
    ],
    ['an unknown kind', ['variables', 0, 'kind'], 'TEXT', 'variables[0].kind must be one of NUMBER, FLAG.'],
    [
      'a text value',
      ['scenes', 0, 'choices', 0, 'effects', 0, 'value'],
      '1',
      'scenes[0].choices[0].effects[0].value must be a number or true/false.',
    ],
    [
      'an infinite score',
      ['scenes', 0, 'choices', 0, 'score'],
      Infinity,
      'scenes[0].choices[0].score must be a number.',
    ],
    ['a huge number', ['variables', 0, 'initial'], 1e7, 'variables[0].initial must be between -1000000 and 1000000.'],
    [
      'an unknown op',
      ['scenes', 0, 'choices', 0, 'condition', 'any', 0, 'op'],
      'LIKE',
      'scenes[0].choices[0].condition.any[0].op must be one of EQ,',
    ],
    [
      'both all and any',
      ['scenes', 0, 'choices', 0, 'condition', 'all'],
      [],
      'scenes[0].choices[0].condition must have exactly one of "all" or "any".',
    ],
    [
      'an empty condition',
      ['scenes', 0, 'choices', 0, 'condition', 'any'],
      [],
      'scenes[0].choices[0].condition.any must have at least one comparison.',
    ],
    [
      'a bad rating',
      ['scenes', 1, 'ending', 'rating'],
      'FINE',
      'scenes[1].ending.rating must be one of GOOD, MIXED, POOR.',
    ],
    [
      'a missing target',
      ['scenes', 0, 'choices', 0, 'nextSceneId'],
      undefined,
      'scenes[0].choices[0].nextSceneId must be an id',
    ],
    ['an array for an object', ['scenes', 0], [], 'scenes[0] must be an object.'],
    ['a missing title', ['scenes', 0, 'title'], undefined, 'scenes[0].title must be text.'],
  ])('names the path of %s', (_name, path, value, expected) => {
    expect(messageFor(withValue(path, value))).toContain(expected);
  });
});
