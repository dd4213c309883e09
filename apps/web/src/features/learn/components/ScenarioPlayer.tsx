import {
  choose,
  endingOf,
  startScenario,
  visibleChoices,
  type Choice,
  type Scene,
  type ScenarioContent,
  type ScenarioState,
} from '@common-ground/shared';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Button, Details, SummaryList, WarningText } from '../../../ui';
import { ChoiceFeedback } from './ChoiceFeedback';
import { ScenarioEnding } from './ScenarioEnding';
import { ScenarioScene, type SceneMedia } from './ScenarioScene';
import { describePath, maxDecisions } from './scenarioPath';

export interface ScenarioPlayerProps {
  content: ScenarioContent;
  /** Preview from this scene instead of the start; variables start at their initial values. */
  startSceneId?: string;
  /** Turns a scene's media id into something to show or play; no media is shown without it. */
  resolveMedia?: (scene: Scene) => SceneMedia | null;
  /** The address of a character's picture by its media id, or null when unknown. */
  resolveAvatar?: (mediaId: string) => string | null;
  headingLevel?: 1 | 2;
}

type Phase = { kind: 'scene' } | { kind: 'feedback'; choice: Choice };

interface Play {
  state: ScenarioState;
  phase: Phase;
  /** Goes up on every step, so focus moves even when a loop returns to the same scene. */
  turn: number;
}

function start(content: ScenarioContent, startSceneId: string | undefined): Play | { error: string } {
  try {
    const state = startScenario(startSceneId ? { ...content, startSceneId } : content);
    return { state, phase: { kind: 'scene' }, turn: 0 };
  } catch (caught) {
    return { error: caught instanceof Error ? caught.message : 'The scenario cannot be played.' };
  }
}

/**
 * Plays a scenario in the browser with the shared engine, for the editor's preview (a learner's
 * real play goes through the API, which keeps the state). Drives the same scene, feedback and
 * ending views the learner sees; after each step focus moves to the new heading and a polite live
 * region names the scene, so keyboard and screen reader users know where they are.
 */
export function ScenarioPlayer({
  content,
  startSceneId,
  resolveMedia,
  resolveAvatar,
  headingLevel = 2,
}: ScenarioPlayerProps) {
  const [play, setPlay] = useState(() => start(content, startSceneId));
  const [announcement, setAnnouncement] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);

  const current = 'error' in play ? null : play;
  const scene = current ? content.scenes.find((candidate) => candidate.id === current.state.sceneId) : undefined;
  const ending = current ? endingOf(content, current.state) : null;
  const maxSteps = useMemo(() => maxDecisions(content, startSceneId ?? content.startSceneId), [content, startSceneId]);

  // Focus moves only when the learner takes a step (not on first render, nor when the editor
  // changes the content under the preview).
  const viewKey = current ? `${current.turn}-${current.phase.kind}` : 'error';
  const focusedKey = useRef(viewKey);
  useEffect(() => {
    if (focusedKey.current === viewKey) return;
    focusedKey.current = viewKey;
    headingRef.current?.focus();
  }, [viewKey]);

  const sceneAnnouncement = (next: Scene) => `${next.ending ? 'Ending' : 'Scene'}: ${next.title}`;

  const restart = () => {
    const fresh = start(content, startSceneId);
    if ('error' in fresh) {
      setPlay(fresh);
      return;
    }
    setPlay({ ...fresh, turn: (current?.turn ?? 0) + 1 });
    const first = content.scenes.find((candidate) => candidate.id === fresh.state.sceneId);
    if (first) setAnnouncement(sceneAnnouncement(first));
  };

  if (!current || !scene) {
    return (
      <WarningText>
        This scenario cannot be previewed yet: {'error' in play ? play.error : 'the scene no longer exists.'}
      </WarningText>
    );
  }

  const speakerOf = (id: string | null | undefined) => content.characters.find((character) => character.id === id);
  const speaker = speakerOf(scene.speakerId);
  const avatarOf = (mediaId: string | null | undefined) => {
    const url = mediaId ? resolveAvatar?.(mediaId) : null;
    return url ? { url } : null;
  };

  let view;
  if (current.phase.kind === 'feedback') {
    const { choice } = current.phase;
    view = (
      <ChoiceFeedback
        choice={choice}
        scoreChange={choice.score ?? null}
        stats={null}
        headingRef={headingRef}
        headingLevel={headingLevel}
        onContinue={() => {
          setPlay({ ...current, phase: { kind: 'scene' }, turn: current.turn + 1 });
          setAnnouncement(sceneAnnouncement(scene));
        }}
      />
    );
  } else if (ending) {
    view = (
      <ScenarioEnding
        ending={{ title: ending.title, narrative: ending.narrative, ...ending.ending }}
        score={current.state.score}
        path={describePath(content, current.state.path)}
        onRestart={restart}
        headingRef={headingRef}
        headingLevel={headingLevel}
      />
    );
  } else {
    view = (
      <ScenarioScene
        scene={scene}
        speaker={speaker ? { name: speaker.name, role: speaker.role, avatar: avatarOf(speaker.avatarMediaId) } : null}
        media={resolveMedia?.(scene) ?? null}
        choices={visibleChoices(content, current.state)}
        step={current.state.path.length + 1}
        maxSteps={maxSteps}
        headingRef={headingRef}
        headingLevel={headingLevel}
        onChoose={async (choiceId) => {
          // The engine throws a ScenarioError with a plain-English message; ScenarioScene shows it.
          const result = choose(content, current.state, choiceId);
          setPlay({ state: result.state, phase: { kind: 'feedback', choice: result.choice }, turn: current.turn + 1 });
          setAnnouncement('Feedback on your choice');
        }}
      />
    );
  }

  return (
    <div className="app-player">
      {view}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      <Details summary="Preview details: score and variables">
        <SummaryList
          rows={[
            { key: 'Score', value: String(current.state.score) },
            ...content.variables.map((variable) => {
              const value = current.state.variables[variable.name];
              return {
                key: variable.label || variable.name,
                value: typeof value === 'boolean' ? (value ? 'Yes' : 'No') : String(value ?? ''),
              };
            }),
          ]}
        />
      </Details>
      {ending ? null : (
        <Button type="button" variant="secondary" onClick={restart}>
          Restart preview
        </Button>
      )}
    </div>
  );
}
