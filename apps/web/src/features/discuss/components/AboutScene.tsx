import type { ReactNode } from 'react';
import { Details } from '../../../ui';
import { useStoryScenes } from '../storyScenes';

/**
 * A post's body with the scenario scene it is about. In a scenario lesson's discussion a post about
 * a scene the reader has reached says which; one about a scene they have not reached yet is folded
 * (a native details element, so keyboard accessible) until they reach it or choose to open it.
 */
export function AboutScene({ sceneId, children }: { sceneId: string | null; children: ReactNode }) {
  const scenes = useStoryScenes();
  if (!sceneId || !scenes) return <>{children}</>;
  const scene = scenes.find((candidate) => candidate.id === sceneId);
  if (!scene) {
    return <Details summary="This post is about a later part of the story. Open it anyway">{children}</Details>;
  }
  return (
    <>
      <p className="govuk-body-s govuk-!-margin-bottom-2">About: {scene.title}</p>
      {children}
    </>
  );
}
