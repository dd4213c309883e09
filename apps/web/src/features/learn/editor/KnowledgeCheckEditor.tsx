import type { KnowledgeCheckContent, Question, QuestionOption } from '@common-ground/shared';
import { Radios, Textarea, TextInput } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { ConfirmDelete } from './ConfirmDelete';
import { knowledgeCheckProblems, optionFieldId, passMarkFieldId, questionFieldId } from './knowledgeCheckProblems';
import { NumberInput } from './NumberInput';
import { uniqueId } from './scenarioEdits';
import '../learn.scss';

export interface KnowledgeCheckEditorProps {
  value: KnowledgeCheckContent;
  onChange: (next: KnowledgeCheckContent) => void;
}

/**
 * Edits a knowledge check: the pass mark and each question's prompt, kind, answers (with which
 * are right) and explanation. Problems show as a summary that does not steal focus and on each
 * field, updating as the editor types; nothing blocks typing.
 */
export function KnowledgeCheckEditor({ value, onChange }: KnowledgeCheckEditorProps) {
  const problems = knowledgeCheckProblems(value);
  const messageFor = (fieldId: string) => problems.find((problem) => problem.fieldId === fieldId)?.message;
  const allOptionIds = value.questions.flatMap((question) => question.options.map((option) => option.id));
  const setQuestion = (questionId: string, patch: Partial<Question>) =>
    onChange({
      ...value,
      questions: value.questions.map((question) => (question.id === questionId ? { ...question, ...patch } : question)),
    });
  const setOption = (question: Question, optionId: string, patch: Partial<QuestionOption>) =>
    setQuestion(question.id, {
      options: question.options.map((option) => {
        if (option.id === optionId) return { ...option, ...patch };
        // A single-answer question has one right answer: marking one unmarks the others.
        if (patch.correct === true && question.kind === 'SINGLE') return { ...option, correct: false };
        return option;
      }),
    });
  const addQuestion = () => {
    const id = uniqueId(
      'q',
      value.questions.map((question) => question.id),
    );
    const first = uniqueId('option', allOptionIds);
    const second = uniqueId('option', [...allOptionIds, first]);
    onChange({
      ...value,
      questions: [
        ...value.questions,
        {
          id,
          prompt: '',
          kind: 'SINGLE',
          explanation: '',
          options: [
            { id: first, label: '', correct: false },
            { id: second, label: '', correct: false },
          ],
        },
      ],
    });
  };

  return (
    <div className="app-check-editor">
      {problems.length > 0 ? (
        <div className="govuk-error-summary" aria-labelledby="check-problems-title">
          <h2 className="govuk-error-summary__title" id="check-problems-title">
            This knowledge check is not ready yet
          </h2>
          <div className="govuk-error-summary__body">
            <ul className="govuk-list govuk-error-summary__list">
              {problems.map((problem, index) => (
                <li key={index}>
                  <a href={`#${problem.fieldId}`}>{problem.message}</a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : null}
      <NumberInput
        id={passMarkFieldId}
        label="Pass mark (%)"
        hint="The percentage of questions a learner must get right, from 0 to 100."
        min={0}
        max={100}
        errorName="a pass mark"
        value={value.passMark}
        onChange={(passMark) => onChange({ ...value, passMark: passMark ?? 0 })}
      />
      {value.questions.map((question, index) => {
        const n = index + 1;
        const optionsError = messageFor(questionFieldId(question.id, 'options'));
        return (
          <fieldset className="govuk-fieldset app-choice" key={question.id}>
            <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">Question {n}</legend>
            <Textarea
              id={questionFieldId(question.id, 'prompt')}
              label="Question"
              rows={2}
              error={messageFor(questionFieldId(question.id, 'prompt'))}
              value={question.prompt}
              onChange={(prompt) => setQuestion(question.id, { prompt })}
            />
            <Radios
              idPrefix={`question-${question.id}-kind`}
              legend="How many answers are right?"
              small
              items={[
                { value: 'SINGLE', text: 'One (learners choose one answer)' },
                { value: 'MULTIPLE', text: 'One or more (learners choose all that apply)' },
              ]}
              value={question.kind}
              onChange={(kind) => setQuestion(question.id, { kind: kind === 'MULTIPLE' ? 'MULTIPLE' : 'SINGLE' })}
            />
            <div
              className={classNames('govuk-form-group', optionsError && 'govuk-form-group--error')}
              id={questionFieldId(question.id, 'options')}
              tabIndex={-1}
            >
              <h3 className="govuk-heading-s">Answers</h3>
              {optionsError ? (
                <p className="govuk-error-message">
                  <span className="govuk-visually-hidden">Error:</span> {optionsError}
                </p>
              ) : null}
              {question.options.map((option, at) => {
                const fieldId = optionFieldId(question.id, option.id);
                return (
                  <div className="app-rule-row" key={option.id} role="group" aria-label={`Answer ${at + 1}`}>
                    <TextInput
                      id={fieldId}
                      label={`Answer ${at + 1}`}
                      error={messageFor(fieldId)}
                      value={option.label}
                      onChange={(label) => setOption(question, option.id, { label })}
                    />
                    <div className="govuk-checkboxes govuk-checkboxes--small govuk-form-group">
                      <div className="govuk-checkboxes__item">
                        <input
                          className="govuk-checkboxes__input"
                          type="checkbox"
                          id={`${fieldId}-correct`}
                          checked={option.correct}
                          onChange={(event) => setOption(question, option.id, { correct: event.target.checked })}
                        />
                        <label className="govuk-label govuk-checkboxes__label" htmlFor={`${fieldId}-correct`}>
                          Right answer <span className="govuk-visually-hidden">{at + 1}</span>
                        </label>
                      </div>
                    </div>
                    <button
                      type="button"
                      className="govuk-button govuk-button--secondary"
                      onClick={() =>
                        setQuestion(question.id, { options: question.options.filter((item) => item.id !== option.id) })
                      }
                    >
                      Remove answer {at + 1}
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={() =>
                  setQuestion(question.id, {
                    options: [...question.options, { id: uniqueId('option', allOptionIds), label: '', correct: false }],
                  })
                }
              >
                Add an answer <span className="govuk-visually-hidden">to question {n}</span>
              </button>
            </div>
            <Textarea
              id={questionFieldId(question.id, 'explanation')}
              label="Explanation"
              hint="Shown after answering: why the right answers are right."
              rows={3}
              error={messageFor(questionFieldId(question.id, 'explanation'))}
              value={question.explanation}
              onChange={(explanation) => setQuestion(question.id, { explanation })}
            />
            <ConfirmDelete
              action="Remove question"
              thing={`${n}`}
              onConfirm={() =>
                onChange({ ...value, questions: value.questions.filter((item) => item.id !== question.id) })
              }
            />
          </fieldset>
        );
      })}
      <button
        type="button"
        className="govuk-button govuk-button--secondary"
        id="check-add-question"
        onClick={addQuestion}
      >
        Add a question
      </button>
    </div>
  );
}
