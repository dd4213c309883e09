import { createContext, useContext } from 'react';

/** A scenario scene the reader has reached, which posts may be about. */
export interface ReachedScene {
  id: string;
  title: string;
}

/**
 * The scenes the reader has reached in the lesson's scenario, for a scenario lesson's discussion
 * (null elsewhere). Posts about any other scene are folded so discussion never spoils the story.
 */
export const StoryScenesContext = createContext<readonly ReachedScene[] | null>(null);

/** The reached scenes, or null outside a scenario lesson's discussion. */
export function useStoryScenes(): readonly ReachedScene[] | null {
  return useContext(StoryScenesContext);
}

interface AttemptPath {
  scenario: {
    scene: { sceneId: string; title: string };
    path: readonly { sceneId: string; sceneTitle: string }[];
  } | null;
}

/**
 * The opening scene (everyone begins there, so it spoils nothing), the scenes on the reader's
 * attempt path and the current one, once each, in the order reached.
 */
export function reachedScenes(start: ReachedScene, attempt: AttemptPath | null | undefined): ReachedScene[] {
  const byId = new Map<string, ReachedScene>([[start.id, { id: start.id, title: start.title }]]);
  const play = attempt?.scenario;
  if (!play) return [...byId.values()];
  for (const step of play.path)
    if (!byId.has(step.sceneId)) byId.set(step.sceneId, { id: step.sceneId, title: step.sceneTitle });
  if (!byId.has(play.scene.sceneId)) byId.set(play.scene.sceneId, { id: play.scene.sceneId, title: play.scene.title });
  return [...byId.values()];
}
