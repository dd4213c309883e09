import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { LoadingPage } from '../../../app/guards';
import { Page } from '../../../app/Page';
import { ButtonGroup, ButtonLink, Pagination, Table } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { COURSES_PATH } from '../paths';
import { manageCoursesQuery } from './operations';
import { OfferWindowForm, OfferWindowNotices, useOfferWindowSetting } from './OfferWindowSetting';
import { editCourseHref, FINANCE_PATH, NEW_COURSE_PATH, newSessionHref } from './paths';

/**
 * Partnership leads' list of courses, A–Z: change one, add a session, add a course, see
 * charges; and the hours a waiting-list offer stays open.
 */
export function ManageCoursesPage() {
  const page = useCursorPage();
  const { data, loading, error } = useQuery(manageCoursesQuery, {
    variables: { first: PAGE_SIZE, after: page.after },
    fetchPolicy: 'cache-and-network',
  });
  const offerWindow = useOfferWindowSetting();
  if (loading && !data) return <LoadingPage />;
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.programmeCourses;
  const courses = connection?.edges.map((e) => e.node) ?? [];
  return (
    <Page
      title="Run the course programme"
      caption="Courses"
      width="full"
      error={offerWindow.problem !== null}
      beforeHeading={<OfferWindowNotices setting={offerWindow} />}
    >
      <p className="govuk-body">
        Add courses and their sessions, and change them. Everyone with a place is told when a session changes.{' '}
        <Link className="govuk-link" to={COURSES_PATH}>
          See the programme as the public sees it
        </Link>
        .
      </p>
      <ButtonGroup>
        <ButtonLink to={NEW_COURSE_PATH}>Add a course</ButtonLink>
        <ButtonLink to={FINANCE_PATH} variant="secondary">
          Charges by organisation
        </ButtonLink>
      </ButtonGroup>
      {courses.length === 0 ? (
        <p className="govuk-body">There are no courses yet.</p>
      ) : (
        <Table
          caption={`${connection?.totalCount ?? 0} courses`}
          captionClassName="govuk-table__caption--m"
          rows={courses}
          rowKey={(c) => c.id}
          columns={[
            {
              header: 'Course',
              rowHeader: true,
              cell: (c) => (
                <Link className="govuk-link" to={editCourseHref(c.id)}>
                  {c.title}
                </Link>
              ),
            },
            { header: 'Trainer', cell: (c) => c.trainer || 'Not set' },
            {
              header: 'Sessions',
              cell: (c) => (
                <Link className="govuk-link" to={newSessionHref(c.id)}>
                  Add a session<span className="govuk-visually-hidden"> to {c.title}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
      <Pagination
        previousHref={page.previousHref}
        nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
        landmarkLabel="Course pages"
      />
      <OfferWindowForm setting={offerWindow} />
    </Page>
  );
}
