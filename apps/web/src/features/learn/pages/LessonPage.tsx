import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { useRouteFocus } from '../../../app/RouteFocus';
import { BackLink } from '../../../ui';
import { LessonDiscussion, reachedScenes } from '../../discuss';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { useSignInHref } from '../hooks/useSignInHref';
import { lessonQuery } from '../operations';
import { certificateHref, lessonHref, moduleHref } from '../paths';
import { ArticleLesson } from './lesson/ArticleLesson';
import { KnowledgeCheckLesson } from './lesson/KnowledgeCheckLesson';
import { ScenarioLesson } from './lesson/ScenarioLesson';
import type { Attempt, IssuedCertificate, LessonPartProps, LoadedLesson } from './lesson/types';
import '../learn.scss';

/**
 * One lesson of a module: "Step 3 of 7", the title and outcomes up front, then the article,
 * knowledge check or scenario. The lesson's discussion sits beside it (under it on narrow screens).
 */
export function LessonPage() {
  const { lessonId = '' } = useParams();
  const { viewer } = useAuth();
  const signInHref = useSignInHref();
  // Always from the server: the attempt moves on with every step, on any device.
  const { data, loading, error } = useQuery(lessonQuery, {
    variables: { id: lessonId },
    fetchPolicy: 'network-only',
  });

  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading lesson">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  const lesson = data?.lesson;
  if (!lesson) {
    if (viewer) return <NotFoundPage />;
    return (
      <Page title="Sign in to see this lesson">
        <p className="govuk-body">This lesson is for partnership staff, or the address is wrong.</p>
        <p className="govuk-body">
          <Link className="govuk-link" to={signInHref}>
            Sign in
          </Link>{' '}
          to see it, or{' '}
          <Link className="govuk-link" to="/learn">
            see the modules open to everyone
          </Link>
          .
        </p>
      </Page>
    );
  }
  // Keyed by lesson, so moving to the next lesson starts its player afresh.
  return <LessonView key={lesson.id} lesson={lesson} signedIn={Boolean(viewer)} signInHref={signInHref} />;
}

function LessonView({ lesson, signedIn, signInHref }: { lesson: LoadedLesson; signedIn: boolean; signInHref: string }) {
  const [certificate, setCertificate] = useState<IssuedCertificate | null>(null);
  const [attempt, setAttempt] = useState<Attempt | null>(lesson.viewerAttempt);
  const routeFocus = useRouteFocus();
  const module = lesson.module;
  const index = module.lessons.findIndex((item) => item.id === lesson.id);
  const next = index >= 0 ? module.lessons[index + 1] : undefined;
  const part: LessonPartProps = {
    lesson,
    signedIn,
    signInHref,
    nextHref: next ? lessonHref(module.slug, next.id) : moduleHref(module.slug),
    nextLabel: next ? 'Continue to next lesson' : 'Back to the module',
    onModuleCompleted: (issued) => {
      setCertificate(issued);
      // The banner appears above the heading while focus stays on the lesson, so say it out loud too.
      routeFocus?.announce(`You have completed ${module.title}. Your certificate is ready.`);
    },
    onAttemptChange: setAttempt,
  };

  return (
    <Page
      title={`${lesson.title}: ${module.title}`}
      heading={false}
      width="full"
      beforeHeading={<BackLink to={moduleHref(module.slug)} text={`Back to ${module.title}`} />}
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {certificate ? (
            <div
              className="govuk-notification-banner govuk-notification-banner--success"
              role="region"
              aria-labelledby="module-complete-title"
            >
              <div className="govuk-notification-banner__header">
                <h2 className="govuk-notification-banner__title" id="module-complete-title">
                  Module completed
                </h2>
              </div>
              <div className="govuk-notification-banner__content">
                <p className="govuk-notification-banner__heading">
                  You have completed {module.title}.{' '}
                  <Link className="govuk-notification-banner__link" to={certificateHref(certificate.code)}>
                    View your certificate
                  </Link>
                </p>
              </div>
            </div>
          ) : null}
          <h1 className="govuk-heading-l" tabIndex={-1}>
            <span className="govuk-caption-l">
              Step {lesson.step} of {lesson.stepCount}
            </span>
            {lesson.title}
          </h1>
          {lesson.outcomes.length > 0 ? (
            <div className="govuk-inset-text">
              <p className="govuk-body govuk-!-font-weight-bold">In this lesson you will learn to:</p>
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-bottom-0">
                {lesson.outcomes.map((outcome) => (
                  <li key={outcome}>{outcome}</li>
                ))}
              </ul>
            </div>
          ) : null}
          {lesson.kind === 'ARTICLE' ? <ArticleLesson {...part} /> : null}
          {lesson.kind === 'KNOWLEDGE_CHECK' ? <KnowledgeCheckLesson {...part} /> : null}
          {lesson.kind === 'SCENARIO' ? <ScenarioLesson {...part} /> : null}
        </div>
        <aside className="govuk-grid-column-one-third app-lesson-aside" aria-labelledby="discussion-heading">
          <h2 className="govuk-heading-m" id="discussion-heading">
            Discussion
          </h2>
          <LessonDiscussion
            lessonId={lesson.id}
            signedIn={signedIn}
            signInHref={signInHref}
            scenes={lesson.scenario ? reachedScenes(lesson.scenario.startScene, attempt) : null}
          />
        </aside>
      </div>
    </Page>
  );
}
