import type { ScenarioProblem, ScenarioProblemCode } from '@common-ground/shared';
import { useId, type MouseEvent } from 'react';
import { plural } from '../components/labels';

export interface ProblemListProps {
  problems: readonly ScenarioProblem[];
  scenes: ReadonlyArray<{ id: string; title: string }>;
  /** Opens the scene's card in the form; the link's href is the fallback. */
  onSelectScene: (sceneId: string) => void;
}

/** The id of a scene's card in the form, which problem links and map nodes point at. */
export function sceneCardId(sceneId: string): string {
  return `scene-card-${sceneId}`;
}

/** Where a problem that is not about one scene is fixed; the rest have no one place. */
const WHOLE_SCENARIO_HREFS: Partial<Record<ScenarioProblemCode, string>> = {
  NO_START: '#scenario-start',
  DUPLICATE_ID: '#scenario-cast',
  TYPE_MISMATCH: '#scenario-cast',
  UNKNOWN_VARIABLE: '#scenario-cast',
};

/**
 * Every reason the scenario cannot be published, in the GOV.UK error summary's style, each linked
 * to the scene card where it is fixed. Unlike a form's error summary it does not take focus or
 * interrupt: it updates as the editor types, so it must not pull focus away from the field.
 */
export function ProblemList({ problems, scenes, onSelectScene }: ProblemListProps) {
  // Unique, as the lesson editor can show a refused publication's list above the editor's own.
  const titleId = `${useId()}-problems-title`;
  if (problems.length === 0) {
    return (
      <div className="govuk-inset-text" role="status">
        No problems found. This scenario can be published.
      </div>
    );
  }
  const titleOf = (id: string) => scenes.find((scene) => scene.id === id)?.title.trim() || 'Untitled scene';
  const open = (event: MouseEvent<HTMLAnchorElement>, sceneId: string) => {
    event.preventDefault();
    onSelectScene(sceneId);
  };
  return (
    <div className="govuk-error-summary" aria-labelledby={titleId}>
      <h2 className="govuk-error-summary__title" id={titleId}>
        This scenario cannot be published yet
      </h2>
      <div className="govuk-error-summary__body">
        <p className="govuk-body" role="status">
          {plural(problems.length, 'problem')} to fix.
        </p>
        <ul className="govuk-list govuk-error-summary__list">
          {problems.map((problem, index) => {
            const key = `${problem.sceneId ?? ''}-${problem.choiceId ?? ''}-${problem.code}-${index}`;
            if (problem.sceneId !== null) {
              const sceneId = problem.sceneId;
              return (
                <li key={key}>
                  <a href={`#${sceneCardId(sceneId)}`} onClick={(event) => open(event, sceneId)}>
                    {titleOf(sceneId)}: {problem.message}
                  </a>
                </li>
              );
            }
            const href = WHOLE_SCENARIO_HREFS[problem.code];
            return <li key={key}>{href ? <a href={href}>{problem.message}</a> : problem.message}</li>;
          })}
        </ul>
      </div>
    </div>
  );
}
