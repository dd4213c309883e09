import {
  ENDING_RATINGS,
  SCENARIO_LIMITS,
  type Scene,
  type ScenarioContent,
  type ScenarioProblem,
} from '@common-ground/shared';
import { Button, ErrorMessage, Radios, Select, Textarea, TextInput } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { plural, RATING_LABELS, RATING_OPTION_LABELS } from '../components/labels';
import { ChoiceFields } from './ChoiceFields';
import { ConfirmDelete } from './ConfirmDelete';
import { IMAGE_ALT_MISSING, MediaField, useEditorMedia } from './MediaField';
import { sceneCardId } from './ProblemList';
import { RichTextEditor } from './RichTextEditor';
import { addChoice, choiceIds, choicesLeadingTo, removeScene, setEnding, uniqueId, updateScene } from './scenarioEdits';

export interface SceneCardProps {
  content: ScenarioContent;
  scene: Scene;
  /** Validation problems of this scene (including its choices'). */
  problems: readonly ScenarioProblem[];
  editing: boolean;
  onEdit: () => void;
  onDone: () => void;
  onPreview: () => void;
  onChange: (next: ScenarioContent) => void;
  /** Called after the scene is deleted, with its title, so the editor can say so and move focus. */
  onDeleted: (title: string) => void;
}

/** The id of a scene card's heading, which takes focus when the scene is selected. */
export function sceneHeadingId(sceneId: string): string {
  return `scene-card-heading-${sceneId}`;
}

/** Plain text of sanitised narrative HTML for the card's summary (DOMParser runs no scripts). */
function plainText(html: string): string {
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() ?? '';
}

function excerpt(text: string, length = 160): string {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/**
 * One scene in the form editor as a GOV.UK summary card: a summary to scan, or, while editing, its
 * fields. Its problems are shown on the card, in words with an error border, and on the fields
 * they concern, so an editor fixes each where it is.
 */
export function SceneCard({
  content,
  scene,
  problems,
  editing,
  onEdit,
  onDone,
  onPreview,
  onChange,
  onDeleted,
}: SceneCardProps) {
  const title = scene.title.trim() || 'Untitled scene';
  const isStart = content.startSceneId === scene.id;
  const sceneProblems = problems.filter((problem) => problem.choiceId === undefined);
  const speaker = content.characters.find((character) => character.id === scene.speakerId);
  const titleOf = (id: string | null) =>
    id == null
      ? 'nowhere yet'
      : (content.scenes.find((candidate) => candidate.id === id)?.title.trim() ?? 'a deleted scene') ||
        'Untitled scene';
  const idBase = `scene-${scene.id}`;
  const { resolve } = useEditorMedia();
  const mediaKind = scene.mediaId ? (resolve(scene.mediaId)?.kind ?? 'IMAGE') : null;
  const mediaSummary =
    mediaKind === 'AUDIO'
      ? `Recording${scene.mediaAlt?.trim() ? `: ${scene.mediaAlt.trim()}` : ''}`
      : scene.mediaAlt?.trim()
        ? `Picture: ${scene.mediaAlt.trim()}`
        : `Picture, with no description yet. ${IMAGE_ALT_MISSING}`;

  return (
    <div
      className={classNames('govuk-summary-card', problems.length > 0 && 'app-summary-card--error')}
      id={sceneCardId(scene.id)}
    >
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" tabIndex={-1} id={sceneHeadingId(scene.id)}>
          {title}
          {isStart ? <span className="govuk-caption-m"> Start scene</span> : null}
          {scene.ending ? <span className="govuk-caption-m"> Ending: {RATING_LABELS[scene.ending.rating]}</span> : null}
          {problems.length > 0 ? (
            <span className="govuk-caption-m">
              {' '}
              <strong className="govuk-tag govuk-tag--red">{plural(problems.length, 'problem')}</strong>
            </span>
          ) : null}
        </h3>
        <ul className="govuk-summary-card__actions">
          {editing ? null : (
            <li className="govuk-summary-card__action">
              <button type="button" className="app-link-button" onClick={onEdit}>
                Edit <span className="govuk-visually-hidden">{title}</span>
              </button>
            </li>
          )}
          <li className="govuk-summary-card__action">
            <button type="button" className="app-link-button" onClick={onPreview}>
              Preview from here<span className="govuk-visually-hidden">: {title}</span>
            </button>
          </li>
        </ul>
      </div>
      <div className="govuk-summary-card__content">
        {sceneProblems.length > 0 ? (
          <div className="app-problems">
            {sceneProblems.map((problem, index) => (
              <ErrorMessage key={index} id={`${idBase}-problem-${index + 1}`} message={problem.message} />
            ))}
          </div>
        ) : null}
        {editing ? (
          <SceneForm content={content} scene={scene} problems={problems} onChange={onChange} idBase={idBase} />
        ) : (
          <dl className="govuk-summary-list">
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">Speaker</dt>
              <dd className="govuk-summary-list__value">
                {speaker
                  ? `${speaker.name}, ${speaker.role}`
                  : scene.speakerId
                    ? scene.speakerId
                    : 'Nobody (narration)'}
              </dd>
            </div>
            <div className="govuk-summary-list__row">
              <dt className="govuk-summary-list__key">What happens</dt>
              <dd className="govuk-summary-list__value">{excerpt(plainText(scene.narrative)) || 'Not written yet'}</dd>
            </div>
            {scene.mediaId ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Picture or recording</dt>
                <dd className="govuk-summary-list__value">{mediaSummary}</dd>
              </div>
            ) : null}
            {scene.ending ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Summary for the learner</dt>
                <dd className="govuk-summary-list__value">{scene.ending.summary || 'Not written yet'}</dd>
              </div>
            ) : null}
            {scene.choices.length > 0 || !scene.ending ? (
              <div className="govuk-summary-list__row">
                <dt className="govuk-summary-list__key">Choices</dt>
                <dd className="govuk-summary-list__value">
                  {scene.choices.length === 0 ? (
                    'None yet'
                  ) : (
                    <ol className="govuk-list govuk-list--number">
                      {scene.choices.map((choice) => (
                        <li key={choice.id}>
                          {choice.label.trim() || 'Unlabelled choice'} <span aria-hidden="true">→</span>{' '}
                          <span className="govuk-visually-hidden">leads to</span> {titleOf(choice.nextSceneId)}
                          {choice.condition ? ' (only sometimes)' : ''}
                        </li>
                      ))}
                    </ol>
                  )}
                </dd>
              </div>
            ) : null}
          </dl>
        )}
        <div className="govuk-button-group">
          {editing ? (
            <Button type="button" onClick={onDone}>
              Done <span className="govuk-visually-hidden">editing {title}</span>
            </Button>
          ) : null}
          <ConfirmDelete
            action="Delete scene"
            thing={`‘${title}’`}
            consequences={(() => {
              const leading = choicesLeadingTo(content, scene.id);
              return (
                <p className="govuk-body">
                  {leading > 0
                    ? `${plural(leading, 'choice')} ${leading === 1 ? 'leads' : 'lead'} here and will lead nowhere until you choose another scene.`
                    : 'No choices lead here.'}
                  {isStart ? ' This is the start scene, so you will need to choose another.' : ''}
                </p>
              );
            })()}
            onConfirm={() => {
              onChange(removeScene(content, scene.id));
              onDeleted(title);
            }}
          />
        </div>
      </div>
    </div>
  );
}

function SceneForm({
  content,
  scene,
  problems,
  onChange,
  idBase,
}: {
  content: ScenarioContent;
  scene: Scene;
  problems: readonly ScenarioProblem[];
  onChange: (next: ScenarioContent) => void;
  idBase: string;
}) {
  const messageFor = (code: ScenarioProblem['code']) =>
    problems.find((problem) => problem.choiceId === undefined && problem.code === code)?.message;
  const speakerKnown = scene.speakerId == null || content.characters.some((c) => c.id === scene.speakerId);
  const canAddChoice = scene.choices.length < SCENARIO_LIMITS.choicesPerSceneMax;

  return (
    <div className="app-scene-form">
      <TextInput
        id={`${idBase}-title`}
        label="Scene title"
        hint="Learners see it as the heading."
        error={messageFor('EMPTY_LABEL')}
        value={scene.title}
        onChange={(title) => onChange(updateScene(content, scene.id, { title }))}
      />
      <Select
        id={`${idBase}-speaker`}
        label="Who speaks"
        error={messageFor('UNKNOWN_SPEAKER')}
        options={[
          { value: '', text: 'Nobody (narration)' },
          ...(speakerKnown ? [] : [{ value: scene.speakerId ?? '', text: `${scene.speakerId} (not a character)` }]),
          ...content.characters.map((character) => ({
            value: character.id,
            text: `${character.name || 'Unnamed character'}${character.role ? `, ${character.role}` : ''}`,
          })),
        ]}
        value={scene.speakerId ?? ''}
        onChange={(speakerId) => onChange(updateScene(content, scene.id, { speakerId: speakerId || null }))}
      />
      <RichTextEditor
        key={scene.id}
        id={`${idBase}-narrative`}
        label="What happens"
        hint="Tell this part of the story in plain English."
        value={scene.narrative}
        onChange={(narrative) => onChange(updateScene(content, scene.id, { narrative }))}
      />
      <SceneMediaFields content={content} scene={scene} onChange={onChange} idBase={idBase} />
      <Radios
        idPrefix={`${idBase}-kind`}
        legend="What kind of scene is this?"
        items={[
          { value: 'SCENE', text: 'A scene with choices' },
          { value: 'ENDING', text: 'An ending', hint: 'The story stops here and the learner sees the outcome.' },
        ]}
        value={scene.ending ? 'ENDING' : 'SCENE'}
        onChange={(kind) =>
          onChange(setEnding(content, scene.id, kind === 'ENDING' ? { summary: '', rating: 'MIXED' } : null))
        }
      />
      {scene.ending ? (
        <div className="govuk-inset-text">
          <Textarea
            id={`${idBase}-summary`}
            label="Summary for the learner"
            hint="What happened and what to take away from it."
            rows={3}
            value={scene.ending.summary}
            onChange={(summary) =>
              onChange(setEnding(content, scene.id, { rating: 'MIXED', ...scene.ending, summary }))
            }
          />
          <Radios
            idPrefix={`${idBase}-rating`}
            legend="How good is this outcome?"
            inline
            items={ENDING_RATINGS.map((rating) => ({ value: rating, text: RATING_OPTION_LABELS[rating] }))}
            value={scene.ending.rating}
            onChange={(value) => {
              const rating = ENDING_RATINGS.find((candidate) => candidate === value) ?? 'MIXED';
              onChange(setEnding(content, scene.id, { summary: scene.ending?.summary ?? '', rating }));
            }}
          />
        </div>
      ) : null}
      {scene.choices.length > 0 || !scene.ending ? (
        <>
          <h4 className="govuk-heading-s">Choices</h4>
          <p className="govuk-body">
            {scene.ending
              ? 'An ending cannot offer choices. Remove these, or make this a scene with choices.'
              : `Offer ${SCENARIO_LIMITS.choicesPerSceneMin} to ${SCENARIO_LIMITS.choicesPerSceneMax} choices.`}
          </p>
          {scene.choices.map((choice, index) => (
            <ChoiceFields
              key={choice.id}
              content={content}
              sceneId={scene.id}
              choice={choice}
              index={index}
              count={scene.choices.length}
              problems={problems.filter((problem) => problem.choiceId === choice.id)}
              onChange={onChange}
            />
          ))}
          {canAddChoice && !scene.ending ? (
            <button
              type="button"
              className="govuk-button govuk-button--secondary"
              onClick={() => onChange(addChoice(content, scene.id, { id: uniqueId('choice', choiceIds(content)) }))}
            >
              Add a choice <span className="govuk-visually-hidden">to {scene.title.trim() || 'this scene'}</span>
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

/** The scene's optional picture or recording, with its text alternative. */
function SceneMediaFields({
  content,
  scene,
  onChange,
  idBase,
}: {
  content: ScenarioContent;
  scene: Scene;
  onChange: (next: ScenarioContent) => void;
  idBase: string;
}) {
  return (
    <MediaField
      id={`${idBase}-media`}
      label="Picture or recording (optional)"
      hint="A JPEG, PNG, WebP or GIF picture up to 10 MB, or an MP3, M4A, OGG or WAV recording up to 50 MB."
      accept="image/jpeg,image/png,image/webp,image/gif,audio/mpeg,audio/mp4,audio/x-m4a,audio/ogg,audio/wav,audio/x-wav"
      kinds={['IMAGE', 'AUDIO']}
      mediaId={scene.mediaId}
      alt={scene.mediaAlt ?? ''}
      onUploaded={(media) => onChange(updateScene(content, scene.id, { mediaId: media.id }))}
      onRemove={() => onChange(updateScene(content, scene.id, { mediaId: null, mediaAlt: null }))}
    >
      {(media) =>
        media?.kind === 'AUDIO' ? (
          <Textarea
            id={`${idBase}-media-alt`}
            label="Description of the recording (optional)"
            hint="Say what it is, such as ‘Phone call from the resident’. Put what is said in the story text too, for people who cannot hear it."
            rows={2}
            value={scene.mediaAlt ?? ''}
            onChange={(mediaAlt) => onChange(updateScene(content, scene.id, { mediaAlt }))}
          />
        ) : (
          <Textarea
            id={`${idBase}-media-alt`}
            label="Describe the picture"
            hint="For people who cannot see it. Say what matters for the story, such as ‘A crowded waiting room’."
            rows={2}
            error={scene.mediaAlt?.trim() ? undefined : IMAGE_ALT_MISSING}
            value={scene.mediaAlt ?? ''}
            onChange={(mediaAlt) => onChange(updateScene(content, scene.id, { mediaAlt }))}
          />
        )
      }
    </MediaField>
  );
}
