import type { ScenarioProblemCode } from './problems';
import type { ScenarioContent } from './types';
import { firstSceneById, isEnding, validateScenario } from './validate';

/** A scene on the editor's map, with the codes of the problems found in it. */
export interface SceneGraphNode {
  id: string;
  title: string;
  isEnding: boolean;
  isStart: boolean;
  problems: ScenarioProblemCode[];
}

/** A choice on the editor's map, drawn from its scene to the scene it leads to. */
export interface SceneGraphEdge {
  from: string;
  to: string;
  choiceId: string;
  label: string;
  /** The choice is shown only when its condition holds. */
  conditional: boolean;
}

/** The editor's visual map of a scenario. */
export interface SceneGraph {
  nodes: SceneGraphNode[];
  edges: SceneGraphEdge[];
}

/**
 * The scenario as a map for the editor: one node per scene id in authoring order (a duplicated id
 * is drawn once, as its first scene, and the duplicate is reported on that node), and one edge
 * per choice that leads to an existing scene. A choice that leads nowhere has no edge; it shows as
 * CHOICE_WITHOUT_TARGET in its scene's problems. Each node's problem codes are distinct and come
 * from `validateScenario`.
 */
export function sceneGraph(content: ScenarioContent): SceneGraph {
  const scenes = firstSceneById(content.scenes);
  const problems = new Map<string, Set<ScenarioProblemCode>>();
  for (const problem of validateScenario(content)) {
    if (problem.sceneId === null) continue;
    const codes = problems.get(problem.sceneId) ?? new Set<ScenarioProblemCode>();
    codes.add(problem.code);
    problems.set(problem.sceneId, codes);
  }

  const nodes: SceneGraphNode[] = [];
  const edges: SceneGraphEdge[] = [];
  for (const scene of scenes.values()) {
    nodes.push({
      id: scene.id,
      title: scene.title,
      isEnding: isEnding(scene),
      isStart: scene.id === content.startSceneId,
      problems: [...(problems.get(scene.id) ?? [])],
    });
    for (const choice of scene.choices) {
      if (choice.nextSceneId == null || !scenes.has(choice.nextSceneId)) continue;
      edges.push({
        from: scene.id,
        to: choice.nextSceneId,
        choiceId: choice.id,
        label: choice.label,
        conditional: choice.condition != null,
      });
    }
  }
  return { nodes, edges };
}
