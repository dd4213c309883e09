import type { QuestionAnswer } from '@common-ground/shared';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Button, ButtonGroup, Checkboxes, ErrorSummary, Radios, Tag, type ErrorSummaryItem } from '../../../ui';
import type { KnowledgeCheckResult, LearnerQuestion } from './knowledgeCheckResult';
import '../learn.scss';

export interface KnowledgeCheckProps {
  questions: readonly LearnerQuestion[];
  passMark: number;
  /** Marks the answers. Rejecting with an Error shows its message in the error summary. */
  onSubmit: (answers: QuestionAnswer[]) => Promise<KnowledgeCheckResult>;
  /** Shown after the result; left out when not given. */
  onContinue?: () => void;
  /** Lets the learner answer again; left out when not given (for example a post-test already passed). */
  onRetry?: () => void;
  /** A check already submitted (for example on coming back to it): opens on its result. */
  completed?: { answers: readonly QuestionAnswer[]; result: KnowledgeCheckResult } | null;
}

const SUBMIT_FALLBACK = 'Your answers could not be sent. Try again.';

function fieldId(questionId: string): string {
  return `question-${questionId}`;
}

/**
 * A knowledge check on one page: every question as radios (one answer) or checkboxes (all that
 * apply), one error summary for any left unanswered, then the result with each question marked
 * in words and explained, so the check teaches as well as tests.
 */
export function KnowledgeCheck({
  questions,
  passMark,
  onSubmit,
  onContinue,
  onRetry,
  completed = null,
}: KnowledgeCheckProps) {
  const [answers, setAnswers] = useState<Record<string, string[]>>(() =>
    Object.fromEntries((completed?.answers ?? []).map((answer) => [answer.questionId, [...answer.optionIds]])),
  );
  const [errors, setErrors] = useState<{ items: ErrorSummaryItem[]; byQuestion: Record<string, string> } | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<KnowledgeCheckResult | null>(completed?.result ?? null);
  // Focus moves to the result only when it replaces the form, not when the page opens on it.
  const [justMarked, setJustMarked] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setAttempt((previous) => previous + 1);
    const byQuestion: Record<string, string> = {};
    const items: ErrorSummaryItem[] = [];
    questions.forEach((question, index) => {
      if ((answers[question.id] ?? []).length > 0) return;
      const message =
        question.kind === 'SINGLE'
          ? `Select an answer to question ${index + 1}`
          : `Select at least one answer to question ${index + 1}`;
      byQuestion[question.id] = message;
      items.push({ text: message, href: `#${fieldId(question.id)}` });
    });
    if (items.length > 0) {
      setErrors({ items, byQuestion });
      return;
    }
    setErrors(null);
    setBusy(true);
    try {
      const marked = await onSubmit(
        questions.map((question) => ({ questionId: question.id, optionIds: answers[question.id] ?? [] })),
      );
      setResult(marked);
      setJustMarked(true);
    } catch (caught) {
      const message = caught instanceof Error && caught.message ? caught.message : SUBMIT_FALLBACK;
      setErrors({ items: [{ text: message }], byQuestion: {} });
    } finally {
      setBusy(false);
    }
  };

  if (result) {
    return (
      <KnowledgeCheckOutcome
        questions={questions}
        answers={answers}
        result={result}
        focusOnShow={justMarked}
        onContinue={onContinue}
        onRetry={
          onRetry
            ? () => {
                setResult(null);
                setAnswers({});
                onRetry();
              }
            : undefined
        }
      />
    );
  }

  return (
    <form noValidate onSubmit={(event) => void submit(event)}>
      {errors ? <ErrorSummary key={attempt} errors={errors.items} /> : null}
      <p className="govuk-body">
        Answer all {questions.length} questions. You need {passMark}% to pass.
      </p>
      {questions.map((question, index) => {
        const legend = (
          <>
            <span className="govuk-caption-m">
              Question {index + 1} of {questions.length}
            </span>
            {question.prompt}
          </>
        );
        const items = question.options.map((option) => ({ value: option.id, text: option.label }));
        const error = errors?.byQuestion[question.id];
        return question.kind === 'SINGLE' ? (
          <Radios
            key={question.id}
            idPrefix={fieldId(question.id)}
            legend={legend}
            legendClassName="govuk-fieldset__legend--m"
            hint="Select one answer."
            error={error}
            items={items}
            value={answers[question.id]?.[0] ?? ''}
            onChange={(value) => setAnswers((previous) => ({ ...previous, [question.id]: [value] }))}
          />
        ) : (
          <Checkboxes
            key={question.id}
            idPrefix={fieldId(question.id)}
            legend={legend}
            legendClassName="govuk-fieldset__legend--m"
            hint="Select all that apply."
            error={error}
            items={items}
            values={answers[question.id] ?? []}
            onChange={(values) => setAnswers((previous) => ({ ...previous, [question.id]: values }))}
          />
        );
      })}
      <Button loading={busy} loadingText="Checking your answers…">
        Check my answers
      </Button>
    </form>
  );
}

function KnowledgeCheckOutcome({
  questions,
  answers,
  result,
  focusOnShow,
  onContinue,
  onRetry,
}: {
  questions: readonly LearnerQuestion[];
  answers: Record<string, string[]>;
  result: KnowledgeCheckResult;
  focusOnShow: boolean;
  onContinue?: () => void;
  onRetry?: () => void;
}) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form is replaced by the result, so focus would otherwise fall back to the page.
  useEffect(() => {
    if (focusOnShow) headingRef.current?.focus();
    // Only on first showing the result.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const labelsOf = (question: LearnerQuestion, ids: readonly string[]): string =>
    question.options
      .filter((option) => ids.includes(option.id))
      .map((option) => option.label)
      .join('; ') || 'No answer';
  return (
    <div className="app-check-result">
      <div className={`govuk-panel ${result.passed ? 'govuk-panel--confirmation' : 'app-panel--not-passed'}`}>
        <h2 className="govuk-panel__title" tabIndex={-1} ref={headingRef}>
          {result.passed ? 'You passed' : 'You did not pass this time'}
        </h2>
        <div className="govuk-panel__body">
          You got {result.correct} out of {result.total} right ({result.percent}%). The pass mark is {result.passMark}%.
        </div>
      </div>
      <h2 className="govuk-heading-m">Your answers</h2>
      <ol className="govuk-list app-check-result__list">
        {questions.map((question, index) => {
          const marked = result.questions.find((item) => item.questionId === question.id);
          if (!marked) return null;
          return (
            <li key={question.id} className="app-check-result__item">
              <h3 className="govuk-heading-s">
                Question {index + 1}: {question.prompt}
              </h3>
              <p className="govuk-body">
                <Tag colour={marked.correct ? 'green' : 'red'}>{marked.correct ? 'Correct' : 'Incorrect'}</Tag>
              </p>
              <p className="govuk-body">Your answer: {labelsOf(question, answers[question.id] ?? [])}</p>
              {marked.correct ? null : (
                <p className="govuk-body">
                  {marked.correctOptionIds.length > 1 ? 'The right answers are' : 'The right answer is'}:{' '}
                  {labelsOf(question, marked.correctOptionIds)}
                </p>
              )}
              <p className="govuk-body">{marked.explanation}</p>
            </li>
          );
        })}
      </ol>
      <ButtonGroup>
        {onContinue ? (
          <Button type="button" onClick={onContinue}>
            Continue
          </Button>
        ) : null}
        {onRetry ? (
          <Button type="button" variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        ) : null}
      </ButtonGroup>
    </div>
  );
}
