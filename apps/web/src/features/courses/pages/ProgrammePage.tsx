import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../../app/AuthContext';
import { Page } from '../../../app/Page';
import { TIME_ZONE } from '../../../lib/dates';
import { Button, Checkboxes, Pagination, Select } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { canModerate } from '../../moderate/components/RequireModerator';
import { SessionCard } from '../components/SessionCard';
import { programmePageQuery } from '../operations';
import { COURSES_PATH, PROGRAMME_FEED_URL } from '../paths';
import { programmeStrandsQuery } from '../programme-operations';
import { MANAGE_COURSES_PATH } from '../manage/paths';
import '../courses.scss';

const MONTHS_AHEAD = 6;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An id from the address, or '' when it is not one (so a mangled link shows everything). */
const idParam = (value: string | null): string => (value && UUID.test(value) ? value : '');
const monthName = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: TIME_ZONE });

/** This month and the next few as YYYY-MM with their names, for the month filter. */
function monthOptions(now = new Date()): { value: string; text: string }[] {
  return Array.from({ length: MONTHS_AHEAD }, (_, i) => {
    const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + i, 15));
    const value = `${first.getUTCFullYear()}-${String(first.getUTCMonth() + 1).padStart(2, '0')}`;
    return { value, text: monthName.format(first) };
  });
}

/**
 * The course programme: upcoming sessions, soonest first, filtered by strand, locality,
 * month and places left (and by course, from a learning plan's link). Open to everyone; the
 * filters live in the address so a list can be shared, and the calendar feed follows them.
 */
export function ProgrammePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const locality = params.get('locality') ?? '';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') ?? '') : '';
  const placesLeft = params.get('placesLeft') === 'yes';
  const strandId = idParam(params.get('strand'));
  const courseId = idParam(params.get('course'));
  const [chosen, setChosen] = useState({ strandId, locality, month, placesLeft });
  const { viewer } = useAuth();
  const strands = useQuery(programmeStrandsQuery);

  const { data, loading, error } = useQuery(programmePageQuery, {
    variables: {
      first: PAGE_SIZE,
      after: page.after,
      filter: {
        strandId: strandId || undefined,
        courseId: courseId || undefined,
        locality: locality || undefined,
        month: month || undefined,
        placesLeft: placesLeft || undefined,
      },
    },
  });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.courseProgramme;
  const sessions = connection?.edges.map((edge) => edge.node) ?? [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (chosen.strandId) next.set('strand', chosen.strandId);
    if (chosen.locality) next.set('locality', chosen.locality);
    if (chosen.month) next.set('month', chosen.month);
    if (chosen.placesLeft) next.set('placesLeft', 'yes');
    const query = next.toString();
    void navigate(`${COURSES_PATH}${query ? `?${query}` : ''}`);
  };

  const feed = new URLSearchParams();
  if (strandId) feed.set('strand', strandId);
  if (locality) feed.set('locality', locality);
  const feedQuery = feed.toString();
  const oneCourse = courseId ? sessions[0]?.course.title : undefined;

  return (
    <Page title="Course programme" caption="Courses" width="full">
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body-l">Training run by the partnership, for staff from every organisation.</p>
          <p className="govuk-body">
            Places are not first come, first served. Six weeks before each session they are shared out so that as many
            organisations and sectors as possible learn together, and people who work nearby come first.
          </p>
          <p className="govuk-body">
            <a className="govuk-link" href={`${PROGRAMME_FEED_URL}${feedQuery ? `?${feedQuery}` : ''}`}>
              {feedQuery
                ? 'Subscribe to these sessions in your calendar (.ics)'
                : 'Subscribe to the programme in your calendar (.ics)'}
            </a>
          </p>
          {canModerate(viewer?.roles) ? (
            <p className="govuk-body">
              <Link className="govuk-link" to={MANAGE_COURSES_PATH}>
                Run the programme: add and change courses and sessions, see charges
              </Link>
            </p>
          ) : null}
          {courseId ? (
            <p className="govuk-body">
              {oneCourse ? `Showing the sessions of ${oneCourse}. ` : 'Showing the sessions of one course. '}
              <Link className="govuk-link" to={COURSES_PATH}>
                Show the whole programme
              </Link>
            </p>
          ) : null}
        </div>
      </div>

      <form role="search" aria-label="Filter the programme" className="app-filter" onSubmit={onSubmit}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="strand"
              label="Strand"
              labelClassName="govuk-label--s"
              options={[
                { value: '', text: 'All strands' },
                ...(strands.data?.frameworkStrands ?? []).map((s) => ({ value: s.id, text: s.name })),
              ]}
              value={chosen.strandId}
              onChange={(value) => setChosen((c) => ({ ...c, strandId: value }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="locality"
              label="Locality"
              labelClassName="govuk-label--s"
              options={[
                { value: '', text: 'All localities' },
                ...(data?.courseLocalities ?? []).map((l) => ({ value: l, text: l })),
              ]}
              value={chosen.locality}
              onChange={(value) => setChosen((c) => ({ ...c, locality: value }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Select
              id="month"
              label="Month"
              labelClassName="govuk-label--s"
              options={[{ value: '', text: 'Any month' }, ...monthOptions()]}
              value={chosen.month}
              onChange={(value) => setChosen((c) => ({ ...c, month: value }))}
            />
          </div>
          <div className="govuk-grid-column-one-quarter">
            <Checkboxes
              idPrefix="placesLeft"
              legend="Places"
              legendClassName="govuk-fieldset__legend--s"
              small
              items={[{ value: 'yes', text: 'Only sessions with places left' }]}
              values={chosen.placesLeft ? ['yes'] : []}
              onChange={(values) => setChosen((c) => ({ ...c, placesLeft: values.includes('yes') }))}
            />
          </div>
        </div>
        <Button variant="secondary">Apply filters</Button>
      </form>

      {loading && !data ? (
        <p className="govuk-body" role="status">
          Loading sessions…
        </p>
      ) : (
        <>
          <p className="govuk-body" role="status">
            {page.showing(sessions.length, connection?.totalCount ?? 0, 'sessions')}
          </p>
          {sessions.length === 0 ? (
            <p className="govuk-body">
              No sessions match. Try another strand, locality or month, or clear the filters to see the whole programme.
            </p>
          ) : (
            <ul className="app-session-list">
              {sessions.map((session) => (
                <SessionCard key={session.id} session={session} />
              ))}
            </ul>
          )}
          <Pagination
            previousHref={page.previousHref}
            nextHref={connection ? page.nextHref(connection.pageInfo) : undefined}
            landmarkLabel="Programme pages"
          />
        </>
      )}
    </Page>
  );
}
