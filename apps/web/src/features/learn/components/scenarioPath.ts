import type { ScenarioContent, ScenarioStep } from '@common-ground/shared';
import type { PathStep } from './ScenarioEnding';

/**
 * The most decisions any path from `fromSceneId` can take before an ending, for "Step 3 of up to
 * 7". Null when a loop can be reached (no upper bound) or the scene is unknown, so the player falls
 * back to "Decision 3". Follows every choice whatever its condition, as validation does.
 */
export function maxDecisions(content: ScenarioContent, fromSceneId: string): number | null {
  const scenes = new Map<string, ScenarioContent['scenes'][number]>();
  for (const scene of content.scenes) if (!scenes.has(scene.id)) scenes.set(scene.id, scene);
  const memo = new Map<string, number>();
  const visiting = new Set<string>();

  const longest = (id: string): number | null => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const scene = scenes.get(id);
    if (!scene) return null;
    if (visiting.has(id)) return null;
    visiting.add(id);
    let best = 0;
    for (const choice of scene.ending ? [] : scene.choices) {
      if (choice.nextSceneId == null || !scenes.has(choice.nextSceneId)) continue;
      const onward = longest(choice.nextSceneId);
      if (onward === null) return null;
      best = Math.max(best, onward + 1);
    }
    visiting.delete(id);
    memo.set(id, best);
    return best;
  };
  return longest(fromSceneId);
}

/** The steps a learner took as scene titles and choice labels, for the ending's "The path you took". */
export function describePath(content: ScenarioContent, path: readonly ScenarioStep[]): PathStep[] {
  return path.map((step) => {
    const scene = content.scenes.find((candidate) => candidate.id === step.sceneId);
    const choice = scene?.choices.find((candidate) => candidate.id === step.choiceId);
    return {
      sceneId: step.sceneId,
      sceneTitle: scene?.title ?? 'A scene that has since been removed',
      choiceLabel: choice?.label ?? 'A choice that has since been removed',
    };
  });
}
