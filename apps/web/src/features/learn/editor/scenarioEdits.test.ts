import { validateScenario, type ScenarioContent } from '@common-ground/shared';
import { describe, expect, it } from 'vitest';
import { frontDeskScenario } from '../fixtures/scenario';
import {
  addChoice,
  addScene,
  choicesLeadingTo,
  choicesUsingVariable,
  moveChoice,
  moveScene,
  removeCharacter,
  removeChoice,
  removeScene,
  removeVariable,
  setEnding,
  setStart,
  uniqueId,
  updateChoice,
  updateScene,
  updateVariable,
} from './scenarioEdits';

const empty: ScenarioContent = { characters: [], variables: [], startSceneId: '', scenes: [] };

describe('scenarioEdits', () => {
  it('makes ids that are not taken', () => {
    expect(uniqueId('scene', [])).toBe('scene-1');
    expect(uniqueId('scene', ['scene-1', 'scene-3'])).toBe('scene-2');
  });

  it('adds a scene without changing the original, and the first becomes the start', () => {
    const frozen = Object.freeze(empty);
    const one = addScene(frozen, { id: 'scene-1', title: 'First' });
    expect(frozen.scenes).toHaveLength(0);
    expect(one.startSceneId).toBe('scene-1');
    expect(one.scenes[0]).toEqual({ id: 'scene-1', title: 'First', speakerId: null, narrative: '', choices: [] });
    const two = addScene(one, { id: 'scene-2' });
    expect(two.startSceneId).toBe('scene-1');
    expect(two.scenes.map((scene) => scene.id)).toEqual(['scene-1', 'scene-2']);
  });

  it('removes a scene and unlinks the choices that led to it', () => {
    expect(choicesLeadingTo(frontDeskScenario, 'plan')).toBe(2);
    const next = removeScene(frontDeskScenario, 'plan');
    expect(next.scenes.find((scene) => scene.id === 'plan')).toBeUndefined();
    const payment = next.scenes.find((scene) => scene.id === 'interpreter')!.choices[1];
    expect(payment.nextSceneId).toBeNull();
    expect(frontDeskScenario.scenes.find((scene) => scene.id === 'interpreter')!.choices[1].nextSceneId).toBe('plan');
    expect(validateScenario(next).filter((problem) => problem.code === 'CHOICE_WITHOUT_TARGET')).toHaveLength(2);
  });

  it('clears the start when the start scene is removed', () => {
    const next = removeScene(frontDeskScenario, 'arrival');
    expect(next.startSceneId).toBe('');
    expect(validateScenario(next).some((problem) => problem.code === 'NO_START')).toBe(true);
  });

  it('sets the start, edits a scene and makes it an ending', () => {
    let next = setStart(frontDeskScenario, 'friend');
    expect(next.startSceneId).toBe('friend');
    next = updateScene(next, 'friend', { title: 'Renamed' });
    expect(next.scenes.find((scene) => scene.id === 'friend')!.title).toBe('Renamed');
    next = setEnding(next, 'friend', { summary: 'Done', rating: 'MIXED' });
    expect(next.scenes.find((scene) => scene.id === 'friend')!.ending).toEqual({ summary: 'Done', rating: 'MIXED' });
    expect(validateScenario(next).some((problem) => problem.code === 'ENDING_WITH_CHOICES')).toBe(true);
    next = setEnding(next, 'friend', null);
    expect(next.scenes.find((scene) => scene.id === 'friend')!.ending).toBeNull();
  });

  it('adds, updates, moves and removes choices', () => {
    let next = addChoice(frontDeskScenario, 'plan', { id: 'new-choice', label: 'Ring back' });
    const plan = () => next.scenes.find((scene) => scene.id === 'plan')!;
    expect(plan().choices.at(-1)).toEqual({
      id: 'new-choice',
      label: 'Ring back',
      feedback: '',
      score: null,
      nextSceneId: null,
    });
    next = updateChoice(next, 'plan', 'new-choice', { nextSceneId: 'good-ending', score: 3 });
    expect(plan().choices.at(-1)).toMatchObject({ nextSceneId: 'good-ending', score: 3 });
    next = moveChoice(next, 'plan', 'new-choice', -1);
    expect(plan().choices.map((choice) => choice.id)).toEqual(['check-affordable', 'new-choice', 'close-case']);
    next = moveChoice(next, 'plan', 'check-affordable', -1);
    expect(plan().choices[0].id).toBe('check-affordable');
    next = removeChoice(next, 'plan', 'new-choice');
    expect(plan().choices.map((choice) => choice.id)).toEqual(['check-affordable', 'close-case']);
  });

  it('moves scenes', () => {
    const next = moveScene(frontDeskScenario, 'interpreter', -1);
    expect(next.scenes.slice(0, 2).map((scene) => scene.id)).toEqual(['interpreter', 'arrival']);
  });

  it('turns a removed character’s scenes into narration', () => {
    const next = removeCharacter(frontDeskScenario, 'sam');
    expect(next.characters.map((character) => character.id)).toEqual(['mihai']);
    expect(next.scenes.find((scene) => scene.id === 'support')!.speakerId).toBeNull();
  });

  it('carries a renamed variable into effects and conditions', () => {
    const next = updateVariable(frontDeskScenario, 1, { name: 'rapport' });
    expect(next.variables[1].name).toBe('rapport');
    expect(next.scenes[0].choices[0].effects![1]).toEqual({ variable: 'rapport', op: 'ADD', value: 1 });
    const support = next.scenes.find((scene) => scene.id === 'support')!;
    expect(support.choices[0].condition).toEqual({
      all: [
        { variable: 'usedInterpreter', op: 'EQ', value: true },
        { variable: 'rapport', op: 'GTE', value: 2 },
      ],
    });
    expect(validateScenario(next)).toEqual([]);
  });

  it('resets the starting value when a variable changes kind', () => {
    const next = updateVariable(frontDeskScenario, 1, { kind: 'FLAG' });
    expect(next.variables[1]).toMatchObject({ kind: 'FLAG', initial: false });
  });

  it('leaves uses of a removed variable for the validator to point out', () => {
    expect(choicesUsingVariable(frontDeskScenario, 'usedInterpreter')).toBe(4);
    const next = removeVariable(frontDeskScenario, 0);
    expect(next.variables.map((variable) => variable.name)).toEqual(['trust']);
    expect(validateScenario(next).filter((problem) => problem.code === 'UNKNOWN_VARIABLE')).toHaveLength(4);
  });
});
