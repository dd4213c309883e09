import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { formatShortDate } from '../../../lib/dates';
import { cpdTime } from '../../../lib/labels';
import { ButtonLink, InsetText, Tag } from '../../../ui';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { LessonTaskList } from '../components/LessonTaskList';
import { useSignInHref } from '../hooks/useSignInHref';
import { AUDIENCE_COLOURS, AUDIENCE_LABELS, lessonCount } from '../learnerLabels';
import { learningModuleQuery } from '../operations';
import { certificateHref, lessonHref, taskStatus } from '../paths';
import '../learn.scss';

/**
 * A module: what it is for, its outcomes, its lessons as a task list with the learner's status
 * for each, a button to carry on where they left off, and the certificate once complete.
 */
export function ModulePage() {
  const { slug = '' } = useParams();
  const { viewer } = useAuth();
  const signInHref = useSignInHref();
  const { data, loading, error } = useQuery(learningModuleQuery, { variables: { slug } });

  if (error && !data) return <SomethingWentWrong />;
  if (loading && !data) {
    return (
      <Page title="Loading module">
        <p className="govuk-body">Loading…</p>
      </Page>
    );
  }
  const module = data?.learningModule;
  if (!module) {
    if (viewer) return <NotFoundPage />;
    return (
      <Page title="Sign in to see this module">
        <p className="govuk-body">This module is not open to everyone, or the address is wrong.</p>
        <p className="govuk-body">
          Modules for partnership staff need an account.{' '}
          <Link className="govuk-link" to={signInHref}>
            Sign in
          </Link>{' '}
          or{' '}
          <Link className="govuk-link" to="/sign-up">
            create an account
          </Link>{' '}
          to see them.
        </p>
        <p className="govuk-body">
          <Link className="govuk-link" to="/learn">
            See the modules open to everyone
          </Link>
        </p>
      </Page>
    );
  }

  const progress = module.viewerProgress;
  const certificate = progress.certificate;
  const continueId = progress.continueLesson?.id ?? module.lessons[0]?.id;
  const started = progress.status === 'IN_PROGRESS';

  return (
    <Page title={module.title} caption={module.topic === module.title ? 'Module' : `Module: ${module.topic}`}>
      <p className="govuk-body-l">{module.summary}</p>
      <p className="govuk-body app-tags">
        <Tag colour={AUDIENCE_COLOURS[module.audience]}>{AUDIENCE_LABELS[module.audience]}</Tag>
        <span>{lessonCount(module.lessons.length)}</span>
        {module.cpdMinutes > 0 ? <span>CPD: {cpdTime(module.cpdMinutes)}</span> : null}
      </p>
      {module.cover ? <img className="app-module-cover" src={module.cover.url} alt={module.cover.alt} /> : null}

      {certificate ? (
        <div className="govuk-panel govuk-panel--confirmation app-module-complete">
          <h2 className="govuk-panel__title govuk-!-font-size-36">Module completed</h2>
          <div className="govuk-panel__body govuk-!-font-size-24">
            You completed this module on {formatShortDate(certificate.issuedAt)}.
          </div>
        </div>
      ) : null}
      {certificate ? (
        <>
          <h2 className="govuk-heading-m">Your certificate</h2>
          <ul className="govuk-list">
            <li>
              <Link className="govuk-link" to={certificateHref(certificate.code)}>
                View your certificate
              </Link>
            </li>
            <li>
              <a className="govuk-link" href={certificate.pdfUrl} download>
                Download your certificate (PDF)
              </a>
            </li>
          </ul>
        </>
      ) : null}

      {viewer && progress.status === 'IN_PROGRESS' ? (
        <p className="govuk-body">
          You have completed {progress.completedLessons} of {lessonCount(progress.totalLessons)}.
        </p>
      ) : null}

      {!certificate && continueId ? (
        <ButtonLink to={lessonHref(module.slug, continueId)} isStartButton={!started}>
          {started ? 'Continue where you left off' : 'Start module'}
        </ButtonLink>
      ) : null}

      {viewer ? null : (
        <InsetText>
          You can read this module without an account.{' '}
          <Link className="govuk-link" to={signInHref}>
            Sign in
          </Link>{' '}
          to take part in scenarios and checks, save your progress and get a certificate.
        </InsetText>
      )}

      {module.outcomes.length > 0 ? (
        <>
          <h2 className="govuk-heading-m">By the end of this module you will be able to</h2>
          <ul className="govuk-list govuk-list--bullet">
            {module.outcomes.map((outcome) => (
              <li key={outcome}>{outcome}</li>
            ))}
          </ul>
        </>
      ) : null}

      <h2 className="govuk-heading-m">Lessons</h2>
      {module.lessons.length === 0 ? (
        <p className="govuk-body">This module has no lessons yet.</p>
      ) : (
        <LessonTaskList
          lessons={module.lessons.map((lesson) => ({
            id: lesson.id,
            title: lesson.title,
            kind: lesson.kind,
            status: taskStatus(lesson.viewerStatus),
            href: lessonHref(module.slug, lesson.id),
          }))}
        />
      )}
      <p className="govuk-body">
        <Link className="govuk-link" to="/learn">
          Back to all modules
        </Link>
      </p>
    </Page>
  );
}
