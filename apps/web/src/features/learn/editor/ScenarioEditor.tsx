import { validateScenario, type ScenarioContent, type ScenarioProblem } from '@common-ground/shared';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { Button, Select } from '../../../ui';
import { ScenarioPlayer } from '../components/ScenarioPlayer';
import { CastAndVariables } from './CastAndVariables';
import { EditorMediaContext, sceneMediaOf, type EditorMedia, type ResolveMedia, type UploadMedia } from './MediaField';
import { ProblemList } from './ProblemList';
import { SceneCard, sceneHeadingId } from './SceneCard';
import { ScenarioMap } from './ScenarioMap';
import { addScene, sceneIds, setStart, uniqueId } from './scenarioEdits';
import '../learn.scss';

export interface ScenarioEditorProps {
  value: ScenarioContent;
  onChange: (next: ScenarioContent) => void;
  /**
   * Problems found elsewhere, such as the API's for the saved draft (`scenarioProblems`) or a
   * refused publication. They are shown with the editor's own, once each, on the scenes they are about.
   */
  extraProblems?: readonly ScenarioProblem[];
  /** Stores a chosen image or recording; without it, scenes and characters cannot be given new media. */
  onUpload?: UploadMedia;
  /** Turns a media id in the content into something to show or play, for the form and the preview. */
  resolveMedia?: ResolveMedia;
}

const problemKey = (problem: ScenarioProblem): string =>
  JSON.stringify([problem.code, problem.sceneId, problem.choiceId ?? null]);

/**
 * The editor's own problems followed by any others it does not already have (the same code on the
 * same scene and choice); problems about a scene or choice no longer in the content are dropped.
 */
export function mergeProblems(
  content: ScenarioContent,
  own: readonly ScenarioProblem[],
  extra: readonly ScenarioProblem[],
): ScenarioProblem[] {
  const seen = new Set(own.map(problemKey));
  const merged = [...own];
  for (const problem of extra) {
    const key = problemKey(problem);
    if (seen.has(key)) continue;
    const scene =
      problem.sceneId === null ? null : content.scenes.find((candidate) => candidate.id === problem.sceneId);
    if (problem.sceneId !== null && !scene) continue;
    if (problem.choiceId !== undefined && !scene?.choices.some((choice) => choice.id === problem.choiceId)) continue;
    seen.add(key);
    merged.push(problem);
  }
  return merged;
}

type View = 'form' | 'map' | 'preview';

const VIEW_LABELS: Record<View, string> = { form: 'Form', map: 'Map', preview: 'Preview' };

/**
 * The scenario editor. The form is the first view (every scene a summary card, edited in place,
 * its problems shown on it); the map and a learner's preview are second views over the same
 * content. Everything is buttons, links and fields, so it all works by keyboard without dragging
 * (WCAG 2.2, 2.5.7). Edits go up through `onChange` at once; saving is the caller's job.
 */
export function ScenarioEditor({ value, onChange, extraProblems, onUpload, resolveMedia }: ScenarioEditorProps) {
  const [view, setView] = useState<View>('form');
  const [editing, setEditing] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ from: string; run: number }>({ from: value.startSceneId, run: 0 });
  const [status, setStatus] = useState('');
  // What was uploaded here, so its kind is known even when `resolveMedia` cannot tell.
  const [uploaded, setUploaded] = useState<Record<string, EditorMedia>>({});
  const resolve = useCallback<ResolveMedia>(
    (mediaId) => uploaded[mediaId] ?? resolveMedia?.(mediaId) ?? null,
    [uploaded, resolveMedia],
  );
  const mediaTools = useMemo(
    () => ({
      resolve,
      onUpload: onUpload
        ? async (file: File) => {
            const media = await onUpload(file);
            setUploaded((previous) => ({ ...previous, [media.id]: media }));
            return media;
          }
        : undefined,
    }),
    [resolve, onUpload],
  );
  // Media not known yet counts as a picture, as the server would refuse it until described.
  const problems = useMemo(
    () =>
      mergeProblems(
        value,
        validateScenario(value, { isImage: (mediaId) => (resolve(mediaId)?.kind ?? 'IMAGE') === 'IMAGE' }),
        extraProblems ?? [],
      ),
    [value, extraProblems, resolve],
  );
  // An element to focus after the next render, by id; `n` makes a repeat request a new one.
  const [focusRequest, setFocusRequest] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (!focusRequest) return;
    const element = document.getElementById(focusRequest.id);
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus();
  }, [focusRequest]);

  const focus = (id: string) => setFocusRequest((previous) => ({ id, n: (previous?.n ?? 0) + 1 }));

  const openScene = (sceneId: string) => {
    setView('form');
    setEditing(sceneId);
    focus(sceneHeadingId(sceneId));
  };

  const add = () => {
    const id = uniqueId('scene', sceneIds(value));
    onChange(addScene(value, { id, title: `New scene ${value.scenes.length + 1}` }));
    setView('form');
    setEditing(id);
    focus(`scene-${id}-title`);
    setStatus('Scene added.');
  };

  const previewFrom = (sceneId: string) => {
    setPreview((previous) => ({ from: sceneId, run: previous.run + 1 }));
    setView('preview');
    focus('scenario-preview-heading');
  };

  const scenesById = problems.reduce<Record<string, typeof problems>>((grouped, problem) => {
    if (problem.sceneId !== null) (grouped[problem.sceneId] ??= []).push(problem);
    return grouped;
  }, {});

  return (
    <EditorMediaContext.Provider value={mediaTools}>
      <div className="app-scenario-editor">
        <ProblemList problems={problems} scenes={value.scenes} onSelectScene={openScene} />
        <div className="app-view-switch" role="group" aria-label="How to show the scenario">
          {(['form', 'map', 'preview'] as const).map((option) => (
            <button
              key={option}
              type="button"
              className="govuk-button govuk-button--secondary"
              aria-pressed={view === option}
              onClick={() => {
                if (option === 'preview') previewFrom(value.startSceneId);
                else setView(option);
              }}
            >
              {VIEW_LABELS[option]}
            </button>
          ))}
        </div>
        <div className="govuk-visually-hidden" role="status">
          {status}
        </div>

        {view === 'map' ? (
          <>
            <h2 className="govuk-heading-m">Map</h2>
            <ScenarioMap content={value} onSelectScene={openScene} />
          </>
        ) : null}

        {view === 'preview' ? (
          <>
            <h2 className="govuk-heading-m" id="scenario-preview-heading" tabIndex={-1}>
              Preview as a learner
            </h2>
            <ScenarioPlayer
              key={`${preview.from}-${preview.run}`}
              content={value}
              startSceneId={preview.from}
              resolveMedia={(scene) => sceneMediaOf(scene, resolve)}
              resolveAvatar={(mediaId) => resolve(mediaId)?.url ?? null}
              headingLevel={2}
            />
            <Button type="button" variant="secondary" onClick={() => setView('form')}>
              Back to the form
            </Button>
          </>
        ) : null}

        {view === 'form' ? (
          <>
            <h2 className="govuk-heading-m" id="scenario-scenes-heading" tabIndex={-1}>
              Scenes
            </h2>
            <Select
              id="scenario-start"
              label="Start scene"
              hint="Where every learner begins."
              error={problems.find((problem) => problem.code === 'NO_START')?.message}
              options={[
                { value: '', text: 'Choose the start scene' },
                ...value.scenes.map((scene) => ({ value: scene.id, text: scene.title.trim() || 'Untitled scene' })),
              ]}
              value={value.startSceneId}
              onChange={(sceneId) => onChange(setStart(value, sceneId))}
            />
            {value.scenes.length === 0 ? (
              <p className="govuk-body">No scenes yet. Add the first scene of the story.</p>
            ) : null}
            {value.scenes.map((scene) => (
              <SceneCard
                key={scene.id}
                content={value}
                scene={scene}
                problems={scenesById[scene.id] ?? []}
                editing={editing === scene.id}
                onEdit={() => {
                  setEditing(scene.id);
                  focus(`scene-${scene.id}-title`);
                }}
                onDone={() => {
                  setEditing(null);
                  focus(sceneHeadingId(scene.id));
                }}
                onPreview={() => previewFrom(scene.id)}
                onChange={onChange}
                onDeleted={(title) => {
                  if (editing === scene.id) setEditing(null);
                  setStatus(`Scene ‘${title}’ deleted.`);
                  focus('scenario-scenes-heading');
                }}
              />
            ))}
            <Button type="button" variant="secondary" onClick={add}>
              Add a scene
            </Button>
            <CastAndVariables value={value} onChange={onChange} />
          </>
        ) : null}
      </div>
    </EditorMediaContext.Provider>
  );
}
