/** Everything `validateScenario` can find wrong; any one of them blocks publishing. */
export const SCENARIO_PROBLEM_CODES = [
  'NO_START',
  'NO_ENDING',
  'UNREACHABLE_SCENE',
  'DEAD_END',
  'CHOICE_WITHOUT_TARGET',
  'TOO_FEW_CHOICES',
  'TOO_MANY_CHOICES',
  'ENDING_WITH_CHOICES',
  'DUPLICATE_ID',
  'UNKNOWN_VARIABLE',
  'TYPE_MISMATCH',
  'UNKNOWN_SPEAKER',
  'EMPTY_LABEL',
  'IMAGE_WITHOUT_DESCRIPTION',
] as const;
export type ScenarioProblemCode = (typeof SCENARIO_PROBLEM_CODES)[number];

/**
 * One thing an editor must fix before publishing, with a plain-English message. `sceneId` is null
 * for problems with the scenario as a whole (no start, no ending, characters, variables);
 * `choiceId` is set when one choice is at fault.
 */
export interface ScenarioProblem {
  sceneId: string | null;
  choiceId?: string;
  code: ScenarioProblemCode;
  message: string;
}
