import type { LessonKindName } from '@common-ground/shared';
import { Link } from 'react-router';
import { Tag } from '../../../ui';
import { LESSON_KIND_LABELS } from './labels';
import '../learn.scss';

export type LessonStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANNOT_START';

export interface TaskListLesson {
  id: string;
  title: string;
  kind: LessonKindName;
  status: LessonStatus;
  href: string;
}

export const LESSON_STATUS_LABELS: Record<LessonStatus, string> = {
  NOT_STARTED: 'Not yet started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
  CANNOT_START: 'Cannot start yet',
};

function Status({ status, id }: { status: LessonStatus; id: string }) {
  const label = LESSON_STATUS_LABELS[status];
  switch (status) {
    case 'NOT_STARTED':
      return (
        <div className="govuk-task-list__status" id={id}>
          <Tag colour="blue">{label}</Tag>
        </div>
      );
    case 'IN_PROGRESS':
      return (
        <div className="govuk-task-list__status" id={id}>
          <Tag colour="light-blue">{label}</Tag>
        </div>
      );
    case 'COMPLETED':
      return (
        <div className="govuk-task-list__status" id={id}>
          {label}
        </div>
      );
    case 'CANNOT_START':
      return (
        <div className="govuk-task-list__status govuk-task-list__status--cannot-start-yet" id={id}>
          {label}
        </div>
      );
  }
}

/**
 * A module's lessons as the GOV.UK task list: each lesson a link with its kind as the hint and its
 * status in words (tags for work still to do, as the pattern advises). A lesson that cannot be
 * started yet is not a link, so nobody lands on a page they cannot use.
 */
export function LessonTaskList({ lessons }: { lessons: readonly TaskListLesson[] }) {
  return (
    <ul className="govuk-task-list">
      {lessons.map((lesson) => {
        const hintId = `lesson-${lesson.id}-hint`;
        const statusId = `lesson-${lesson.id}-status`;
        const canStart = lesson.status !== 'CANNOT_START';
        return (
          <li key={lesson.id} className={`govuk-task-list__item${canStart ? ' govuk-task-list__item--with-link' : ''}`}>
            <div className="govuk-task-list__name-and-hint">
              {canStart ? (
                <Link
                  className="govuk-link govuk-task-list__link"
                  to={lesson.href}
                  aria-describedby={`${hintId} ${statusId}`}
                >
                  {lesson.title}
                </Link>
              ) : (
                <div>{lesson.title}</div>
              )}
              <div id={hintId} className="govuk-task-list__hint">
                {LESSON_KIND_LABELS[lesson.kind]}
              </div>
            </div>
            <Status status={lesson.status} id={statusId} />
          </li>
        );
      })}
    </ul>
  );
}
