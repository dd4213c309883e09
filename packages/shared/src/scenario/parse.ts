import { ScenarioError } from './errors';
import {
  COMPARISON_OPS,
  EFFECT_OPS,
  ENDING_RATINGS,
  SCENARIO_ID_PATTERN,
  SCENARIO_LIMITS as L,
  VARIABLE_KINDS,
  type Choice,
  type Comparison,
  type Condition,
  type Effect,
  type Scene,
  type ScenarioCharacter,
  type ScenarioContent,
  type ScenarioVariable,
} from './types';

/**
 * Checks JSON from a client against the scenario shape and its size limits, and returns a fresh
 * copy holding only the known fields (unknown keys are dropped, so nothing else reaches the
 * database). It checks form, not sense: a draft with blank titles, dangling links or mistyped
 * values passes here and is reported by `validateScenario` instead, so editors can save work in
 * progress. Throws ScenarioError INVALID_CONTENT naming the path of the first problem, e.g.
 * "scenes[2].choices[0].label must be at most 200 characters."
 */
export function parseScenarioContent(input: unknown): ScenarioContent {
  const root = record(input, 'content');
  const startSceneId = root.startSceneId === '' ? '' : id(root.startSceneId, 'startSceneId');
  return {
    characters: list(root.characters, 'characters', L.charactersMax).map(character),
    variables: list(root.variables, 'variables', L.variablesMax).map(variable),
    startSceneId,
    scenes: list(root.scenes, 'scenes', L.scenesMax).map(scene),
  };
}

function character(input: unknown, index: number): ScenarioCharacter {
  const path = `characters[${index}]`;
  const raw = record(input, path);
  const out: ScenarioCharacter = {
    id: id(raw.id, `${path}.id`),
    name: text(raw.name, `${path}.name`, L.labelMaxLength),
    role: text(raw.role, `${path}.role`, L.labelMaxLength),
  };
  if (raw.avatarMediaId !== undefined) out.avatarMediaId = nullableId(raw.avatarMediaId, `${path}.avatarMediaId`);
  return out;
}

function variable(input: unknown, index: number): ScenarioVariable {
  const path = `variables[${index}]`;
  const raw = record(input, path);
  const out: ScenarioVariable = {
    name: id(raw.name, `${path}.name`),
    kind: oneOf(raw.kind, `${path}.kind`, VARIABLE_KINDS),
    initial: value(raw.initial, `${path}.initial`),
  };
  if (raw.label !== undefined) out.label = text(raw.label, `${path}.label`, L.labelMaxLength);
  return out;
}

function scene(input: unknown, index: number): Scene {
  const path = `scenes[${index}]`;
  const raw = record(input, path);
  const out: Scene = {
    id: id(raw.id, `${path}.id`),
    title: text(raw.title, `${path}.title`, L.labelMaxLength),
    narrative: text(raw.narrative, `${path}.narrative`, L.narrativeMaxLength),
    choices: list(raw.choices, `${path}.choices`, L.choicesPerSceneMax).map((c, i) =>
      choice(c, `${path}.choices[${i}]`),
    ),
  };
  if (raw.speakerId !== undefined) out.speakerId = nullableId(raw.speakerId, `${path}.speakerId`);
  if (raw.mediaId !== undefined) out.mediaId = nullableId(raw.mediaId, `${path}.mediaId`);
  if (raw.mediaAlt !== undefined && raw.mediaAlt !== null)
    out.mediaAlt = text(raw.mediaAlt, `${path}.mediaAlt`, L.textMaxLength);
  else if (raw.mediaAlt === null) out.mediaAlt = null;
  if (raw.ending === null) out.ending = null;
  else if (raw.ending !== undefined) {
    const ending = record(raw.ending, `${path}.ending`);
    out.ending = {
      summary: text(ending.summary, `${path}.ending.summary`, L.textMaxLength),
      rating: oneOf(ending.rating, `${path}.ending.rating`, ENDING_RATINGS),
    };
  }
  return out;
}

function choice(input: unknown, path: string): Choice {
  const raw = record(input, path);
  const out: Choice = {
    id: id(raw.id, `${path}.id`),
    label: text(raw.label, `${path}.label`, L.labelMaxLength),
    feedback: text(raw.feedback, `${path}.feedback`, L.textMaxLength),
    nextSceneId: raw.nextSceneId === null ? null : id(raw.nextSceneId, `${path}.nextSceneId`),
  };
  if (raw.score === null) out.score = null;
  else if (raw.score !== undefined) out.score = finite(raw.score, `${path}.score`);
  if (raw.effects !== undefined) {
    out.effects = list(raw.effects, `${path}.effects`, L.effectsPerChoiceMax).map((e, i) =>
      effect(e, `${path}.effects[${i}]`),
    );
  }
  if (raw.condition === null) out.condition = null;
  else if (raw.condition !== undefined) out.condition = condition(raw.condition, `${path}.condition`);
  return out;
}

function effect(input: unknown, path: string): Effect {
  const raw = record(input, path);
  return {
    variable: id(raw.variable, `${path}.variable`),
    op: oneOf(raw.op, `${path}.op`, EFFECT_OPS),
    value: value(raw.value, `${path}.value`),
  };
}

function condition(input: unknown, path: string): Condition {
  const raw = record(input, path);
  const hasAll = raw.all !== undefined;
  const hasAny = raw.any !== undefined;
  if (hasAll === hasAny) fail(path, 'must have exactly one of "all" or "any"');
  const key = hasAll ? 'all' : 'any';
  const comparisons = list(raw[key], `${path}.${key}`, L.comparisonsPerConditionMax);
  if (comparisons.length === 0) fail(`${path}.${key}`, 'must have at least one comparison');
  const parsed = comparisons.map((c, i) => comparison(c, `${path}.${key}[${i}]`));
  return hasAll ? { all: parsed } : { any: parsed };
}

function comparison(input: unknown, path: string): Comparison {
  const raw = record(input, path);
  return {
    variable: id(raw.variable, `${path}.variable`),
    op: oneOf(raw.op, `${path}.op`, COMPARISON_OPS),
    value: value(raw.value, `${path}.value`),
  };
}

function fail(path: string, problem: string): never {
  throw new ScenarioError('INVALID_CONTENT', `${path} ${problem}.`);
}

function record(input: unknown, path: string): Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) fail(path, 'must be an object');
  return input as Record<string, unknown>;
}

function list(input: unknown, path: string, max: number): unknown[] {
  if (!Array.isArray(input)) fail(path, 'must be a list');
  if (input.length > max) fail(path, `must have at most ${max} items`);
  return input;
}

function text(input: unknown, path: string, max: number): string {
  if (typeof input !== 'string') fail(path, 'must be text');
  if (input.length > max) fail(path, `must be at most ${max} characters`);
  return input;
}

function id(input: unknown, path: string): string {
  if (typeof input !== 'string' || !SCENARIO_ID_PATTERN.test(input)) {
    fail(path, `must be an id of 1 to ${L.idMaxLength} letters, digits, "-" or "_"`);
  }
  return input;
}

function nullableId(input: unknown, path: string): string | null {
  return input === null ? null : id(input, path);
}

function finite(input: unknown, path: string): number {
  if (typeof input !== 'number' || !Number.isFinite(input)) fail(path, 'must be a number');
  if (Math.abs(input) > L.numberMaxMagnitude)
    fail(path, `must be between -${L.numberMaxMagnitude} and ${L.numberMaxMagnitude}`);
  return input;
}

function value(input: unknown, path: string): number | boolean {
  if (typeof input === 'boolean') return input;
  if (typeof input !== 'number') fail(path, 'must be a number or true/false');
  return finite(input, path);
}

function oneOf<T extends string>(input: unknown, path: string, options: readonly T[]): T {
  if (typeof input !== 'string' || !(options as readonly string[]).includes(input)) {
    fail(path, `must be one of ${options.join(', ')}`);
  }
  return input as T;
}
