/**
 * The shape of a branching scenario as stored in a lesson revision's content. Everything here is
 * plain JSON (no classes, no undefined-only fields) so a revision round-trips through the database
 * and GraphQL unchanged.
 */

/** The kinds of state variable: a NUMBER counts (trust, risk), a FLAG remembers (usedInterpreter). */
export const VARIABLE_KINDS = ['NUMBER', 'FLAG'] as const;
export type VariableKind = (typeof VARIABLE_KINDS)[number];

/** SET replaces a variable's value; ADD adds to a NUMBER (never valid on a FLAG). */
export const EFFECT_OPS = ['SET', 'ADD'] as const;
export type EffectOp = (typeof EFFECT_OPS)[number];

/** Comparisons a condition may make; only EQ and NEQ are valid on a FLAG. */
export const COMPARISON_OPS = ['EQ', 'NEQ', 'GT', 'GTE', 'LT', 'LTE'] as const;
export type ComparisonOp = (typeof COMPARISON_OPS)[number];

/** Comparisons that order numbers, so are meaningless on a FLAG. */
export const ORDERING_OPS: readonly ComparisonOp[] = ['GT', 'GTE', 'LT', 'LTE'];

/** How an ending is rated, so the learner and the reports can tell a good outcome from a poor one. */
export const ENDING_RATINGS = ['GOOD', 'MIXED', 'POOR'] as const;
export type EndingRating = (typeof ENDING_RATINGS)[number];

/** A person in the story; a scene's speaker must name one. */
export interface ScenarioCharacter {
  id: string;
  name: string;
  role: string;
  avatarMediaId?: string | null;
}

/** A state variable the learner's choices change, so earlier decisions can shape later ones. */
export interface ScenarioVariable {
  name: string;
  kind: VariableKind;
  initial: number | boolean;
  label?: string;
}

/** Changes one variable when a choice is made. */
export interface Effect {
  variable: string;
  op: EffectOp;
  value: number | boolean;
}

/** Compares one variable with a constant. */
export interface Comparison {
  variable: string;
  op: ComparisonOp;
  value: number | boolean;
}

/** Holds when every comparison holds (`all`) or when at least one does (`any`). */
export type Condition = { all: Comparison[] } | { any: Comparison[] };

/** A choice offered in a scene; it is shown only while its condition holds. */
export interface Choice {
  id: string;
  label: string;
  feedback: string;
  score?: number | null;
  nextSceneId: string | null;
  effects?: Effect[];
  condition?: Condition | null;
}

/** What makes a scene an ending: a summary for the learner and a rating. */
export interface ScenarioEnding {
  summary: string;
  rating: EndingRating;
}

/**
 * One scene of the story. It either offers 2–4 choices or is an ending (has `ending` and no
 * choices). Scenes carry no condition: branching lives on choices only.
 */
export interface Scene {
  id: string;
  title: string;
  speakerId?: string | null;
  /** Sanitised HTML; the engine treats it as opaque text. */
  narrative: string;
  mediaId?: string | null;
  mediaAlt?: string | null;
  choices: Choice[];
  ending?: ScenarioEnding | null;
}

/** A scene known to be an ending. */
export type EndingScene = Scene & { ending: ScenarioEnding };

/** A whole scenario: the content of one lesson revision. */
export interface ScenarioContent {
  characters: ScenarioCharacter[];
  variables: ScenarioVariable[];
  startSceneId: string;
  scenes: Scene[];
}

/** The values of a scenario's variables, by name. */
export type ScenarioVariables = Record<string, number | boolean>;

/** One step a learner took: the scene they were in, what they chose and what it scored. */
export interface ScenarioStep {
  sceneId: string;
  choiceId: string;
  score: number;
}

/**
 * Where a learner is in a play-through. The server keeps it; the client never supplies it, so a
 * learner cannot forge variables, score or position.
 */
export interface ScenarioState {
  sceneId: string;
  variables: ScenarioVariables;
  path: ScenarioStep[];
  score: number;
  ended: boolean;
}

/** Size limits for scenario content arriving from clients (see `parseScenarioContent`). */
export const SCENARIO_LIMITS = {
  scenesMax: 200,
  choicesPerSceneMin: 2,
  choicesPerSceneMax: 4,
  variablesMax: 50,
  charactersMax: 20,
  effectsPerChoiceMax: 10,
  comparisonsPerConditionMax: 10,
  /** Scene titles, choice labels, character names and roles, variable labels. */
  labelMaxLength: 200,
  /** Feedback, ending summaries and media alt text. */
  textMaxLength: 2000,
  narrativeMaxLength: 20000,
  idMaxLength: 64,
  /** Largest magnitude of a score or a numeric variable value, so totals stay exact. */
  numberMaxMagnitude: 1_000_000,
} as const;

/** Ids of scenes, choices, characters, variables and media: 1–64 of [A-Za-z0-9_-]. */
export const SCENARIO_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
