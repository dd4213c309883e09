/**
 * The baseline for the podcast-feed benchmark: a bare node:http server answering
 * GET /api/feeds/podcasts/<slug>.xml from the same database with two hand-written statements
 * (the public show; its newest published episodes with their recordings) and the API's own
 * feed builder (apps/api/dist/.../podcast-feed.js), so the difference measured is the
 * framework, the ORM and the request pipeline, not the XML.
 *   PUBLIC_URL=<the API's public URL> node bench/bare-podcast-feed-server.mjs <databaseUrl> <port>
 */
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import pg from 'pg';

const require = createRequire(import.meta.url);
const { podcastFeedXml } = require('../apps/api/dist/modules/library/podcast/podcast-feed.js');

const [databaseUrl, port] = process.argv.slice(2);
const publicUrl = process.env.PUBLIC_URL;
const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });

const SHOW_SQL = `select id, slug, title, description, artwork_media_id, audience from podcast_show
                   where slug = $1 and audience = 'PUBLIC'`;
const EPISODES_SQL = `
  select c.id, c.slug, c.title, c.summary, c.body, c.published_at, c.updated_at,
         e.transcript_vtt <> '' as has_transcript, e.chapters, e.voices, e.explicit,
         m.id as media_id, m.size, m.mime, m.duration_seconds
    from content_item c
    join podcast_episode e on e.content_item_id = c.id
    join media m on m.id = e.audio_media_id
   where c.kind = 'PODCAST_EPISODE' and c.status = 'PUBLISHED' and e.show_id = $1
   order by c.published_at desc, c.id desc
   limit 100`;

async function feed(slug) {
  const { rows: shows } = await pool.query(SHOW_SQL, [slug]);
  const row = shows[0];
  if (!row) return null;
  const show = { id: row.id, slug: row.slug, title: row.title, description: row.description, audience: row.audience };
  const { rows } = await pool.query(EPISODES_SQL, [show.id]);
  const episodes = rows.map((r) => ({
    item: {
      id: r.id,
      slug: r.slug,
      title: r.title,
      summary: r.summary,
      body: r.body,
      publishedAt: r.published_at,
      updatedAt: r.updated_at,
    },
    episode: {
      transcriptVtt: r.has_transcript ? 'x' : '',
      chapters: r.chapters,
      voices: r.voices,
      explicit: r.explicit,
    },
    audio: { id: r.media_id, size: r.size, mime: r.mime, durationSeconds: r.duration_seconds },
  }));
  const links = {
    self: `${publicUrl}/api/feeds/podcasts/${encodeURIComponent(show.slug)}.xml`,
    audio: (e) => `${publicUrl}/api/media/${e.audio.id}`,
    transcript: (e) => `${publicUrl}/api/podcasts/episodes/${e.item.id}/transcript.vtt`,
    chapters: (e) => `${publicUrl}/api/podcasts/episodes/${e.item.id}/chapters.json`,
    artwork: row.artwork_media_id ? `${publicUrl}/api/media/${row.artwork_media_id}` : null,
  };
  return podcastFeedXml(publicUrl, show, episodes, links, new Date());
}

createServer((req, res) => {
  const match = /^\/api\/feeds\/podcasts\/([^/]+)\.xml$/.exec(req.url ?? '');
  if (!match) {
    res.writeHead(404).end();
    return;
  }
  feed(decodeURIComponent(match[1])).then(
    (xml) => {
      if (!xml) res.writeHead(404).end();
      else
        res
          .writeHead(200, {
            'content-type': 'application/rss+xml; charset=utf-8',
            'cache-control': 'public, max-age=300',
          })
          .end(xml);
    },
    () => res.writeHead(500).end(),
  );
}).listen(Number(port), '127.0.0.1', () => console.log(`bare podcast feed on ${port}`));
