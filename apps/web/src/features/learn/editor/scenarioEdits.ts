import type {
  Choice,
  Comparison,
  Condition,
  Scene,
  ScenarioCharacter,
  ScenarioContent,
  ScenarioEnding,
  ScenarioVariable,
} from '@common-ground/shared';

/**
 * Every change the scenario editor makes, as pure functions from content to new content: nothing
 * is changed in place, so React sees each edit and the lead can keep an undo history or a draft.
 * Ids are made here (`uniqueId`) so the form never asks editors to invent them.
 */

/** `prefix-N` with the smallest N not already taken. */
export function uniqueId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n += 1) {
    const id = `${prefix}-${n}`;
    if (!used.has(id)) return id;
  }
}

export function sceneIds(content: ScenarioContent): string[] {
  return content.scenes.map((scene) => scene.id);
}

export function choiceIds(content: ScenarioContent): string[] {
  return content.scenes.flatMap((scene) => scene.choices.map((choice) => choice.id));
}

function mapScene(content: ScenarioContent, sceneId: string, change: (scene: Scene) => Scene): ScenarioContent {
  return { ...content, scenes: content.scenes.map((scene) => (scene.id === sceneId ? change(scene) : scene)) };
}

function move<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target], next[index]];
  return next;
}

/** A blank scene at the end; the first scene added also becomes the start. */
export function addScene(content: ScenarioContent, scene: Partial<Scene> & { id: string }): ScenarioContent {
  const added: Scene = { title: '', speakerId: null, narrative: '', choices: [], ...scene };
  return {
    ...content,
    startSceneId: content.startSceneId || added.id,
    scenes: [...content.scenes, added],
  };
}

export function updateScene(
  content: ScenarioContent,
  sceneId: string,
  patch: Partial<Omit<Scene, 'id' | 'choices'>>,
): ScenarioContent {
  return mapScene(content, sceneId, (scene) => ({ ...scene, ...patch }));
}

/**
 * Removes a scene. Choices that led to it are kept but lead nowhere (the validator then shows
 * each one on its scene, so nothing is silently rewired); if it was the start, no start is chosen.
 */
export function removeScene(content: ScenarioContent, sceneId: string): ScenarioContent {
  return {
    ...content,
    startSceneId: content.startSceneId === sceneId ? '' : content.startSceneId,
    scenes: content.scenes
      .filter((scene) => scene.id !== sceneId)
      .map((scene) =>
        scene.choices.some((choice) => choice.nextSceneId === sceneId)
          ? {
              ...scene,
              choices: scene.choices.map((choice) =>
                choice.nextSceneId === sceneId ? { ...choice, nextSceneId: null } : choice,
              ),
            }
          : scene,
      ),
  };
}

/** How many choices elsewhere lead to a scene, for the delete confirmation. */
export function choicesLeadingTo(content: ScenarioContent, sceneId: string): number {
  return content.scenes
    .filter((scene) => scene.id !== sceneId)
    .reduce((count, scene) => count + scene.choices.filter((choice) => choice.nextSceneId === sceneId).length, 0);
}

export function moveScene(content: ScenarioContent, sceneId: string, offset: -1 | 1): ScenarioContent {
  const index = content.scenes.findIndex((scene) => scene.id === sceneId);
  return { ...content, scenes: move(content.scenes, index, offset) };
}

export function setStart(content: ScenarioContent, sceneId: string): ScenarioContent {
  return { ...content, startSceneId: sceneId };
}

/** Makes a scene an ending (with its summary and rating) or an ordinary scene (null). Choices are kept either way. */
export function setEnding(content: ScenarioContent, sceneId: string, ending: ScenarioEnding | null): ScenarioContent {
  return mapScene(content, sceneId, (scene) => ({ ...scene, ending }));
}

export function addChoice(
  content: ScenarioContent,
  sceneId: string,
  choice: Partial<Choice> & { id: string },
): ScenarioContent {
  const added: Choice = { label: '', feedback: '', score: null, nextSceneId: null, ...choice };
  return mapScene(content, sceneId, (scene) => ({ ...scene, choices: [...scene.choices, added] }));
}

export function updateChoice(
  content: ScenarioContent,
  sceneId: string,
  choiceId: string,
  patch: Partial<Omit<Choice, 'id'>>,
): ScenarioContent {
  return mapScene(content, sceneId, (scene) => ({
    ...scene,
    choices: scene.choices.map((choice) => (choice.id === choiceId ? { ...choice, ...patch } : choice)),
  }));
}

export function removeChoice(content: ScenarioContent, sceneId: string, choiceId: string): ScenarioContent {
  return mapScene(content, sceneId, (scene) => ({
    ...scene,
    choices: scene.choices.filter((choice) => choice.id !== choiceId),
  }));
}

/** Moves a choice up or down, the keyboard alternative to dragging (WCAG 2.5.7). */
export function moveChoice(
  content: ScenarioContent,
  sceneId: string,
  choiceId: string,
  offset: -1 | 1,
): ScenarioContent {
  return mapScene(content, sceneId, (scene) => ({
    ...scene,
    choices: move(
      scene.choices,
      scene.choices.findIndex((choice) => choice.id === choiceId),
      offset,
    ),
  }));
}

export function addCharacter(content: ScenarioContent, character: ScenarioCharacter): ScenarioContent {
  return { ...content, characters: [...content.characters, character] };
}

export function updateCharacter(
  content: ScenarioContent,
  characterId: string,
  patch: Partial<Omit<ScenarioCharacter, 'id'>>,
): ScenarioContent {
  return {
    ...content,
    characters: content.characters.map((character) =>
      character.id === characterId ? { ...character, ...patch } : character,
    ),
  };
}

/** Removes a character; scenes they spoke in become narration (no speaker). */
export function removeCharacter(content: ScenarioContent, characterId: string): ScenarioContent {
  return {
    ...content,
    characters: content.characters.filter((character) => character.id !== characterId),
    scenes: content.scenes.map((scene) => (scene.speakerId === characterId ? { ...scene, speakerId: null } : scene)),
  };
}

export function addVariable(content: ScenarioContent, variable: ScenarioVariable): ScenarioContent {
  return { ...content, variables: [...content.variables, variable] };
}

function renameInCondition(condition: Condition, from: string, to: string): Condition {
  const rename = (comparison: Comparison): Comparison =>
    comparison.variable === from ? { ...comparison, variable: to } : comparison;
  return 'all' in condition ? { all: condition.all.map(rename) } : { any: condition.any.map(rename) };
}

/**
 * Changes the variable at `index` (by position, since two may briefly share a name while an
 * editor types). A new name is carried into every effect and condition that used the old
 * one; a new kind resets the starting value to that kind's default (0 or No), since a number
 * cannot become a flag.
 */
export function updateVariable(
  content: ScenarioContent,
  index: number,
  patch: Partial<ScenarioVariable>,
): ScenarioContent {
  const current = content.variables[index];
  if (!current) return content;
  const name = current.name;
  const kindChanged = patch.kind !== undefined && patch.kind !== current.kind;
  const next: ScenarioVariable = {
    ...current,
    ...patch,
    ...(kindChanged && patch.initial === undefined ? { initial: patch.kind === 'NUMBER' ? 0 : false } : {}),
  };
  const renamed = next.name !== name;
  return {
    ...content,
    variables: content.variables.map((variable, at) => (at === index ? next : variable)),
    scenes: !renamed
      ? content.scenes
      : content.scenes.map((scene) => ({
          ...scene,
          choices: scene.choices.map((choice) => ({
            ...choice,
            ...(choice.effects
              ? {
                  effects: choice.effects.map((effect) =>
                    effect.variable === name ? { ...effect, variable: next.name } : effect,
                  ),
                }
              : {}),
            ...(choice.condition ? { condition: renameInCondition(choice.condition, name, next.name) } : {}),
          })),
        })),
  };
}

/**
 * Removes the variable at `index`. Effects and conditions that use it are left as they are, so the validator
 * shows each one on its choice and the editor decides what it should say instead.
 */
export function removeVariable(content: ScenarioContent, index: number): ScenarioContent {
  return { ...content, variables: content.variables.filter((_variable, at) => at !== index) };
}

/** How many choices change or test a variable, for the delete confirmation. */
export function choicesUsingVariable(content: ScenarioContent, name: string): number {
  return content.scenes.reduce(
    (count, scene) =>
      count +
      scene.choices.filter((choice) => {
        const comparisons = choice.condition
          ? 'all' in choice.condition
            ? choice.condition.all
            : choice.condition.any
          : [];
        return (
          (choice.effects ?? []).some((effect) => effect.variable === name) ||
          comparisons.some((comparison) => comparison.variable === name)
        );
      }).length,
    0,
  );
}
