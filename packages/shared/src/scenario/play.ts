import { evaluateCondition } from './conditions';
import { ScenarioError } from './errors';
import type { Choice, EndingScene, Scene, ScenarioContent, ScenarioState, ScenarioVariables } from './types';
import { firstSceneById, isEnding } from './validate';

/** What `choose` returns: the learner's new state, the choice they made (for its feedback) and the scene they are now in. */
export interface ChooseResult {
  state: ScenarioState;
  choice: Choice;
  scene: Scene;
}

/**
 * A fresh play-through: the start scene, every variable at its initial value, no path and no
 * score; already ended if the start scene is an ending. Meant for publishable content; throws
 * ScenarioError INVALID_CONTENT when the start scene does not exist.
 */
export function startScenario(content: ScenarioContent): ScenarioState {
  const start = firstSceneById(content.scenes).get(content.startSceneId);
  if (!start) throw new ScenarioError('INVALID_CONTENT', 'The scenario has no start scene.');
  const variables: ScenarioVariables = {};
  for (const variable of content.variables) variables[variable.name] = variable.initial;
  return { sceneId: start.id, variables, path: [], score: 0, ended: isEnding(start) };
}

/**
 * The choices of the current scene the learner may pick now: those whose condition holds for
 * the state's variables, in the author's order. Empty once the scenario has ended. Throws
 * ScenarioError INVALID_STATE when the state's scene is not in the content.
 */
export function visibleChoices(content: ScenarioContent, state: ScenarioState): Choice[] {
  const scene = currentScene(content, state);
  if (state.ended || isEnding(scene)) return [];
  return scene.choices.filter((choice) => evaluateCondition(choice.condition, state.variables));
}

/**
 * Makes one choice on the server's copy of the state and returns a new state; the inputs are
 * never changed. Only a choice visible in the current scene is accepted, so a client cannot jump
 * to another scene, pick a hidden choice or replay after the end. Effects apply in order (SET
 * replaces, ADD adds to a number), the choice's score is added, the step is appended to the path,
 * and the state is marked ended when the next scene is an ending.
 * Throws ScenarioError ENDED (already over), NOT_OFFERED (not a visible choice here),
 * INVALID_STATE (the state's scene is unknown) or INVALID_CONTENT (the choice leads nowhere or an
 * effect does not fit its variable, which publish validation prevents).
 */
export function choose(content: ScenarioContent, state: ScenarioState, choiceId: string): ChooseResult {
  const scene = currentScene(content, state);
  if (state.ended || isEnding(scene)) throw new ScenarioError('ENDED', 'This scenario has already ended.');
  const choice = visibleChoices(content, state).find((candidate) => candidate.id === choiceId);
  if (!choice) throw new ScenarioError('NOT_OFFERED', 'That choice is not offered in this scene.');
  const next = choice.nextSceneId == null ? undefined : firstSceneById(content.scenes).get(choice.nextSceneId);
  if (!next) throw new ScenarioError('INVALID_CONTENT', `Choice "${choice.id}" does not lead to a scene.`);

  const variables: ScenarioVariables = { ...state.variables };
  for (const effect of choice.effects ?? []) {
    const current = variables[effect.variable];
    if (!Object.prototype.hasOwnProperty.call(variables, effect.variable) || typeof current !== typeof effect.value) {
      throw new ScenarioError(
        'INVALID_CONTENT',
        `Choice "${choice.id}" changes "${effect.variable}" in a way that does not fit it.`,
      );
    }
    if (effect.op === 'SET') {
      variables[effect.variable] = effect.value;
    } else if (typeof current === 'number' && typeof effect.value === 'number') {
      variables[effect.variable] = current + effect.value;
    } else {
      throw new ScenarioError(
        'INVALID_CONTENT',
        `Choice "${choice.id}" adds to "${effect.variable}", which is not a number.`,
      );
    }
  }

  const score = choice.score ?? 0;
  return {
    state: {
      sceneId: next.id,
      variables,
      path: [...state.path.map((step) => ({ ...step })), { sceneId: scene.id, choiceId: choice.id, score }],
      score: state.score + score,
      ended: isEnding(next),
    },
    choice,
    scene: next,
  };
}

/** The ending the learner reached, or null while the scenario is still being played (or the state's scene is unknown). */
export function endingOf(content: ScenarioContent, state: ScenarioState): EndingScene | null {
  const scene = firstSceneById(content.scenes).get(state.sceneId);
  return scene && isEnding(scene) ? scene : null;
}

function currentScene(content: ScenarioContent, state: ScenarioState): Scene {
  const scene = firstSceneById(content.scenes).get(state.sceneId);
  if (!scene) throw new ScenarioError('INVALID_STATE', `The current scene "${state.sceneId}" is not in this scenario.`);
  return scene;
}
