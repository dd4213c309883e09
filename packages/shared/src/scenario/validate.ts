import type { ScenarioProblem, ScenarioProblemCode } from './problems';
import {
  ORDERING_OPS,
  SCENARIO_LIMITS,
  type Choice,
  type Comparison,
  type Effect,
  type EndingScene,
  type Scene,
  type ScenarioContent,
  type ScenarioVariable,
} from './types';

/**
 * What the caller knows about the media a scenario uses; the engine itself cannot tell a
 * picture from a recording by its id. A recording's description is optional (its words
 * belong in the scene text); a picture's is not.
 */
export interface ScenarioMediaFacts {
  isImage?: (mediaId: string) => boolean;
}

/**
 * Every reason a scenario cannot be published, in a stable order (scenario-wide problems first,
 * then scene by scene, then reachability), so the editor can list them and the API can refuse to
 * publish. Reachability follows every choice whatever its condition, because conditions are only
 * known at play time. Besides a scene with no choices, DEAD_END also marks a loop of scenes with no
 * way out to an ending, since a learner who enters it can never finish. An empty list means the
 * scenario can be played from the start to an ending by some path.
 */
export function validateScenario(content: ScenarioContent, media: ScenarioMediaFacts = {}): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const add = (sceneId: string | null, code: ScenarioProblemCode, message: string, choiceId?: string): void => {
    problems.push(choiceId === undefined ? { sceneId, code, message } : { sceneId, choiceId, code, message });
  };

  const characterIds = new Set<string>();
  for (const character of content.characters) {
    if (characterIds.has(character.id)) add(null, 'DUPLICATE_ID', `Two characters share the id "${character.id}".`);
    characterIds.add(character.id);
  }

  const variables = new Map<string, ScenarioVariable>();
  for (const variable of content.variables) {
    if (variables.has(variable.name)) {
      add(null, 'DUPLICATE_ID', `Two variables are called "${variable.name}".`);
      continue;
    }
    variables.set(variable.name, variable);
    if (typeof variable.initial !== valueType(variable.kind)) {
      add(
        null,
        'TYPE_MISMATCH',
        `Variable "${variable.name}" is a ${kindWord(variable.kind)} but starts as a ${typeWord(variable.initial)}.`,
      );
    }
  }

  const scenes = firstSceneById(content.scenes);
  const choiceIds = new Set<string>();
  for (const scene of content.scenes) {
    if (scenes.get(scene.id) !== scene)
      add(scene.id, 'DUPLICATE_ID', `Another scene already has the id "${scene.id}".`);
    for (const choice of scene.choices) {
      if (choiceIds.has(choice.id)) {
        add(scene.id, 'DUPLICATE_ID', `Another choice already has the id "${choice.id}".`, choice.id);
      }
      choiceIds.add(choice.id);
    }
  }

  const hasStart = scenes.has(content.startSceneId);
  if (!hasStart) {
    add(null, 'NO_START', content.startSceneId ? 'The start scene does not exist.' : 'No start scene is chosen.');
  }
  const hasEnding = content.scenes.some(isEnding);
  if (!hasEnding) add(null, 'NO_ENDING', 'The scenario has no ending.');

  for (const scene of content.scenes) {
    if (isBlank(scene.title)) add(scene.id, 'EMPTY_LABEL', 'This scene has no title.');
    if (scene.speakerId != null && !characterIds.has(scene.speakerId)) {
      add(scene.id, 'UNKNOWN_SPEAKER', `The speaker "${scene.speakerId}" is not one of the characters.`);
    }
    if (scene.mediaId && media.isImage?.(scene.mediaId) && isBlank(scene.mediaAlt ?? '')) {
      add(scene.id, 'IMAGE_WITHOUT_DESCRIPTION', 'Describe this scene’s picture for people who cannot see it.');
    }
    checkChoiceCount(scene, add);
    for (const choice of scene.choices) checkChoice(scene, choice, scenes, variables, add);
  }

  if (hasStart) {
    const reachable = reachableFrom(content.startSceneId, scenes);
    for (const [id] of scenes) {
      if (!reachable.has(id)) add(id, 'UNREACHABLE_SCENE', 'No path reaches this scene from the start.');
    }
    if (hasEnding) {
      for (const id of closedLoops(reachable, scenes)) {
        add(
          id,
          'DEAD_END',
          'This scene is in a loop with no way out to an ending, so a learner here can never finish.',
        );
      }
    }
  }
  return problems;
}

/** Whether a scenario can be published: `validateScenario` finds nothing wrong. */
export function isPublishable(content: ScenarioContent, media: ScenarioMediaFacts = {}): boolean {
  return validateScenario(content, media).length === 0;
}

/** Whether a scene ends the story. */
export function isEnding(scene: Scene): scene is EndingScene {
  return scene.ending != null;
}

type Add = (sceneId: string | null, code: ScenarioProblemCode, message: string, choiceId?: string) => void;

function checkChoiceCount(scene: Scene, add: Add): void {
  const count = scene.choices.length;
  const { choicesPerSceneMin: min, choicesPerSceneMax: max } = SCENARIO_LIMITS;
  if (isEnding(scene)) {
    if (count > 0)
      add(
        scene.id,
        'ENDING_WITH_CHOICES',
        'An ending cannot offer choices; remove them or make this an ordinary scene.',
      );
  } else if (count === 0) {
    add(scene.id, 'DEAD_END', 'This scene has no choices and is not an ending, so the learner would be stuck.');
  } else if (count < min) {
    add(scene.id, 'TOO_FEW_CHOICES', `A scene needs at least ${min} choices; this one has ${count}.`);
  } else if (count > max) {
    add(scene.id, 'TOO_MANY_CHOICES', `A scene can offer at most ${max} choices; this one has ${count}.`);
  }
}

function checkChoice(
  scene: Scene,
  choice: Choice,
  scenes: Map<string, Scene>,
  variables: Map<string, ScenarioVariable>,
  add: Add,
): void {
  const at = (code: ScenarioProblemCode, message: string): void => add(scene.id, code, message, choice.id);
  if (isBlank(choice.label)) at('EMPTY_LABEL', 'This choice has no label.');
  if (choice.nextSceneId == null || choice.nextSceneId === '') {
    at('CHOICE_WITHOUT_TARGET', 'This choice does not lead to a scene.');
  } else if (!scenes.has(choice.nextSceneId)) {
    at('CHOICE_WITHOUT_TARGET', `This choice leads to a scene that does not exist ("${choice.nextSceneId}").`);
  }
  for (const effect of choice.effects ?? []) checkEffect(effect, variables, at);
  const condition = choice.condition;
  if (condition) {
    const comparisons = 'all' in condition ? condition.all : condition.any;
    for (const comparison of comparisons) checkComparison(comparison, variables, at);
  }
}

function checkEffect(
  effect: Effect,
  variables: Map<string, ScenarioVariable>,
  at: (code: ScenarioProblemCode, message: string) => void,
): void {
  const variable = variables.get(effect.variable);
  if (!variable) {
    at('UNKNOWN_VARIABLE', `This choice changes "${effect.variable}", which is not a declared variable.`);
  } else if (effect.op === 'ADD' && variable.kind === 'FLAG') {
    at('TYPE_MISMATCH', `This choice adds to "${effect.variable}", but it is a flag; only numbers can be added to.`);
  } else if (typeof effect.value !== valueType(variable.kind)) {
    at(
      'TYPE_MISMATCH',
      `This choice gives "${effect.variable}" a ${typeWord(effect.value)}, but it is a ${kindWord(variable.kind)}.`,
    );
  }
}

function checkComparison(
  comparison: Comparison,
  variables: Map<string, ScenarioVariable>,
  at: (code: ScenarioProblemCode, message: string) => void,
): void {
  const variable = variables.get(comparison.variable);
  if (!variable) {
    at('UNKNOWN_VARIABLE', `This choice's condition uses "${comparison.variable}", which is not a declared variable.`);
  } else if (variable.kind === 'FLAG' && ORDERING_OPS.includes(comparison.op)) {
    at(
      'TYPE_MISMATCH',
      `This choice's condition orders "${comparison.variable}", but a flag can only be equal or not equal.`,
    );
  } else if (typeof comparison.value !== valueType(variable.kind)) {
    at(
      'TYPE_MISMATCH',
      `This choice's condition compares "${comparison.variable}", a ${kindWord(variable.kind)}, with a ${typeWord(comparison.value)}.`,
    );
  }
}

/** Scenes by id; with duplicate ids the first wins (the rest are reported as DUPLICATE_ID). */
export function firstSceneById(scenes: Scene[]): Map<string, Scene> {
  const byId = new Map<string, Scene>();
  for (const scene of scenes) if (!byId.has(scene.id)) byId.set(scene.id, scene);
  return byId;
}

function targets(scene: Scene, scenes: Map<string, Scene>): string[] {
  return scene.choices.flatMap((choice) =>
    choice.nextSceneId != null && scenes.has(choice.nextSceneId) ? [choice.nextSceneId] : [],
  );
}

function reachableFrom(startId: string, scenes: Map<string, Scene>): Set<string> {
  const seen = new Set<string>([startId]);
  const queue = [startId];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of targets(scenes.get(id)!, scenes)) {
      if (!seen.has(next)) {
        seen.add(next);
        queue.push(next);
      }
    }
  }
  return seen;
}

/**
 * Reachable scenes that sit in a closed loop: every scene they lead to leads back to them, none is
 * an ending and none has a broken choice (already reported, and perhaps meant as the way out).
 */
function closedLoops(reachable: Set<string>, scenes: Map<string, Scene>): string[] {
  const closure = new Map<string, Set<string>>();
  for (const id of reachable) closure.set(id, reachableFrom(id, scenes));
  const loops: string[] = [];
  for (const id of reachable) {
    const scene = scenes.get(id)!;
    if (isEnding(scene) || scene.choices.length === 0) continue;
    const onward = closure.get(id)!;
    const closed = [...onward].every((other) => {
      const otherScene = scenes.get(other)!;
      return (
        !isEnding(otherScene) &&
        closure.get(other)!.has(id) &&
        otherScene.choices.every((choice) => choice.nextSceneId != null && scenes.has(choice.nextSceneId))
      );
    });
    if (closed) loops.push(id);
  }
  return loops;
}

function valueType(kind: ScenarioVariable['kind']): 'number' | 'boolean' {
  return kind === 'NUMBER' ? 'number' : 'boolean';
}

function kindWord(kind: ScenarioVariable['kind']): string {
  return kind === 'NUMBER' ? 'number' : 'flag (yes/no)';
}

function typeWord(value: unknown): string {
  if (typeof value === 'number') return 'number';
  if (typeof value === 'boolean') return 'yes/no value';
  return 'missing value';
}

function isBlank(text: string | null | undefined): boolean {
  return text == null || text.trim() === '';
}
