import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { InsetText } from '../../../../ui';
import { KnowledgeCheck } from '../../components/KnowledgeCheck';
import type { KnowledgeCheckResult } from '../../components/knowledgeCheckResult';
import { restartLessonMutation, startLessonMutation, submitKnowledgeCheckMutation } from '../../operations';
import { moduleHref } from '../../paths';
import { PlayerProblem, playerError } from './messages';
import { SignInToTakePart } from './SignInToTakePart';
import type { Attempt, LessonPartProps } from './types';

type ApiResult = NonNullable<Attempt['knowledgeCheckResult']>;

function toResult(result: ApiResult): KnowledgeCheckResult {
  return {
    correct: result.correctCount,
    total: result.questionCount,
    percent: result.percent,
    passed: result.passed,
    passMark: result.passMark,
    questions: result.questions.map((question) => ({
      questionId: question.questionId,
      correct: question.correct,
      correctOptionIds: question.correctOptionIds,
      explanation: question.explanation,
    })),
  };
}

/**
 * A knowledge check. The attempt is opened (startLesson) or a new one begun (restartLesson, after
 * "Try again") only when the learner sends their answers, so opening the page saves nothing.
 * A check already done opens on its result.
 */
export function KnowledgeCheckLesson({ lesson, signedIn, signInHref, nextHref, onModuleCompleted }: LessonPartProps) {
  const navigate = useNavigate();
  const [attempt, setAttempt] = useState<Attempt | null>(lesson.viewerAttempt);
  const [startLesson] = useMutation(startLessonMutation);
  const [restartLesson] = useMutation(restartLessonMutation);
  const [submitCheck] = useMutation(submitKnowledgeCheckMutation);
  const check = lesson.knowledgeCheck;
  const moduleWasComplete = lesson.module.viewerProgress.status === 'COMPLETED';
  if (!check) return null;

  const questions = check.questions.map((question) => ({
    id: question.questionId,
    prompt: question.prompt,
    kind: question.kind,
    options: question.options.map((option) => ({ id: option.optionId, label: option.label })),
  }));
  const intro = (
    <p className="govuk-body">
      This check has {questions.length} {questions.length === 1 ? 'question' : 'questions'}. You need {check.passMark}%
      to pass.
    </p>
  );

  if (lesson.viewerStatus === 'CANNOT_START_YET') {
    return (
      <>
        {intro}
        <InsetText>You can take this test once you have completed the other lessons in this module.</InsetText>
        <p className="govuk-body">
          <Link className="govuk-link" to={moduleHref(lesson.module.slug)}>
            Go back to the module
          </Link>
        </p>
      </>
    );
  }

  if (!signedIn) {
    return (
      <>
        {intro}
        <SignInToTakePart signInHref={signInHref} saved="answers" />
      </>
    );
  }

  const previous =
    attempt?.status === 'COMPLETED' && attempt.knowledgeCheckResult
      ? {
          answers: attempt.knowledgeCheckResult.questions.map((question) => ({
            questionId: question.questionId,
            optionIds: question.chosenOptionIds,
          })),
          result: toResult(attempt.knowledgeCheckResult),
        }
      : null;

  const openAttempt = async (): Promise<string> => {
    if (attempt?.status === 'IN_PROGRESS') return attempt.id;
    const input = { lessonId: lesson.id };
    if (attempt?.status === 'COMPLETED') {
      const restarted = await restartLesson({ variables: { input } });
      if (!restarted.data) throw new PlayerProblem('Your new attempt could not be started. Try again.');
      return restarted.data.restartLesson.id;
    }
    const started = await startLesson({ variables: { input } });
    if (!started.data) throw new PlayerProblem('The check could not be started. Try again.');
    // A check finished on another device comes back completed: start a new go instead.
    if (started.data.startLesson.status === 'COMPLETED') {
      const restarted = await restartLesson({ variables: { input } });
      if (!restarted.data) throw new PlayerProblem('Your new attempt could not be started. Try again.');
      return restarted.data.restartLesson.id;
    }
    return started.data.startLesson.id;
  };

  return (
    <KnowledgeCheck
      questions={questions}
      passMark={check.passMark}
      completed={previous}
      onSubmit={async (answers) => {
        try {
          const attemptId = await openAttempt();
          const response = await submitCheck({ variables: { input: { attemptId, answers } } });
          const payload = response.data?.submitKnowledgeCheck;
          const marked = payload?.attempt.knowledgeCheckResult;
          if (!payload || !marked) throw new PlayerProblem('Your answers could not be marked. Try again.');
          setAttempt(payload.attempt);
          if (payload.certificate && !moduleWasComplete) onModuleCompleted(payload.certificate);
          return toResult(marked);
        } catch (caught) {
          throw playerError(caught);
        }
      }}
      onContinue={() => void navigate(nextHref)}
      onRetry={() => undefined}
    />
  );
}
