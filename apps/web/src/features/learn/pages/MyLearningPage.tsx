import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { ATTENDANCE_LABELS } from '@common-ground/shared';
import { formatDate, formatShortDate, formatTimeRange } from '../../../lib/dates';
import { cpdTime } from '../../../lib/labels';
import { Table, Tag } from '../../../ui';
import { registersToMarkQuery } from '../../courses/attendance.operations';
import { evaluationHref, registerHref } from '../../courses/attendance.paths';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { lessonCount } from '../learnerLabels';
import { myLearningQuery } from '../operations';
import { certificateHref, lessonHref, moduleHref } from '../paths';
import '../learn.scss';

/**
 * The signed-in learner's modules in progress, modules completed, courses attended (CPD
 * evidence, with the evaluation to complete) and certificates of both kinds.
 */
export function MyLearningPage() {
  const { data, loading, error } = useQuery(myLearningQuery);
  const registers = useQuery(registersToMarkQuery);
  const toMark = registers.data?.registersToMark ?? [];

  if (error && !data) return <SomethingWentWrong />;
  const learning = data?.myLearning;

  return (
    <Page title="My learning">
      {loading && !learning ? (
        <p className="govuk-body">Loading your learning…</p>
      ) : learning ? (
        <>
          {toMark.length ? (
            <>
              <h2 className="govuk-heading-m">Registers to mark</h2>
              <p className="govuk-body">You are named as the trainer of these sessions.</p>
              <ul className="govuk-list">
                {toMark.map((session) => (
                  <li key={session.sessionId}>
                    <Link className="govuk-link" to={registerHref(session.sessionId)}>
                      {session.courseTitle}
                      <span className="govuk-visually-hidden"> register</span>
                    </Link>
                    {`, ${formatDate(session.startsAt)}, ${formatTimeRange(session.startsAt, session.endsAt)}, ${session.venue}`}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2 className="govuk-heading-m">In progress</h2>
          {learning.inProgress.length === 0 ? (
            <p className="govuk-body">
              You have no modules in progress.{' '}
              <Link className="govuk-link" to="/learn">
                Find a module to start
              </Link>
              .
            </p>
          ) : (
            <ul className="govuk-list app-module-list">
              {learning.inProgress.map((module) => {
                const progress = module.viewerProgress;
                return (
                  <li key={module.id} className="app-module-list__item">
                    <h3 className="govuk-heading-s govuk-!-margin-bottom-1">
                      <Link className="govuk-link" to={moduleHref(module.slug)}>
                        {module.title}
                      </Link>
                    </h3>
                    <p className="govuk-body govuk-!-margin-bottom-1">
                      You have completed {progress.completedLessons} of {lessonCount(progress.totalLessons)}.
                    </p>
                    {progress.continueLesson ? (
                      <p className="govuk-body govuk-!-margin-bottom-0">
                        <Link className="govuk-link" to={lessonHref(module.slug, progress.continueLesson.id)}>
                          Continue where you left off
                          <span className="govuk-visually-hidden"> in {module.title}</span>
                        </Link>
                      </p>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}

          <h2 className="govuk-heading-m">Completed</h2>
          {learning.completed.length === 0 ? (
            <p className="govuk-body">You have not completed a module yet.</p>
          ) : (
            <ul className="govuk-list govuk-list--bullet">
              {learning.completed.map((module) => (
                <li key={module.id}>
                  <Link className="govuk-link" to={moduleHref(module.slug)}>
                    {module.title}
                  </Link>
                </li>
              ))}
            </ul>
          )}

          <h2 className="govuk-heading-m">Courses attended</h2>
          {learning.coursesAttended.length === 0 ? (
            <p className="govuk-body">
              Courses you attend show here as evidence of your CPD.{' '}
              <Link className="govuk-link" to="/courses">
                Find a course
              </Link>
              .
            </p>
          ) : (
            <Table
              caption="Courses you attended, with CPD time"
              captionClassName="govuk-visually-hidden"
              rowKey={(row) => row.sessionId}
              rows={learning.coursesAttended}
              columns={[
                { header: 'Course', rowHeader: true, cell: (row) => row.courseTitle },
                { header: 'Date', cell: (row) => formatShortDate(row.startsAt) },
                { header: 'Attendance', cell: (row) => ATTENDANCE_LABELS[row.status] },
                { header: 'CPD', cell: (row) => (row.cpdMinutes ? cpdTime(row.cpdMinutes) : 'None recorded') },
                {
                  header: 'Evaluation and certificate',
                  cell: (row) =>
                    row.canEvaluate ? (
                      <Link className="govuk-link" to={evaluationHref(row.sessionId)}>
                        Complete the evaluation<span className="govuk-visually-hidden"> for {row.courseTitle}</span>
                      </Link>
                    ) : row.certificate ? (
                      <a className="govuk-link" href={row.certificate.pdfUrl} download>
                        Download certificate<span className="govuk-visually-hidden"> for {row.courseTitle}</span>
                      </a>
                    ) : (
                      <Tag colour="grey">{row.evaluated ? 'Evaluated' : 'No evaluation'}</Tag>
                    ),
                },
              ]}
            />
          )}

          <h2 className="govuk-heading-m">Certificates</h2>
          {learning.certificates.length === 0 ? (
            <p className="govuk-body">
              You get a certificate when you complete a module, or attend the whole of a course and complete its
              evaluation.
            </p>
          ) : (
            <Table
              caption="Your certificates"
              captionClassName="govuk-visually-hidden"
              rowKey={(row) => row.id}
              rows={learning.certificates}
              columns={[
                {
                  header: 'For',
                  rowHeader: true,
                  cell: (row) => `${row.title} (${row.kind === 'COURSE' ? 'course' : 'module'})`,
                },
                { header: 'Date', cell: (row) => formatShortDate(row.issuedAt) },
                {
                  header: 'Certificate',
                  cell: (row) => (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      <li>
                        <Link className="govuk-link" to={certificateHref(row.code)}>
                          View<span className="govuk-visually-hidden"> certificate for {row.title}</span>
                        </Link>
                      </li>
                      <li>
                        <a className="govuk-link" href={row.pdfUrl} download>
                          Download PDF<span className="govuk-visually-hidden"> for {row.title}</span>
                        </a>
                      </li>
                    </ul>
                  ),
                },
              ]}
            />
          )}
          <p className="govuk-body">
            <Link className="govuk-link" to="/learn">
              Browse all modules
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
