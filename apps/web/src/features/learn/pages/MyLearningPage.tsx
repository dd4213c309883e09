import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { Page } from '../../../app/Page';
import { formatShortDate } from '../../../lib/dates';
import { Table } from '../../../ui';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { lessonCount } from '../learnerLabels';
import { myLearningQuery } from '../operations';
import { certificateHref, lessonHref, moduleHref } from '../paths';
import '../learn.scss';

/** The signed-in learner's modules in progress, modules completed and certificates. */
export function MyLearningPage() {
  const { data, loading, error } = useQuery(myLearningQuery);

  if (error && !data) return <SomethingWentWrong />;
  const learning = data?.myLearning;

  return (
    <Page title="My learning">
      {loading && !learning ? (
        <p className="govuk-body">Loading your learning…</p>
      ) : learning ? (
        <>
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

          <h2 className="govuk-heading-m">Certificates</h2>
          {learning.certificates.length === 0 ? (
            <p className="govuk-body">You get a certificate when you complete a module.</p>
          ) : (
            <Table
              caption="Your certificates"
              captionClassName="govuk-visually-hidden"
              rowKey={(row) => row.id}
              rows={learning.certificates}
              columns={[
                { header: 'Module', rowHeader: true, cell: (row) => row.moduleTitle },
                { header: 'Date', cell: (row) => formatShortDate(row.issuedAt) },
                {
                  header: 'Certificate',
                  cell: (row) => (
                    <ul className="govuk-list govuk-!-margin-bottom-0">
                      <li>
                        <Link className="govuk-link" to={certificateHref(row.code)}>
                          View<span className="govuk-visually-hidden"> certificate for {row.moduleTitle}</span>
                        </Link>
                      </li>
                      <li>
                        <a className="govuk-link" href={row.pdfUrl} download>
                          Download PDF<span className="govuk-visually-hidden"> for {row.moduleTitle}</span>
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
