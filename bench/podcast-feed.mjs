/**
 * Podcast-feed benchmark: GET /api/feeds/podcasts/<slug>.xml, the public RSS feed a podcast
 * app polls, for the demo show grown to `--episodes` published episodes (default 50, each with
 * its recording, transcript, chapters and voices; the feed carries at most 100), signed out,
 * under `--connections` concurrent clients on loopback. Against our API and a bare node:http
 * server with two hand-written statements and the same feed builder
 * (bench/bare-podcast-feed-server.mjs) over the same database, in the same run; the two
 * feeds must be the same bytes (but for lastBuildDate). Rounds alternate which server goes
 * first; each figure is the median over the rounds. A failure is a connection error, a
 * timeout or a non-2xx answer. Goal: ≥ 50% of the bare throughput, p99 ≤ 2× the bare p99,
 * no failures.
 *   npm run build && node bench/podcast-feed.mjs [--seconds 10] [--connections 20] [--rounds 3] [--episodes 50]
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import {
  arg,
  database,
  freePort,
  judgeAgainstBare,
  load,
  printTable,
  rounds,
  sleep,
  startApi,
  startBaseline,
} from './lib.mjs';

const SECONDS = arg('seconds', 10);
const CONNECTIONS = arg('connections', 20);
const ROUNDS = arg('rounds', 3);
const EPISODES = arg('episodes', 50);
const SLUG = 'common-ground-voices';
const LABEL = `podcast feed (${EPISODES} episodes)`;
/** Both servers write the same absolute links. */
const PUBLIC_URL = 'http://localhost:3000';

/** Copies the demo show's episodes (and their recordings' rows) until it has `count` published ones. */
async function growShow(db, count) {
  await db.query(
    `with show as (select id from podcast_show where slug = $1),
          source as (select c.*, e.audio_media_id, e.transcript_vtt, e.chapters, e.voices, e.explicit,
                            row_number() over (order by c.published_at) - 1 as k, count(*) over () as total
                       from content_item c join podcast_episode e on e.content_item_id = c.id
                      where e.show_id = (select id from show)),
          copies as (
            insert into content_item (kind, status, audience, title, slug, summary, body, word_count, published_at)
            select 'PODCAST_EPISODE', 'PUBLISHED', s.audience, s.title || ' (' || n || ')', s.slug || '-bench-' || n,
                   s.summary, s.body, s.word_count, s.published_at - (n || ' days')::interval
              from generate_series(1, $2::int) n
              join source s on s.k = n % s.total
            returning id, slug)
     insert into podcast_episode (content_item_id, show_id, audio_media_id, transcript_vtt, chapters, voices, explicit)
     select c.id, (select id from show), s.audio_media_id, s.transcript_vtt, s.chapters, s.voices, s.explicit
       from copies c join source s on c.slug like s.slug || '-bench-%'`,
    [SLUG, count],
  );
}

/** The feed without its build time, which differs by the second between the servers. */
const comparable = (xml) => xml.replace(/<lastBuildDate>[^<]*<\/lastBuildDate>/, '');

async function main() {
  const db = await database();
  const children = [];
  const client = new pg.Client({ connectionString: db.url });
  // The demo's recordings are copied into the API's data folder: a throw-away one.
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-bench-podcast-'));
  try {
    const api = await startApi(db.url, randomBytes(32).toString('hex'), { PUBLIC_URL: PUBLIC_URL, DATA_DIR: dataDir });
    children.push(api.child);
    await client.connect();
    const { rows } = await client.query(
      `select count(*)::int as n from podcast_episode e join podcast_show s on s.id = e.show_id where s.slug = $1`,
      [SLUG],
    );
    if (EPISODES > rows[0].n) await growShow(client, EPISODES - rows[0].n);

    const barePort = await freePort();
    children.push(
      await startBaseline('bare-podcast-feed-server.mjs', [db.url, String(barePort)], {
        PUBLIC_URL: 'http://localhost:3000',
      }),
    );
    const path = `/api/feeds/podcasts/${SLUG}.xml`;
    const servers = [
      { name: 'Common Ground API', url: `${api.origin}${path}` },
      { name: 'bare node:http + SQL', url: `http://127.0.0.1:${barePort}${path}` },
    ];
    const [ours, theirs] = await Promise.all(servers.map(async (s) => (await fetch(s.url)).text()));
    if (comparable(ours) !== comparable(theirs) || !ours.includes('<enclosure')) {
      console.error('The two servers do not serve the same feed:');
      console.error(ours.slice(0, 1500));
      console.error(theirs.slice(0, 1500));
      process.exitCode = 1;
      return;
    }
    const items = (ours.match(/<item>/g) ?? []).length;

    const [a, b] = await rounds(servers, ROUNDS, (server) =>
      load(server.url, { connections: CONNECTIONS, seconds: SECONDS }),
    );
    printTable(
      `Podcast feed: ${items} episodes, ${ours.length} bytes of RSS, signed out, ${CONNECTIONS} connections, ` +
        `${ROUNDS} ${SECONDS}-second rounds alternating which server goes first, median of each figure, loopback`,
      [
        [servers[0].name, a],
        [servers[1].name, b],
      ],
    );
    judgeAgainstBare(LABEL, [a, b], { bareName: 'bare node:http + SQL', minShare: 0.5 });
  } finally {
    await client.end().catch(() => undefined);
    for (const child of children) child.kill('SIGTERM');
    await sleep(2500);
    await db.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
