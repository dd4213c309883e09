import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { Page } from '../../../app/Page';
import { TIME_ZONE } from '../../../lib/dates';
import { Button, Checkboxes, Pagination, Select } from '../../../ui';
import { PAGE_SIZE, useCursorPage } from '../../admin/hooks/useCursorPage';
import { SomethingWentWrong } from '../../errors/pages/SomethingWentWrong';
import { SessionCard } from '../components/SessionCard';
import { programmePageQuery } from '../operations';
import { COURSES_PATH, PROGRAMME_FEED_URL } from '../paths';
import '../courses.scss';

const MONTHS_AHEAD = 6;
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
 * The course programme: upcoming sessions, soonest first, filtered by locality, month and
 * places left. Open to everyone; the filters live in the address so a list can be shared.
 */
export function ProgrammePage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const page = useCursorPage();
  const locality = params.get('locality') ?? '';
  const month = /^\d{4}-\d{2}$/.test(params.get('month') ?? '') ? (params.get('month') ?? '') : '';
  const placesLeft = params.get('placesLeft') === 'yes';
  const [chosen, setChosen] = useState({ locality, month, placesLeft });

  const { data, loading, error } = useQuery(programmePageQuery, {
    variables: {
      first: PAGE_SIZE,
      after: page.after,
      filter: { locality: locality || undefined, month: month || undefined, placesLeft: placesLeft || undefined },
    },
  });
  if (error && !data) return <SomethingWentWrong />;
  const connection = data?.courseProgramme;
  const sessions = connection?.edges.map((edge) => edge.node) ?? [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (chosen.locality) next.set('locality', chosen.locality);
    if (chosen.month) next.set('month', chosen.month);
    if (chosen.placesLeft) next.set('placesLeft', 'yes');
    const query = next.toString();
    void navigate(`${COURSES_PATH}${query ? `?${query}` : ''}`);
  };

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
            <a className="govuk-link" href={PROGRAMME_FEED_URL}>
              Subscribe to the programme in your calendar (.ics)
            </a>
          </p>
        </div>
      </div>

      <form role="search" aria-label="Filter the programme" className="app-filter" onSubmit={onSubmit}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-third">
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
          <div className="govuk-grid-column-one-third">
            <Select
              id="month"
              label="Month"
              labelClassName="govuk-label--s"
              options={[{ value: '', text: 'Any month' }, ...monthOptions()]}
              value={chosen.month}
              onChange={(value) => setChosen((c) => ({ ...c, month: value }))}
            />
          </div>
          <div className="govuk-grid-column-one-third">
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
              No sessions match. Try another locality or month, or clear the filters to see the whole programme.
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
