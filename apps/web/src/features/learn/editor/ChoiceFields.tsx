import type { Choice, ScenarioContent, ScenarioProblem } from '@common-ground/shared';
import { Details, ErrorMessage, Select, Textarea, TextInput } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { ConfirmDelete } from './ConfirmDelete';
import { NumberInput } from './NumberInput';
import { ConditionEditor, EffectsEditor } from './RuleEditors';
import { moveChoice, removeChoice, updateChoice } from './scenarioEdits';

export interface ChoiceFieldsProps {
  content: ScenarioContent;
  sceneId: string;
  choice: Choice;
  index: number;
  count: number;
  problems: readonly ScenarioProblem[];
  onChange: (next: ScenarioContent) => void;
}

/**
 * One choice's fields: its label, feedback, score and the scene it leads to, with variables and a
 * condition tucked into Details because most choices need neither. Its problems show on the fields
 * they are about; move buttons replace dragging (WCAG 2.5.7).
 */
export function ChoiceFields({ content, sceneId, choice, index, count, problems, onChange }: ChoiceFieldsProps) {
  const id = `choice-${choice.id}`;
  const number = index + 1;
  const update = (patch: Partial<Omit<Choice, 'id'>>) => onChange(updateChoice(content, sceneId, choice.id, patch));
  const messageFor = (code: ScenarioProblem['code']) => problems.find((problem) => problem.code === code)?.message;
  const other = problems.filter(
    (problem) => problem.code !== 'EMPTY_LABEL' && problem.code !== 'CHOICE_WITHOUT_TARGET',
  );
  const hasRules = (choice.effects?.length ?? 0) > 0 || choice.condition != null;
  const targetKnown = choice.nextSceneId == null || content.scenes.some((scene) => scene.id === choice.nextSceneId);

  return (
    <fieldset
      className={classNames('govuk-fieldset app-choice', problems.length > 0 && 'app-choice--error')}
      id={id}
      aria-describedby={other.length > 0 ? `${id}-problems` : undefined}
    >
      <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">
        Choice {number}
        {choice.label.trim() ? `: ${choice.label}` : ''}
      </legend>
      {other.length > 0 ? (
        <div id={`${id}-problems`}>
          {other.map((problem, at) => (
            <ErrorMessage key={at} id={`${id}-problem-${at + 1}`} message={problem.message} />
          ))}
        </div>
      ) : null}
      <TextInput
        id={`${id}-label`}
        label="What the learner can choose"
        error={messageFor('EMPTY_LABEL')}
        value={choice.label}
        onChange={(label) => update({ label })}
      />
      <Textarea
        id={`${id}-feedback`}
        label="Feedback after choosing"
        hint="Say what happens because of this choice and why."
        rows={3}
        value={choice.feedback}
        onChange={(feedback) => update({ feedback })}
      />
      <NumberInput
        id={`${id}-score`}
        label="Score (optional)"
        hint="A whole number. Use a minus sign for a poor choice, like -1."
        optional
        errorName="the score"
        value={choice.score ?? null}
        onChange={(score) => update({ score })}
      />
      <Select
        id={`${id}-next`}
        label="Leads to"
        error={messageFor('CHOICE_WITHOUT_TARGET')}
        options={[
          { value: '', text: 'Choose a scene' },
          ...(targetKnown ? [] : [{ value: choice.nextSceneId ?? '', text: `${choice.nextSceneId} (deleted)` }]),
          ...content.scenes.map((scene) => ({
            value: scene.id,
            text: `${scene.title.trim() || 'Untitled scene'}${scene.ending ? ' (ending)' : ''}`,
          })),
        ]}
        value={choice.nextSceneId ?? ''}
        onChange={(next) => update({ nextSceneId: next === '' ? null : next })}
      />
      <Details summary="Variables and conditions (optional)" open={hasRules || other.length > 0}>
        <EffectsEditor
          idBase={id}
          effects={choice.effects ?? []}
          variables={content.variables}
          onChange={(effects) => update({ effects })}
        />
        <ConditionEditor
          idBase={id}
          condition={choice.condition}
          variables={content.variables}
          onChange={(condition) => update({ condition })}
        />
      </Details>
      <div className="govuk-button-group">
        {index > 0 ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(moveChoice(content, sceneId, choice.id, -1))}
          >
            Move up <span className="govuk-visually-hidden">choice {number}</span>
          </button>
        ) : null}
        {index < count - 1 ? (
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => onChange(moveChoice(content, sceneId, choice.id, 1))}
          >
            Move down <span className="govuk-visually-hidden">choice {number}</span>
          </button>
        ) : null}
        <ConfirmDelete
          action="Remove choice"
          thing={`${number}`}
          onConfirm={() => onChange(removeChoice(content, sceneId, choice.id))}
        />
      </div>
    </fieldset>
  );
}
