/**
 * The branching-scenario engine: the content model, publish validation, server-authoritative play
 * and the editor's map. Pure functions with no dependencies, shared by the API and the web app.
 */
export * from './types';
export * from './problems';
export * from './errors';
export { evaluateCondition } from './conditions';
export { validateScenario, isPublishable, isEnding, type ScenarioMediaFacts } from './validate';
export { startScenario, visibleChoices, choose, endingOf, type ChooseResult } from './play';
export { sceneGraph, type SceneGraph, type SceneGraphNode, type SceneGraphEdge } from './graph';
export { parseScenarioContent } from './parse';
