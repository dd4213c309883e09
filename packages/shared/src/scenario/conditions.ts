import type { Comparison, Condition, ScenarioVariables } from './types';

/**
 * Whether a choice's condition holds for the given variables. No condition always holds; `all`
 * needs every comparison (so an empty `all` holds) and `any` needs one (so an empty `any` never
 * does). A comparison on a variable that is missing, or whose value is of the other type, is false
 * whatever its operator, so a broken condition hides a choice rather than showing it.
 */
export function evaluateCondition(condition: Condition | null | undefined, variables: ScenarioVariables): boolean {
  if (!condition) return true;
  if ('all' in condition) return condition.all.every((comparison) => compare(comparison, variables));
  return condition.any.some((comparison) => compare(comparison, variables));
}

function compare(comparison: Comparison, variables: ScenarioVariables): boolean {
  if (!Object.prototype.hasOwnProperty.call(variables, comparison.variable)) return false;
  const actual = variables[comparison.variable];
  const expected = comparison.value;
  if (typeof actual !== typeof expected) return false;
  switch (comparison.op) {
    case 'EQ':
      return actual === expected;
    case 'NEQ':
      return actual !== expected;
    case 'GT':
      return typeof actual === 'number' && typeof expected === 'number' && actual > expected;
    case 'GTE':
      return typeof actual === 'number' && typeof expected === 'number' && actual >= expected;
    case 'LT':
      return typeof actual === 'number' && typeof expected === 'number' && actual < expected;
    case 'LTE':
      return typeof actual === 'number' && typeof expected === 'number' && actual <= expected;
  }
}
