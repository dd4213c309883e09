/**
 * The baseline for the programme benchmark: a bare GraphQL server (graphql-http on node:http)
 * answering the programme page's query for a signed-out visitor from the same database with
 * one hand-written statement (upcoming sessions in a month with their course and places
 * given out) and the API's own working-day rule for each free cancellation deadline.
 *   node bench/bare-programme-server.mjs <databaseUrl> <port>
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { createHandler } from 'graphql-http/lib/use/http';
import pg from 'pg';

const require = createRequire(import.meta.url);
const apiDist = join(import.meta.dirname, '..', 'apps/api/dist/modules/courses');
const { parseBankHolidays } = require(join(apiDist, 'rules/bank-holidays.js'));
const { freeCancellationDeadline, sessionStartDate } = require(join(apiDist, 'rules/working-days.js'));
const { londonInstant } = require(join(apiDist, 'rules/london-time.js'));
const calendar = parseBankHolidays(require(join(apiDist, 'data/bank-holidays.json')));

const [databaseUrl, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

const schema = buildSchema(`
  type Course { id: ID! title: String! targetGroups: [String!]! }
  type CourseSession { id: ID! startsAt: String! endsAt: String! venue: String! locality: String! capacity: Int!
    placesLeft: Int! shortlistedAt: String status: String! freeCancellationUntil: String course: Course! }
  type Edge { cursor: String! node: CourseSession! }
  type PageInfo { hasNextPage: Boolean! endCursor: String }
  type Connection { totalCount: Int! pageInfo: PageInfo! edges: [Edge!]! }
  input ProgrammeFilter { locality: String month: String placesLeft: Boolean }
  type Query { courseProgramme(filter: ProgrammeFilter, first: Int): Connection! courseLocalities: [String!]! }
`);

const SQL = `select s.id, s.starts_at, s.ends_at, s.venue, s.locality, s.capacity, s.status, s.shortlisted_at, s.nation,
    c.id as course_id, c.title, c.target_groups,
    (select count(*)::int from course_application a where a.session_id = s.id and a.status in ('OFFERED', 'CONFIRMED')) as holding,
    count(*) over ()::int as total
  from course_session s join course c on c.id = s.course_id
  where s.status = 'SCHEDULED' and s.starts_at > now() and s.starts_at >= $1 and s.starts_at < $2
  order by s.starts_at, s.id limit $3`;

const nextMonth = (m) => {
  const [y, mo] = m.split('-').map(Number);
  return mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, '0')}`;
};

const rootValue = {
  courseLocalities: async () =>
    (
      await pool.query(
        `select distinct locality from course_session where status = 'SCHEDULED' and starts_at > now() order by locality limit 50`,
      )
    ).rows.map((r) => r.locality),
  courseProgramme: async ({ filter, first = 20 }) => {
    const { rows } = await pool.query(SQL, [
      londonInstant(`${filter.month}-01`),
      londonInstant(`${nextMonth(filter.month)}-01`),
      first + 1,
    ]);
    const edges = rows.slice(0, first).map((r) => ({
      cursor: r.id,
      node: {
        id: r.id,
        startsAt: r.starts_at.toISOString(),
        endsAt: r.ends_at.toISOString(),
        venue: r.venue,
        locality: r.locality,
        capacity: r.capacity,
        placesLeft: Math.max(0, r.capacity - r.holding),
        shortlistedAt: r.shortlisted_at?.toISOString() ?? null,
        status: r.status,
        freeCancellationUntil: freeCancellationDeadline(
          sessionStartDate(r.starts_at),
          r.nation,
          calendar,
        ).toISOString(),
        course: { id: r.course_id, title: r.title, targetGroups: r.target_groups },
      },
    }));
    return {
      totalCount: rows[0]?.total ?? 0,
      pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
      edges,
    };
  },
};

const handler = createHandler({ schema, rootValue });
createServer(handler).listen(Number(port), '127.0.0.1', () => console.log(`bare programme server on ${port}`));
