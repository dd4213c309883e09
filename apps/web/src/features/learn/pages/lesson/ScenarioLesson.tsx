import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { SECTOR_LABELS } from '../../../../lib/labels';
import { Button, ErrorSummary } from '../../../../ui';
import { ChoiceFeedback, type ColleagueStats } from '../../components/ChoiceFeedback';
import { ContentWarning } from '../../components/ContentWarning';
import { ScenarioEnding } from '../../components/ScenarioEnding';
import { ScenarioScene, type SceneMedia } from '../../components/ScenarioScene';
import {
  chooseScenarioOptionMutation,
  restartLessonMutation,
  scenarioChoiceStatsQuery,
  startLessonMutation,
} from '../../operations';
import { PlayerProblem, playerError } from './messages';
import { SignInToTakePart } from './SignInToTakePart';
import type { Attempt, LessonPartProps } from './types';

/** The API shows colleagues' choices once this many people have answered. */
const COLLEAGUE_THRESHOLD = 5;

type Play = NonNullable<Attempt['scenario']>;

interface Feedback {
  /** The scene the choice was made in (for colleagues' statistics). */
  sceneId: string;
  choice: { id: string; label: string; feedback: string };
  scoreChange: number;
}

function sceneMedia(scene: Play['scene']): SceneMedia | null {
  if (!scene.media) return null;
  if (scene.media.kind === 'IMAGE') return { kind: 'IMAGE', src: scene.media.url, alt: scene.mediaAlt ?? '' };
  return { kind: 'AUDIO', src: scene.media.url, label: scene.mediaAlt ?? 'Recording for this scene' };
}

function announcementFor(play: Play): string {
  return `${play.ended ? 'Ending' : 'Scene'}: ${play.scene.title}`;
}

/**
 * A branching scenario played through the API, which keeps the state: every choice is saved as it
 * is made, so reloading (or another device) resumes at the same scene. One thing per view: the
 * scene and its choices, then what happened and how colleagues chose, then the next scene, and at
 * the end the outcome, the path taken and what to take away. After each step focus moves to the
 * new heading and a polite live region names it.
 */
export function ScenarioLesson({
  lesson,
  signedIn,
  signInHref,
  nextHref,
  onModuleCompleted,
  onAttemptChange,
}: LessonPartProps) {
  const [attempt, setAttempt] = useState<Attempt | null>(lesson.viewerAttempt);
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [turn, setTurn] = useState(0);
  const [announcement, setAnnouncement] = useState('');
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [startLesson, starting] = useMutation(startLessonMutation);
  const [restartLesson, restarting] = useMutation(restartLessonMutation);
  const [chooseOption, choosing] = useMutation(chooseScenarioOptionMutation);
  const moduleWasComplete = lesson.module.viewerProgress.status === 'COMPLETED';

  const stats = useQuery(scenarioChoiceStatsQuery, {
    variables: { lessonId: lesson.id, sceneId: feedback?.sceneId ?? '' },
    skip: !feedback,
    fetchPolicy: 'network-only',
  });

  // Focus follows the learner's steps, not the first render.
  useEffect(() => {
    if (turn > 0) headingRef.current?.focus();
  }, [turn]);

  const play = attempt?.scenario ?? null;
  const overview = lesson.scenario;

  const step = (next: Attempt | null, nextFeedback: Feedback | null, words: string) => {
    setAttempt(next);
    onAttemptChange?.(next);
    setFeedback(nextFeedback);
    setTurn((previous) => previous + 1);
    setAnnouncement(words);
    setProblem(null);
  };

  const showProblem = (caught: unknown) =>
    setProblem({ message: playerError(caught).message, attempt: (problem?.attempt ?? 0) + 1 });

  const onStart = async () => {
    try {
      const response = await startLesson({ variables: { input: { lessonId: lesson.id } } });
      const started = response.data?.startLesson;
      if (!started?.scenario) throw new PlayerProblem('The scenario could not be started. Try again.');
      step(started, null, announcementFor(started.scenario));
    } catch (caught) {
      showProblem(caught);
    }
  };

  const onRestart = async () => {
    try {
      const response = await restartLesson({ variables: { input: { lessonId: lesson.id } } });
      const restarted = response.data?.restartLesson;
      if (!restarted?.scenario) throw new PlayerProblem('The scenario could not be started again. Try again.');
      step(restarted, null, announcementFor(restarted.scenario));
    } catch (caught) {
      showProblem(caught);
    }
  };

  const onChoose = async (choiceId: string) => {
    if (!attempt || !play) return;
    try {
      const response = await chooseOption({ variables: { input: { attemptId: attempt.id, choiceId } } });
      const payload = response.data?.chooseScenarioOption;
      if (!payload) throw new PlayerProblem('Your choice could not be saved. Try again.');
      step(
        payload.attempt,
        {
          sceneId: play.scene.sceneId,
          choice: { id: payload.choice.choiceId, label: payload.choice.label, feedback: payload.feedback },
          scoreChange: payload.choiceScore,
        },
        'What happened after your choice',
      );
      if (payload.certificate && !moduleWasComplete) onModuleCompleted(payload.certificate);
    } catch (caught) {
      // ScenarioScene shows the message in its error summary.
      throw playerError(caught);
    }
  };

  let view;
  if (!signedIn || !attempt || !play) {
    view = (
      <div className="app-scenario-intro">
        {lesson.contentWarning ? <ContentWarning text={lesson.contentWarning} /> : null}
        {overview ? (
          <p className="govuk-body">
            In this scenario you make choices and see what happens next. It has {overview.sceneCount} scenes and{' '}
            {overview.endingCount} possible endings. After each choice you can see how colleagues chose.
          </p>
        ) : null}
        {overview && overview.characters.length > 0 ? (
          <>
            <h2 className="govuk-heading-s">People in this story</h2>
            <ul className="govuk-list govuk-list--bullet">
              {overview.characters.map((character) => (
                <li key={`${character.name}-${character.role}`}>
                  {character.name}
                  {character.role ? `, ${character.role}` : null}
                </li>
              ))}
            </ul>
          </>
        ) : null}
        {signedIn ? (
          <>
            <p className="govuk-body">Your progress is saved after every choice, so you can stop and come back.</p>
            <Button
              type="button"
              isStartButton
              onClick={() => void onStart()}
              loading={starting.loading}
              loadingText="Starting…"
            >
              Start scenario
            </Button>
          </>
        ) : (
          <SignInToTakePart signInHref={signInHref} saved="choices" />
        )}
      </div>
    );
  } else if (feedback) {
    view = (
      <ChoiceFeedback
        choice={feedback.choice}
        scoreChange={feedback.scoreChange}
        stats={colleagueStats(stats.data?.scenarioChoiceStats)}
        headingRef={headingRef}
        continueLabel={play.ended ? 'See how it ends' : 'Continue'}
        onContinue={() => step(attempt, null, announcementFor(play))}
      />
    );
  } else if (play.ended && play.ending) {
    view = (
      <ScenarioEnding
        ending={{
          title: play.scene.title,
          narrative: play.scene.narrative,
          summary: play.ending.summary,
          rating: play.ending.rating,
        }}
        score={play.score}
        path={play.path}
        onRestart={() => void onRestart()}
        restarting={restarting.loading}
        nextLessonHref={nextHref}
        headingRef={headingRef}
      />
    );
  } else {
    view = (
      <ScenarioScene
        scene={{ id: play.scene.sceneId, title: play.scene.title, narrative: play.scene.narrative }}
        speaker={play.scene.speaker}
        media={sceneMedia(play.scene)}
        choices={play.choices.map((choice) => ({ id: choice.choiceId, label: choice.label }))}
        step={play.path.length + 1}
        onChoose={onChoose}
        busy={choosing.loading}
        headingRef={headingRef}
      />
    );
  }

  return (
    <div className="app-player">
      {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
      {view}
      {signedIn && attempt && play && !play.ended && !feedback ? (
        <div className="app-player__saved">
          <p className="govuk-body-s">Your progress is saved after every choice, so you can stop and come back.</p>
          <Button
            type="button"
            variant="secondary"
            onClick={() => void onRestart()}
            loading={restarting.loading}
            loadingText="Starting again…"
          >
            Start the scenario again
          </Button>
        </div>
      ) : null}
      <div className="govuk-visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}

type StatsData = { available: boolean; choices: { choiceId: string; label: string; percent: number }[] } & {
  bySector: {
    sector: keyof typeof SECTOR_LABELS;
    suppressed: boolean;
    choices: { choiceId: string; percent: number }[];
  }[];
};

/** The API's statistics in the shape ChoiceFeedback shows; null while loading or when they failed. */
function colleagueStats(data: StatsData | undefined): ColleagueStats | null {
  if (!data) return null;
  if (!data.available) return { available: false, needed: COLLEAGUE_THRESHOLD };
  return {
    available: true,
    choices: data.choices,
    bySector: data.bySector.map((row) => ({
      sector: row.sector,
      label: SECTOR_LABELS[row.sector],
      suppressed: row.suppressed,
      choices: row.choices,
    })),
  };
}
