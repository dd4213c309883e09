import { mkdtempSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Parser from 'rss-parser';
import { parseWebVtt } from '@common-ground/shared';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const DEMO = join(__dirname, '../../../database/seed/library/podcast-demo');
const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const SHOW_FIELDS = 'id slug title audience feedUrl viewerCan { edit privateFeed } privateFeed { createdAt url }';
const EPISODE_FIELDS = `id slug title status audience explicit notesHtml transcriptUrl chaptersUrl
  voices { name role } chapters { startSeconds title } transcriptVtt
  audio { url mime size durationSeconds } viewerCan { edit publish }`;
const CREATE_SHOW = `mutation($input: PodcastShowInput!) { createPodcastShow(input: $input) { ${SHOW_FIELDS} } }`;
const CREATE_EPISODE = `mutation($input: CreatePodcastEpisodeInput!) { createPodcastEpisode(input: $input) { ${EPISODE_FIELDS} } }`;
const UPDATE_EPISODE = `mutation($input: UpdatePodcastEpisodeInput!) { updatePodcastEpisode(input: $input) { ${EPISODE_FIELDS} } }`;
const GET_EPISODE = `query($id: String!) { podcastEpisode(idOrSlug: $id) { ${EPISODE_FIELDS} } }`;
const GET_SHOW = `query($id: String!) { podcastShow(idOrSlug: $id) { ${SHOW_FIELDS}
  episodes(first: 10) { totalCount edges { node { id title status } } } } }`;
const PUBLISH = 'mutation($input: PublishContentInput!) { publishContentItem(input: $input) { status } }';
const NEW_FEED = 'mutation($input: PodcastShowIdInput!) { createPrivatePodcastFeed(input: $input) { url createdAt } }';
const REVOKE_FEED = 'mutation($input: PodcastShowIdInput!) { revokePrivatePodcastFeed(input: $input) }';

interface Episode {
  id: string;
  slug: string;
  status: string;
  audience: string;
  transcriptUrl: string | null;
  chaptersUrl: string | null;
  transcriptVtt: string;
  chapters: { startSeconds: number; title: string }[];
  audio: { url: string; size: number; durationSeconds: number } | null;
}

describe('podcasts', () => {
  let t: TestApp;
  let editor: GraphqlClient;
  let vtt: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-podcast-'));
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir });
    const person = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR'] });
    editor = t.client();
    await signIn(editor, person.email);
    vtt = await readFile(join(DEMO, 'first-week-on-the-front-desk.vtt'), 'utf8');
  });
  afterAll(async () => {
    await t?.close();
  });

  const learner = async () => {
    const person = await makePerson(t.db);
    const client = t.client();
    await signIn(client, person.email);
    return { person, client };
  };
  const uploadAudio = async () => {
    const form = new FormData();
    const bytes = await readFile(join(DEMO, 'first-week-on-the-front-desk.mp3'));
    form.append('file', new Blob([new Uint8Array(bytes)]), 'episode.mp3');
    const res = await fetch(`${t.url}/api/media`, {
      method: 'POST',
      body: form,
      headers: { cookie: editor.sessionCookie },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const makeShow = async (audience: 'PUBLIC' | 'STAFF', title = `Voices ${audience}`) =>
    (
      await editor.ok<{ createPodcastShow: { id: string; slug: string; feedUrl: string | null } }>(CREATE_SHOW, {
        input: { title, description: 'Council workers and migrant workers talk about their work.', audience },
      })
    ).createPodcastShow;
  const episodeInput = (audioMediaId: string, overrides: Record<string, unknown> = {}) => ({
    title: 'My first week',
    summary: 'Sarah remembers her first week.',
    notesHtml: '<p>Notes <script>alert(1)</script>about the <strong>desk</strong>.</p>',
    audioMediaId,
    transcriptVtt: vtt,
    chapters: [
      { startSeconds: 0, title: 'Welcome' },
      { startSeconds: 14.4, title: 'The housing form' },
    ],
    voices: [{ name: 'Sarah Whitlock', role: 'council worker' }],
    explicit: false,
    ...overrides,
  });
  const publishedEpisode = async (showId: string, overrides: Record<string, unknown> = {}) => {
    const created = (
      await editor.ok<{ createPodcastEpisode: Episode }>(CREATE_EPISODE, {
        input: { showId, ...episodeInput(await uploadAudio(), overrides) },
      })
    ).createPodcastEpisode;
    await editor.ok(PUBLISH, { input: { id: created.id } });
    return created;
  };
  const get = (path: string, cookie = '', headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, { headers: cookie ? { ...headers, cookie } : headers });

  it('takes an episode through the workflow with its recording, transcript, chapters and voices', async () => {
    const show = await makeShow('PUBLIC');
    const audio = await uploadAudio();
    const created = (
      await editor.ok<{ createPodcastEpisode: Episode & { notesHtml: string } }>(CREATE_EPISODE, {
        input: { showId: show.id, ...episodeInput(audio) },
      })
    ).createPodcastEpisode;
    expect(created).toMatchObject({ status: 'DRAFT', audience: 'PUBLIC', voices: [{ name: 'Sarah Whitlock' }] });
    expect(created.notesHtml).not.toContain('script');
    const cues = parseWebVtt(created.transcriptVtt);
    expect('cues' in cues && cues.cues).toHaveLength(6);
    expect('cues' in cues && cues.cues[0]).toMatchObject({ startSeconds: 0, voice: 'Sarah Whitlock' });
    expect(created.audio?.durationSeconds).toBeGreaterThan(40);

    // Nobody but editors sees a draft; its recording is hidden like an unknown file.
    const visitor = t.client();
    expect(code(await visitor.request(GET_EPISODE, { id: created.slug }))).toBe('NOT_FOUND');
    expect((await get(created.audio!.url)).status).toBe(404);

    await editor.ok(PUBLISH, { input: { id: created.id } });
    const seen = (await visitor.ok<{ podcastEpisode: Episode }>(GET_EPISODE, { id: created.slug })).podcastEpisode;
    expect(seen.status).toBe('PUBLISHED');
    expect((await get(seen.audio!.url)).status).toBe(200);
    const transcript = await get(seen.transcriptUrl!);
    expect(transcript.headers.get('content-type')).toMatch(/^text\/vtt/);
    expect(await transcript.text()).toBe(vtt.trim() + '\n');
    const chapters = await get(seen.chaptersUrl!);
    expect(await chapters.json()).toEqual({
      version: '1.2.0',
      chapters: [
        { startTime: 0, title: 'Welcome' },
        { startTime: 14.4, title: 'The housing form' },
      ],
    });
  });

  it('refuses an invalid transcript or chapters naming the problem, a picture as the recording, and learners', async () => {
    const show = await makeShow('PUBLIC');
    const audio = await uploadAudio();
    const badVtt = await editor.request(CREATE_EPISODE, {
      input: {
        showId: show.id,
        ...episodeInput(audio, { transcriptVtt: 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nBackwards' }),
      },
    });
    expect(code(badVtt)).toBe('BAD_USER_INPUT');
    expect(badVtt.errors?.[0]?.message).toMatch(/Line 3: the passage must end after it starts/);
    const notVtt = await editor.request(CREATE_EPISODE, {
      input: { showId: show.id, ...episodeInput(audio, { transcriptVtt: '1\n00:00:01,000 --> 00:00:02,000\nSRT' }) },
    });
    expect(notVtt.errors?.[0]?.message).toMatch(/start with the word WEBVTT/);
    const lateChapter = await editor.request(CREATE_EPISODE, {
      input: { showId: show.id, ...episodeInput(audio, { chapters: [{ startSeconds: 600, title: 'After the end' }] }) },
    });
    expect(lateChapter.errors?.[0]?.message).toMatch(/before the recording ends/);
    const { client } = await learner();
    expect(code(await client.request(CREATE_EPISODE, { input: { showId: show.id, ...episodeInput(audio) } }))).toBe(
      'FORBIDDEN',
    );
  });

  it('publishes a public show as an RSS feed that a third-party parser reads, with the podcast tags', async () => {
    const show = await makeShow('PUBLIC', 'Front desk voices');
    const episode = await publishedEpisode(show.id, { explicit: true });
    const res = await get(show.feedUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/rss\+xml/);
    const xml = await res.text();
    const parser = new Parser<Record<string, unknown>, Record<string, unknown>>({
      customFields: { item: ['podcast:transcript', 'podcast:chapters', 'podcast:person', 'podcast:socialInteract'] },
    });
    const feed = await parser.parseString(xml);
    expect(feed.title).toBe('Front desk voices');
    expect(feed.items).toHaveLength(1);
    const [item] = feed.items;
    expect(item.guid).toBe(`urn:uuid:${episode.id}`);
    expect(item.enclosure).toEqual({
      url: `http://localhost:3000${episode.audio!.url}`,
      length: String(episode.audio!.size),
      type: 'audio/mpeg',
    });
    expect((item.itunes as { duration: string; explicit: string }).duration).toBe(
      String(Math.round(episode.audio!.durationSeconds)),
    );
    expect((item['podcast:transcript'] as { $: { url: string; type: string } }).$).toMatchObject({
      url: `http://localhost:3000${episode.transcriptUrl}`,
      type: 'text/vtt',
    });
    expect((item['podcast:chapters'] as { $: { type: string } }).$.type).toBe('application/json+chapters');
    expect(item['podcast:person']).toBe('Sarah Whitlock (council worker)');
    expect((item['podcast:socialInteract'] as { $: { uri: string } }).$.uri).toBe(
      `http://localhost:3000/library/podcasts/episodes/${episode.slug}#comments-heading`,
    );
    expect(xml).toContain('<itunes:explicit>true</itunes:explicit>');
  });

  it('keeps a staff-only show, its episodes and its feed from signed-out visitors', async () => {
    const show = await makeShow('STAFF', 'Staff room');
    expect(show.feedUrl).toBeNull();
    const episode = await publishedEpisode(show.id);
    expect(episode.audience).toBe('STAFF');
    const visitor = t.client();
    expect(code(await visitor.request(GET_SHOW, { id: show.slug }))).toBe('NOT_FOUND');
    expect(code(await visitor.request(GET_EPISODE, { id: episode.slug }))).toBe('NOT_FOUND');
    expect((await get(`/api/feeds/podcasts/${show.slug}.xml`)).status).toBe(404);
    expect((await get(episode.transcriptUrl!)).status).toBe(404);
    expect((await get(episode.audio!.url)).status).toBe(404);
    const { client } = await learner();
    const seen = await client.ok<{ podcastShow: { episodes: { totalCount: number } } }>(GET_SHOW, { id: show.slug });
    expect(seen.podcastShow.episodes.totalCount).toBe(1);
    expect((await get(episode.audio!.url, client.sessionCookie)).status).toBe(200);
  });

  it('gives staff a private feed of a staff-only show that works without a session until revoked; a wrong or revoked token gets 404', async () => {
    const show = await makeShow('STAFF', 'Private voices');
    const episode = await publishedEpisode(show.id);
    const { client } = await learner();
    const made = (
      await client.ok<{ createPrivatePodcastFeed: { url: string } }>(NEW_FEED, { input: { showId: show.id } })
    ).createPrivatePodcastFeed;
    const path = new URL(made.url).pathname;
    const [token] = path.split('/').slice(-1)[0].split('.');
    const stored = await t.db.query<{ token_hash: string }[]>(
      'select token_hash from podcast_feed_token where show_id = $1',
      [show.id],
    );
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    const feed = await new Parser().parseString(await (await get(path)).text());
    expect(feed.items).toHaveLength(1);
    const audioUrl = new URL(feed.items[0].enclosure!.url).pathname;
    const ranged = await get(audioUrl, '', { range: 'bytes=0-9' });
    expect(ranged.status).toBe(206);
    expect(new URL(made.url).pathname).not.toContain(episode.audio!.url);

    const unknown = await get(`/api/feeds/podcasts/private/${'A'.repeat(43)}.xml`);
    const malformed = await get('/api/feeds/podcasts/private/nope.xml');
    expect(unknown.status).toBe(404);
    expect(malformed.status).toBe(404);
    const unknownBody = await unknown.json();
    expect(await malformed.json()).toEqual(unknownBody);

    const shown = await client.ok<{ podcastShow: { privateFeed: { url: string | null } | null } }>(GET_SHOW, {
      id: show.id,
    });
    expect(shown.podcastShow.privateFeed).toMatchObject({ url: null });
    expect(
      (await client.ok<{ revokePrivatePodcastFeed: boolean }>(REVOKE_FEED, { input: { showId: show.id } }))
        .revokePrivatePodcastFeed,
    ).toBe(true);
    const revoked = await get(path);
    expect(revoked.status).toBe(404);
    expect(await revoked.json()).toEqual(unknownBody);
    expect((await get(audioUrl)).status).toBe(404);

    // A public show has no private feeds.
    const open = await makeShow('PUBLIC', 'Open voices');
    expect(code(await client.request(NEW_FEED, { input: { showId: open.id } }))).toBe('BAD_USER_INPUT');
  });

  it('replaces a private feed address when a new one is made', async () => {
    const show = await makeShow('STAFF', 'Renewed voices');
    const { client } = await learner();
    const first = (
      await client.ok<{ createPrivatePodcastFeed: { url: string } }>(NEW_FEED, { input: { showId: show.id } })
    ).createPrivatePodcastFeed.url;
    const second = (
      await client.ok<{ createPrivatePodcastFeed: { url: string } }>(NEW_FEED, { input: { showId: show.id } })
    ).createPrivatePodcastFeed.url;
    expect(second).not.toBe(first);
    expect((await get(new URL(first).pathname)).status).toBe(404);
    expect((await get(new URL(second).pathname)).status).toBe(200);
  });

  it('updates an episode and lists a show’s episodes in a fixed number of statements', async () => {
    const show = await makeShow('PUBLIC', 'Counted voices');
    const one = await publishedEpisode(show.id);
    await publishedEpisode(show.id);
    const changed = (
      await editor.ok<{ updatePodcastEpisode: Episode & { title: string } }>(UPDATE_EPISODE, {
        input: { id: one.id, ...episodeInput(await uploadAudio(), { title: 'Renamed', transcriptVtt: '' }) },
      })
    ).updatePodcastEpisode;
    expect(changed).toMatchObject({ title: 'Renamed', transcriptUrl: null, transcriptVtt: '' });

    const visitor = t.client();
    const query = `query($id: String!) { podcastShow(idOrSlug: $id) { episodes(first: 20) {
      edges { node { id title audio { url durationSeconds } } } } } }`;
    const statementsForTwo = await t.queries.measure(() => visitor.ok(query, { id: show.slug }));
    await publishedEpisode(show.id);
    await publishedEpisode(show.id);
    const four = await visitor.ok<{ podcastShow: { episodes: { edges: unknown[] } } }>(query, { id: show.slug });
    expect(four.podcastShow.episodes.edges).toHaveLength(4);
    expect(await t.queries.measure(() => visitor.ok(query, { id: show.slug }))).toBe(statementsForTwo);
    // show, count, page of items, their episode rows, their recordings
    expect(statementsForTwo).toBeLessThanOrEqual(5);
  });
});
