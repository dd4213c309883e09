import { sceneGraph } from './graph';
import type { ScenarioContent } from './types';

describe('sceneGraph', () => {
  it('maps scenes to nodes with their problems and choices to edges', () => {
    const content: ScenarioContent = {
      characters: [],
      variables: [{ name: 'trust', kind: 'NUMBER', initial: 0 }],
      startSceneId: 'start',
      scenes: [
        {
          id: 'start',
          title: 'Doorstep',
          narrative: '',
          choices: [
            {
              id: 'a',
              label: 'Listen',
              feedback: '',
              nextSceneId: 'end',
              condition: { all: [{ variable: 'trust', op: 'GTE', value: 0 }] },
            },
            { id: 'b', label: 'Leave', feedback: '', nextSceneId: 'missing' },
          ],
        },
        { id: 'end', title: 'Outcome', narrative: '', choices: [], ending: { summary: 'Done', rating: 'MIXED' } },
        { id: 'lost', title: '', narrative: '', choices: [] },
        { id: 'end', title: 'Copy', narrative: '', choices: [], ending: { summary: 'Done', rating: 'GOOD' } },
      ],
    };
    expect(sceneGraph(content)).toEqual({
      nodes: [
        { id: 'start', title: 'Doorstep', isEnding: false, isStart: true, problems: ['CHOICE_WITHOUT_TARGET'] },
        { id: 'end', title: 'Outcome', isEnding: true, isStart: false, problems: ['DUPLICATE_ID'] },
        {
          id: 'lost',
          title: '',
          isEnding: false,
          isStart: false,
          problems: ['EMPTY_LABEL', 'DEAD_END', 'UNREACHABLE_SCENE'],
        },
      ],
      edges: [{ from: 'start', to: 'end', choiceId: 'a', label: 'Listen', conditional: true }],
    });
  });
});
