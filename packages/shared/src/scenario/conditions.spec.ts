import { evaluateCondition } from './conditions';

const vars = { trust: 2, usedInterpreter: true };

describe('evaluateCondition', () => {
  it('holds when there is no condition', () => {
    expect(evaluateCondition(undefined, vars)).toBe(true);
    expect(evaluateCondition(null, vars)).toBe(true);
  });

  it.each([
    ['EQ', 2, true],
    ['EQ', 3, false],
    ['NEQ', 3, true],
    ['GT', 1, true],
    ['GT', 2, false],
    ['GTE', 2, true],
    ['LT', 3, true],
    ['LT', 2, false],
    ['LTE', 2, true],
  ] as const)('compares a number with %s %p', (op, value, expected) => {
    expect(evaluateCondition({ all: [{ variable: 'trust', op, value }] }, vars)).toBe(expected);
  });

  it('compares flags for equality', () => {
    expect(evaluateCondition({ all: [{ variable: 'usedInterpreter', op: 'EQ', value: true }] }, vars)).toBe(true);
    expect(evaluateCondition({ all: [{ variable: 'usedInterpreter', op: 'NEQ', value: true }] }, vars)).toBe(false);
  });

  it('needs every comparison for all and one for any', () => {
    const high = { variable: 'trust', op: 'GTE', value: 5 } as const;
    const interpreted = { variable: 'usedInterpreter', op: 'EQ', value: true } as const;
    expect(evaluateCondition({ all: [high, interpreted] }, vars)).toBe(false);
    expect(evaluateCondition({ any: [high, interpreted] }, vars)).toBe(true);
    expect(evaluateCondition({ any: [high] }, vars)).toBe(false);
  });

  it('treats a missing variable or a value of the other type as false, whatever the operator', () => {
    expect(evaluateCondition({ all: [{ variable: 'mood', op: 'NEQ', value: 1 }] }, vars)).toBe(false);
    expect(evaluateCondition({ all: [{ variable: 'trust', op: 'NEQ', value: true }] }, vars)).toBe(false);
    expect(evaluateCondition({ all: [{ variable: 'usedInterpreter', op: 'GT', value: false }] }, vars)).toBe(false);
    expect(evaluateCondition({ all: [{ variable: 'toString', op: 'NEQ', value: 1 }] }, vars)).toBe(false);
  });
});
