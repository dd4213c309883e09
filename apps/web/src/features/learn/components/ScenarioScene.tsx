import { useState, type FormEvent, type Ref } from 'react';
import { Button, ErrorSummary, Radios } from '../../../ui';
import '../learn.scss';

/** An image or a recording to go with a scene; the lead resolves a scene's media id to a URL. */
export type SceneMedia = { kind: 'IMAGE'; src: string; alt: string } | { kind: 'AUDIO'; src: string; label: string };

export interface ScenarioSceneProps {
  scene: { id: string; title: string; narrative: string };
  speaker?: { name: string; role: string; avatar?: { url: string } | null } | null;
  media?: SceneMedia | null;
  /** The choices visible now (the engine's `visibleChoices`), in the author's order. */
  choices: ReadonlyArray<{ id: string; label: string }>;
  /** This decision's number, from 1. */
  step: number;
  /** The most decisions any path can take, when known: shows "Step 3 of up to 7" instead of "Decision 3". */
  maxSteps?: number | null;
  question?: string;
  /** Saves the choice. Rejecting with an Error shows its message in the error summary, so keep it plain English. */
  onChoose: (choiceId: string) => Promise<void>;
  busy?: boolean;
  /** The scene's title heading, focused by the player when the scene changes. */
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 1 | 2;
}

const FIELD_ID = 'scene-choice';
const FALLBACK_ERROR = 'Your choice could not be saved. Try again.';

/**
 * One scene of a scenario: the story so far and one question, "What do you do?", answered with
 * radios and a Continue button (one thing per page, as UX.md asks). Consequences come on the next
 * view, so this component only collects and sends the choice.
 */
export function ScenarioScene({
  scene,
  speaker,
  media,
  choices,
  step,
  maxSteps,
  question = 'What do you do?',
  onChoose,
  busy = false,
  headingRef,
  headingLevel = 2,
}: ScenarioSceneProps) {
  // Keyed by scene so a new scene starts with nothing selected and no errors.
  const [selected, setSelected] = useState({ sceneId: scene.id, choiceId: '' });
  const [error, setError] = useState<{ sceneId: string; message: string; missing: boolean; attempt: number } | null>(
    null,
  );
  const choiceId = selected.sceneId === scene.id ? selected.choiceId : '';
  const shownError = error?.sceneId === scene.id ? error : null;
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const headingClass = headingLevel === 1 ? 'govuk-heading-l' : 'govuk-heading-m';
  const captionClass = headingLevel === 1 ? 'govuk-caption-l' : 'govuk-caption-m';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    const attempt = (shownError?.attempt ?? 0) + 1;
    if (!choiceId) {
      setError({ sceneId: scene.id, message: 'Select what you do', missing: true, attempt });
      return;
    }
    setError(null);
    try {
      await onChoose(choiceId);
    } catch (caught) {
      const message = caught instanceof Error && caught.message ? caught.message : FALLBACK_ERROR;
      setError({ sceneId: scene.id, message, missing: false, attempt });
    }
  };

  return (
    <div className="app-scene">
      {shownError ? (
        <ErrorSummary
          key={shownError.attempt}
          errors={[{ text: shownError.message, href: shownError.missing ? `#${FIELD_ID}` : undefined }]}
        />
      ) : null}
      <Heading className={headingClass} tabIndex={-1} ref={headingRef}>
        <span className={captionClass}>{maxSteps ? `Step ${step} of up to ${maxSteps}` : `Decision ${step}`}</span>
        {scene.title}
      </Heading>
      {speaker ? (
        <p className="govuk-body app-scene__speaker">
          {/* Decorative: the name beside it says who is speaking. */}
          {speaker.avatar ? <img className="app-scene__avatar" src={speaker.avatar.url} alt="" /> : null}
          <strong>{speaker.name}</strong>
          {speaker.role ? `, ${speaker.role}` : null}
        </p>
      ) : null}
      {media?.kind === 'IMAGE' ? <img className="app-scene__image" src={media.src} alt={media.alt} /> : null}
      {media?.kind === 'AUDIO' ? (
        <figure className="app-scene__audio">
          <figcaption className="govuk-body-s">{media.label}</figcaption>
          <audio controls preload="none" src={media.src} aria-label={media.label} />
        </figure>
      ) : null}
      {/* Safe only because the API sanitises every narrative against one allow-list before storing it. */}
      <div className="govuk-body app-article" dangerouslySetInnerHTML={{ __html: scene.narrative }} />
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <Radios
          idPrefix={FIELD_ID}
          name={`choice-${scene.id}`}
          legend={question}
          legendClassName="govuk-fieldset__legend--m"
          error={shownError?.missing ? shownError.message : undefined}
          items={choices.map((choice) => ({ value: choice.id, text: choice.label }))}
          value={choiceId}
          onChange={(value) => setSelected({ sceneId: scene.id, choiceId: value })}
        />
        <Button loading={busy} loadingText="Saving your choice…">
          Continue
        </Button>
      </form>
    </div>
  );
}
