import type { EndingRating } from '@common-ground/shared';
import type { Ref } from 'react';
import { Button, ButtonGroup, ButtonLink, Tag } from '../../../ui';
import { points, RATING_COLOURS, RATING_LABELS } from './labels';
import '../learn.scss';

/** One step of the path taken: the scene the learner was in and what they chose there. */
export interface PathStep {
  sceneId: string;
  sceneTitle: string;
  choiceLabel: string;
}

export interface ScenarioEndingProps {
  ending: { title: string; narrative: string; summary: string; rating: EndingRating };
  score: number;
  path: readonly PathStep[];
  /** Extra points for reflection, listed under the ending's summary in "What to take away". */
  takeaways?: readonly string[];
  onRestart: () => void;
  /** The next lesson; the button is left out when there is none (the editor's preview, the last lesson). */
  nextLessonHref?: string | null;
  restarting?: boolean;
  headingRef?: Ref<HTMLHeadingElement>;
  headingLevel?: 1 | 2;
}

/**
 * The end of a scenario: the outcome in words (the tag's colour only reinforces it), the score,
 * the path the learner took and what to take away (the ending's summary and any extra points), so
 * they can reflect before moving on or trying another path.
 */
export function ScenarioEnding({
  ending,
  score,
  path,
  takeaways = [],
  onRestart,
  nextLessonHref,
  restarting = false,
  headingRef,
  headingLevel = 2,
}: ScenarioEndingProps) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Subheading = headingLevel === 1 ? 'h2' : 'h3';
  return (
    <div className="app-ending">
      <Heading className={headingLevel === 1 ? 'govuk-heading-l' : 'govuk-heading-m'} tabIndex={-1} ref={headingRef}>
        <span className={headingLevel === 1 ? 'govuk-caption-l' : 'govuk-caption-m'}>The end</span>
        {ending.title}
      </Heading>
      <p className="govuk-body">
        <Tag colour={RATING_COLOURS[ending.rating]}>{RATING_LABELS[ending.rating]}</Tag>
      </p>
      {/* Safe only because the API sanitises every narrative against one allow-list before storing it. */}
      <div className="govuk-body app-article" dangerouslySetInnerHTML={{ __html: ending.narrative }} />
      <p className="govuk-body">
        Your score: <strong>{points(score)}</strong>
      </p>

      <Subheading className="govuk-heading-s" id="ending-path-heading">
        The path you took
      </Subheading>
      {path.length === 0 ? (
        <p className="govuk-body">You made no choices on the way here.</p>
      ) : (
        <ol className="govuk-list govuk-list--number" aria-labelledby="ending-path-heading">
          {path.map((step, index) => (
            <li key={`${step.sceneId}-${index}`}>
              {step.sceneTitle}: <span aria-hidden="true">→ </span>
              <span className="govuk-visually-hidden">you chose </span>
              {step.choiceLabel}
            </li>
          ))}
        </ol>
      )}

      <Subheading className="govuk-heading-s">What to take away</Subheading>
      <p className="govuk-body">{ending.summary}</p>
      {takeaways.length > 0 ? (
        <ul className="govuk-list govuk-list--bullet">
          {takeaways.map((takeaway) => (
            <li key={takeaway}>{takeaway}</li>
          ))}
        </ul>
      ) : null}

      <ButtonGroup>
        {nextLessonHref ? <ButtonLink to={nextLessonHref}>Continue to next lesson</ButtonLink> : null}
        <Button
          type="button"
          variant="secondary"
          onClick={onRestart}
          loading={restarting}
          loadingText="Starting again…"
        >
          Try the scenario again
        </Button>
      </ButtonGroup>
    </div>
  );
}
