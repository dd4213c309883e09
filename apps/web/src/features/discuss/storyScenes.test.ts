import { describe, expect, it } from 'vitest';
import { reachedScenes } from './storyScenes';

const start = { id: 'scene-a', title: 'On the doorstep' };

describe('reachedScenes', () => {
  it('lists the opening scene, the path’s scenes and the current one, each once, in the order reached', () => {
    const attempt = {
      scenario: {
        scene: { sceneId: 'scene-c', title: 'The follow-up call' },
        path: [
          { sceneId: 'scene-a', sceneTitle: 'On the doorstep' },
          { sceneId: 'scene-b', sceneTitle: 'In the kitchen' },
          { sceneId: 'scene-a', sceneTitle: 'On the doorstep' },
        ],
      },
    };
    expect(reachedScenes(start, attempt)).toEqual([
      { id: 'scene-a', title: 'On the doorstep' },
      { id: 'scene-b', title: 'In the kitchen' },
      { id: 'scene-c', title: 'The follow-up call' },
    ]);
  });

  it('is the opening scene alone before the reader starts', () => {
    expect(reachedScenes(start, null)).toEqual([start]);
    expect(reachedScenes(start, { scenario: null })).toEqual([start]);
  });
});
