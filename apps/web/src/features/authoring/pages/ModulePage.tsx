import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { formatDateTime } from '../../../lib/dates';
import { apiErrorCode, mapApiError } from '../../../lib/errors';
import {
  BackLink,
  Button,
  ButtonGroup,
  ButtonLink,
  ErrorSummary,
  NotificationBanner,
  SummaryList,
  Table,
} from '../../../ui';
import { LESSON_KIND_LABELS } from '../../learn/components/labels';
import { NotFoundPage } from '../../errors/pages/NotFoundPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { StatusTag } from '../components/StatusTag';
import { AUDIENCE_LABELS, TEST_ROLE_LABELS } from '../labels';
import {
  authoringModuleQuery,
  publishLearningModuleMutation,
  reorderLessonsMutation,
  submitLearningModuleForReviewMutation,
} from '../operations';
import { readNotice } from '../notice';
import '../authoring.scss';

function moveButtonId(lessonId: string, direction: 'up' | 'down'): string {
  return `move-${direction}-${lessonId}`;
}

/**
 * A module as editors see it: its details and status, the actions that move it
 * through review and publication, and its lessons in order. Lessons are
 * reordered with Move up and Move down buttons, never by dragging.
 */
export function ModulePage() {
  const { id = '' } = useParams();
  const { data, loading, error } = useQuery(authoringModuleQuery, { variables: { id } });
  const [submit, submitState] = useMutation(submitLearningModuleForReviewMutation);
  const [publish, publishState] = useMutation(publishLearningModuleMutation);
  const [reorder, reorderState] = useMutation(reorderLessonsMutation);
  const [problem, setProblem] = useState<{ message: string; attempt: number } | null>(null);
  const location = useLocation();
  const [done, setDone] = useState<{ heading: string; body?: string; attempt: number } | null>(() => {
    const notice = readNotice(location.state);
    return notice ? { ...notice, attempt: 0 } : null;
  });
  const [announcement, setAnnouncement] = useState('');
  // A button to focus after the next render, by id; `n` makes a repeat request a new one.
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; n: number } | null>(null);

  useEffect(() => {
    if (focusAfterMove) document.getElementById(focusAfterMove.id)?.focus();
  }, [focusAfterMove]);

  const module = data?.authoringModule;
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return apiErrorCode(error) === 'NOT_FOUND' ? <NotFoundPage /> : <SomethingWentWrong />;
  if (!module) return <NotFoundPage />;

  const fail = (caught: unknown) =>
    setProblem((previous) => ({
      message: mapApiError(caught).general[0] ?? 'Try again.',
      attempt: (previous?.attempt ?? 0) + 1,
    }));
  const succeed = (heading: string) => {
    setProblem(null);
    setDone((previous) => ({ heading, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  const onSubmitForReview = async () => {
    try {
      await submit({ variables: { input: { moduleId: module.id } } });
      succeed(`${module.title} has been submitted for review`);
    } catch (caught) {
      fail(caught);
    }
  };

  const onPublish = async () => {
    try {
      await publish({ variables: { input: { moduleId: module.id } } });
      succeed(`${module.title} has been published`);
    } catch (caught) {
      fail(caught);
    }
  };

  const lessons = [...module.lessons].sort((a, b) => a.position - b.position);
  const onMove = async (index: number, offset: -1 | 1) => {
    const order = lessons.map((lesson) => lesson.id);
    const target = index + offset;
    const moved = lessons[index];
    if (reorderState.loading) return;
    if (!moved || target < 0 || target >= order.length) return;
    [order[index], order[target]] = [order[target] ?? '', order[index] ?? ''];
    try {
      await reorder({ variables: { input: { moduleId: module.id, lessonIds: order } } });
      setProblem(null);
      setAnnouncement(
        `${moved.title} moved ${offset < 0 ? 'up' : 'down'} to position ${target + 1} of ${order.length}.`,
      );
      // Keep focus on the same button, or its partner when the lesson reached the top or bottom.
      const atEdge = target === 0 || target === order.length - 1;
      const direction = offset < 0 ? 'up' : 'down';
      const other = offset < 0 ? 'down' : 'up';
      setFocusAfterMove((previous) => ({
        id: moveButtonId(moved.id, atEdge ? other : direction),
        n: (previous?.n ?? 0) + 1,
      }));
    } catch (caught) {
      fail(caught);
    }
  };

  const publishedLessons = lessons.filter((lesson) => lesson.status === 'PUBLISHED').length;

  return (
    <Page
      title={module.title}
      caption="Module"
      width="full"
      error={problem !== null}
      beforeHeading={
        <>
          <BackLink to="/authoring" />
          {problem ? <ErrorSummary key={problem.attempt} errors={[{ text: problem.message }]} /> : null}
          {done ? (
            <NotificationBanner key={done.attempt} type="success" heading={done.heading}>
              {done.body ? <p className="govuk-body">{done.body}</p> : null}
            </NotificationBanner>
          ) : null}
        </>
      }
    >
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList
            rows={[
              { key: 'Status', value: <StatusTag status={module.status} /> },
              {
                key: 'Title',
                value: module.title,
                action: { href: `/authoring/modules/${module.id}/edit`, text: 'Change', visuallyHiddenText: 'details' },
              },
              { key: 'Summary', value: module.summary },
              { key: 'Topic', value: module.topic },
              { key: 'Audience', value: AUDIENCE_LABELS[module.audience] },
              { key: 'Web address', value: `/learn/${module.slug}` },
              {
                key: 'Learning outcomes',
                value:
                  module.outcomes.length > 0 ? (
                    <ul className="govuk-list govuk-list--bullet">
                      {module.outcomes.map((outcome) => (
                        <li key={outcome}>{outcome}</li>
                      ))}
                    </ul>
                  ) : (
                    'None yet'
                  ),
              },
              {
                key: 'Cover image',
                value: module.cover ? (
                  <>
                    <img className="app-cover-preview" src={module.cover.url} alt={module.cover.alt} />
                    <span className="govuk-body-s">Description: {module.cover.alt}</span>
                  </>
                ) : (
                  'None'
                ),
              },
              { key: 'Last updated', value: formatDateTime(module.updatedAt) },
            ]}
          />
          <h2 className="govuk-heading-m">Review and publish</h2>
          {module.status === 'PUBLISHED' ? (
            <p className="govuk-body">
              Learners can see this module with its published lessons ({publishedLessons} of {lessons.length}).
            </p>
          ) : (
            <p className="govuk-body">
              Learners see a published module with only its published lessons. {publishedLessons} of {lessons.length}{' '}
              lessons are published.
            </p>
          )}
          <ButtonGroup>
            {module.status === 'DRAFT' ? (
              <Button
                type="button"
                variant="secondary"
                loading={submitState.loading}
                loadingText="Submitting…"
                onClick={() => void onSubmitForReview()}
              >
                Submit for review
              </Button>
            ) : null}
            {module.status !== 'PUBLISHED' ? (
              <Button
                type="button"
                loading={publishState.loading}
                loadingText="Publishing…"
                onClick={() => void onPublish()}
              >
                Publish module
              </Button>
            ) : null}
            {module.status !== 'ARCHIVED' ? (
              <Link className="govuk-link" to={`/authoring/modules/${module.id}/archive`}>
                Archive module
              </Link>
            ) : null}
          </ButtonGroup>
        </div>
      </div>

      <h2 className="govuk-heading-l">Lessons</h2>
      <div className="govuk-visually-hidden" role="status">
        {announcement}
      </div>
      {lessons.length === 0 ? (
        <p className="govuk-body">This module has no lessons yet. Add the first one.</p>
      ) : (
        <Table
          caption="Lessons in the order learners take them"
          captionClassName="govuk-table__caption--s"
          rows={lessons.map((lesson, index) => ({ lesson, index }))}
          rowKey={({ lesson }) => lesson.id}
          columns={[
            { header: 'Step', numeric: true, cell: ({ index }) => index + 1 },
            {
              header: 'Lesson',
              rowHeader: true,
              cell: ({ lesson }) => (
                <Link className="govuk-link" to={`/authoring/lessons/${lesson.id}`}>
                  {lesson.title}
                </Link>
              ),
            },
            {
              header: 'Kind',
              cell: ({ lesson }) => (
                <>
                  {LESSON_KIND_LABELS[lesson.kind]}
                  {lesson.kind === 'KNOWLEDGE_CHECK' && lesson.testRole !== 'NONE' ? (
                    <span className="govuk-body-s govuk-!-display-block">{TEST_ROLE_LABELS[lesson.testRole]}</span>
                  ) : null}
                </>
              ),
            },
            {
              header: 'Status',
              cell: ({ lesson }) => (
                <>
                  <StatusTag status={lesson.status} />
                  {lesson.publishAt ? (
                    <span className="govuk-body-s govuk-!-display-block">
                      Scheduled for {formatDateTime(lesson.publishAt)}
                    </span>
                  ) : null}
                  {lesson.publishedRevisionNumber !== null && lesson.status !== 'PUBLISHED' ? (
                    <span className="govuk-body-s govuk-!-display-block">
                      Version {lesson.publishedRevisionNumber} is live
                    </span>
                  ) : null}
                </>
              ),
            },
            {
              header: 'Order',
              cell: ({ lesson, index }) => (
                <div className="app-reorder">
                  {index > 0 ? (
                    <button
                      type="button"
                      id={moveButtonId(lesson.id, 'up')}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => void onMove(index, -1)}
                    >
                      Move up<span className="govuk-visually-hidden">: {lesson.title}</span>
                    </button>
                  ) : null}
                  {index < lessons.length - 1 ? (
                    <button
                      type="button"
                      id={moveButtonId(lesson.id, 'down')}
                      className="govuk-button govuk-button--secondary"
                      onClick={() => void onMove(index, 1)}
                    >
                      Move down<span className="govuk-visually-hidden">: {lesson.title}</span>
                    </button>
                  ) : null}
                </div>
              ),
            },
          ]}
        />
      )}
      <ButtonLink to={`/authoring/modules/${module.id}/lessons/new`} variant="secondary">
        Add a lesson
      </ButtonLink>
    </Page>
  );
}
