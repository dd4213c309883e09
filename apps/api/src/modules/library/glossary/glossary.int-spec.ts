import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CREATE = `mutation($input: GlossaryTermInput!) { createGlossaryTerm(input: $input) {
  id slug term letter definition category status audience viewerCan { edit publish archive }
  translations { languageCode languageName text pronunciation direction audioUrl } } }`;
const UPDATE = `mutation($input: UpdateGlossaryTermInput!) { updateGlossaryTerm(input: $input) { id term slug } }`;
const DELETE = `mutation($input: DeleteGlossaryTermInput!) { deleteGlossaryTerm(input: $input) }`;
const LIST = `query($filter: GlossaryTermsFilter, $first: Int, $after: String) {
  glossaryTerms(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { slug term translations { languageCode text } } } } }`;
const ONE = `query($slug: String!) { glossaryTerm(slug: $slug) { slug term status viewerCan { edit publish archive }
  translations { languageCode text direction } } }`;
const LANGUAGES = `{ glossaryLanguages { code name direction } }`;
const STEP = (
  name: string,
) => `mutation($input: ${name === 'publishContentItem' ? 'PublishContentInput' : 'ContentItemIdInput'}!) {
  ${name}(input: $input) { id status } }`;

interface Listed {
  glossaryTerms: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: { slug: string; term: string; translations: { languageCode: string; text: string }[] } }[];
  };
}

/** A term input with a unique English name and Polish and Arabic translations. */
const termInput = (term: string, overrides: Record<string, unknown> = {}) => ({
  term,
  definition: `What ${term} means, in plain English.`,
  category: 'BENEFITS',
  audience: 'PUBLIC',
  publishNow: true,
  translations: [
    { languageCode: 'pl', languageName: 'Polish', text: 'zasiłek mieszkaniowy', pronunciation: 'za-shee-wek' },
    { languageCode: 'ar', languageName: 'Arabic', text: 'إعانة السكن', pronunciation: "i'anat al-sakan" },
  ],
  ...overrides,
});

describe('glossary', () => {
  let t: TestApp;
  // Uploaded recordings are stored here (an absolute folder of this run's own).
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-glossary-'));
  let editor: GraphqlClient;
  let learner: GraphqlClient;
  let visitor: GraphqlClient;
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir });
    const e = await makePerson(t.db, { roles: ['EDITOR'] });
    editor = t.client();
    await signIn(editor, e.email);
    const l = await makePerson(t.db);
    learner = t.client();
    await signIn(learner, l.email);
    visitor = t.client();
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const create = async (term: string, overrides: Record<string, unknown> = {}) =>
    (
      await editor.ok<{ createGlossaryTerm: { id: string; slug: string } }>(CREATE, {
        input: termInput(term, overrides),
      })
    ).createGlossaryTerm;
  const search = (client: GraphqlClient, words: string, extra: Record<string, unknown> = {}) =>
    client.ok<Listed>(LIST, { filter: { search: words, ...extra }, first: 50 });
  const slugsOf = (listed: Listed) => listed.glossaryTerms.edges.map((e) => e.node.slug);

  it('lets editors write terms with translations, marking right-to-left scripts, and refuses everyone else', async () => {
    const res = await editor.request<{ createGlossaryTerm: Record<string, unknown> }>(CREATE, {
      input: termInput('Housing Benefit'),
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.createGlossaryTerm).toMatchObject({
      slug: 'housing-benefit',
      letter: 'H',
      status: 'PUBLISHED',
      viewerCan: { edit: true, publish: false, archive: true },
      translations: [
        { languageCode: 'pl', text: 'zasiłek mieszkaniowy', direction: 'LTR', audioUrl: null },
        { languageCode: 'ar', text: 'إعانة السكن', direction: 'RTL', pronunciation: "i'anat al-sakan" },
      ],
    });
    expect(code(await learner.request(CREATE, { input: termInput('Learner term') }))).toBe('FORBIDDEN');
    expect(code(await visitor.request(CREATE, { input: termInput('Visitor term') }))).toBe('UNAUTHENTICATED');
    const id = (res.data?.createGlossaryTerm as { id: string }).id;
    expect(code(await learner.request(UPDATE, { input: { ...termInput('Changed'), id } }))).toBe('FORBIDDEN');
    expect(code(await learner.request(DELETE, { input: { id } }))).toBe('FORBIDDEN');
  });

  it('checks input: a repeated name, a repeated language, a bad language code, a missing recording', async () => {
    await create('Council tax band');
    expect(code(await editor.request(CREATE, { input: termInput('council tax BAND') }))).toBe('CONFLICT');
    const twice = termInput('Twice', {
      translations: [
        { languageCode: 'pl', languageName: 'Polish', text: 'raz' },
        { languageCode: 'pl', languageName: 'Polish', text: 'dwa' },
      ],
    });
    const repeated = await editor.request(CREATE, { input: twice });
    expect(code(repeated)).toBe('BAD_USER_INPUT');
    expect(repeated.errors?.[0].extensions?.fields).toHaveProperty(['translations.1.languageCode']);
    const badTag = termInput('Bad tag', {
      translations: [{ languageCode: 'Polish!', languageName: 'Polish', text: 'x' }],
    });
    expect(code(await editor.request(CREATE, { input: badTag }))).toBe('BAD_USER_INPUT');
    const noAudio = termInput('No audio', {
      translations: [
        { languageCode: 'pl', languageName: 'Polish', text: 'x', audioMediaId: '00000000-0000-4000-8000-000000000000' },
      ],
    });
    expect(code(await editor.request(CREATE, { input: noAudio }))).toBe('BAD_USER_INPUT');
    expect(code(await editor.request(CREATE, { input: termInput('') }))).toBe('BAD_USER_INPUT');
  });

  it('adds a term sent four times at once only once, and answers the others with CONFLICT', async () => {
    const all = await Promise.all([1, 2, 3, 4].map(() => editor.request(CREATE, { input: termInput('Same time') })));
    expect(all.map((res) => code(res) ?? 'ADDED').sort()).toEqual(['ADDED', 'CONFLICT', 'CONFLICT', 'CONFLICT']);
    expect(t.logs.errors).toEqual([]);
  });

  it('shows drafts to editors only and staff terms to signed-in people only', async () => {
    const draft = await create('Draft only term', { publishNow: false });
    const staffOnly = await create('Staff only term', { audience: 'STAFF' });
    expect((await visitor.ok<{ glossaryTerm: unknown }>(ONE, { slug: draft.slug })).glossaryTerm).toBeNull();
    expect((await learner.ok<{ glossaryTerm: unknown }>(ONE, { slug: draft.slug })).glossaryTerm).toBeNull();
    expect((await editor.ok<{ glossaryTerm: unknown }>(ONE, { slug: draft.slug })).glossaryTerm).toMatchObject({
      status: 'DRAFT',
      viewerCan: { edit: true, publish: true, archive: true },
    });
    expect((await visitor.ok<{ glossaryTerm: unknown }>(ONE, { slug: staffOnly.slug })).glossaryTerm).toBeNull();
    expect((await learner.ok<{ glossaryTerm: unknown }>(ONE, { slug: staffOnly.slug })).glossaryTerm).toMatchObject({
      viewerCan: { edit: false, publish: false, archive: false },
    });
    const listedBy = async (client: GraphqlClient) => slugsOf(await search(client, 'only term'));
    expect(await listedBy(visitor)).toEqual([]);
    expect(await listedBy(learner)).toEqual([staffOnly.slug]);
    expect(await listedBy(editor)).toEqual([draft.slug, staffOnly.slug]);
  });

  it('finds a term by its Polish translation with or without diacritics, in any case, and by close spellings', async () => {
    const made = await create('Interpreter', {
      category: 'INTERPRETING',
      translations: [
        { languageCode: 'pl', languageName: 'Polish', text: 'tłumacz ustny' },
        { languageCode: 'uk', languageName: 'Ukrainian', text: 'усний перекладач' },
      ],
    });
    for (const words of ['tłumacz', 'tlumacz', 'TŁUMACZ USTNY', 'tlumaczem', 'interpretor', 'перекладач', 'interp']) {
      expect(slugsOf(await search(visitor, words))).toContain(made.slug);
    }
    expect(slugsOf(await search(visitor, 'tłumacz', { languageCode: 'ar' }))).toEqual([]);
    expect(slugsOf(await search(visitor, 'tłumacz', { languageCode: 'pl', letter: 'I' }))).toEqual([made.slug]);
  });

  it('answers hostile or odd search input with results or a clear error, never a server error', async () => {
    for (const words of ['%', '_', '\\', "'; drop table glossary_term; --", '🙂', 'مرحبا', '"quoted" OR 1=1']) {
      const res = await visitor.request(LIST, { filter: { search: words } });
      expect(res.errors).toBeUndefined();
    }
    expect(code(await visitor.request(LIST, { filter: { search: 'x'.repeat(10_000) } }))).toBe('BAD_USER_INPUT');
    expect(code(await visitor.request(LIST, { filter: { letter: 'ab' } }))).toBe('BAD_USER_INPUT');
    expect(code(await visitor.request(LIST, { after: 'not-a-cursor' }))).toBe('BAD_USER_INPUT');
  });

  it('keeps hostile HTML in a term as plain text', async () => {
    const made = await create('Hostile entry', { definition: '<img src=x onerror=alert(1)><script>alert(2)</script>' });
    const got = await visitor.ok<{ glossaryTerm: { term: string } }>(
      `query($slug: String!) { glossaryTerm(slug: $slug) { definition } }`,
      { slug: made.slug },
    );
    expect(got.glossaryTerm).toEqual({ definition: '<img src=x onerror=alert(1)><script>alert(2)</script>' });
  });

  it('pages A–Z with a cursor and lists the languages with their direction', async () => {
    const letter = 'Q';
    for (const word of ['Quarter', 'Quality', 'Queue', 'Quota', 'Quiet']) await create(word);
    const first = await visitor.ok<Listed>(LIST, { filter: { letter }, first: 2 });
    expect(first.glossaryTerms.totalCount).toBe(5);
    expect(first.glossaryTerms.edges.map((e) => e.node.term)).toEqual(['Quality', 'Quarter']);
    const next = await visitor.ok<Listed>(LIST, {
      filter: { letter },
      first: 10,
      after: first.glossaryTerms.pageInfo.endCursor,
    });
    expect(next.glossaryTerms.edges.map((e) => e.node.term)).toEqual(['Queue', 'Quiet', 'Quota']);
    expect(next.glossaryTerms.pageInfo.hasNextPage).toBe(false);
    const languages = (await visitor.ok<{ glossaryLanguages: { code: string; direction: string }[] }>(LANGUAGES))
      .glossaryLanguages;
    expect(languages).toEqual(expect.arrayContaining([{ code: 'ar', name: 'Arabic', direction: 'RTL' }]));
  });

  it('lists a page of terms with their translations in a fixed number of statements, whatever the page size', async () => {
    for (const word of ['Zone one', 'Zone two', 'Zone three', 'Zone four', 'Zone five', 'Zone six']) await create(word);
    const statements = (first: number) => t.queries.measure(() => visitor.ok(LIST, { filter: { letter: 'Z' }, first }));
    expect(await statements(6)).toBe(await statements(1));
  });

  it('goes through the library workflow: published and archived by its steps, with a revision for each', async () => {
    const draft = await create('Workflow word', { publishNow: false });
    const seenByVisitor = async () =>
      (await visitor.ok<{ glossaryTerm: unknown }>(ONE, { slug: draft.slug })).glossaryTerm !== null;
    expect(await seenByVisitor()).toBe(false);
    // A draft is hidden from a learner, so their attempt answers as if it did not exist.
    expect(code(await learner.request(STEP('publishContentItem'), { input: { id: draft.id } }))).toBe('NOT_FOUND');
    await editor.ok(STEP('publishContentItem'), { input: { id: draft.id } });
    expect(await seenByVisitor()).toBe(true);
    await editor.ok(STEP('archiveContentItem'), { input: { id: draft.id } });
    expect(await seenByVisitor()).toBe(false);
    const events: { event: string }[] = await t.db.query(
      `select event from content_revision where content_item_id = $1 order by created_at, event`,
      [draft.id],
    );
    expect(events.map((e) => e.event).sort()).toEqual(['ARCHIVED', 'CREATED', 'PUBLISHED']);
  });

  it('plays a translation’s recording to readers once the term is published, and never before', async () => {
    // A tenth of a second of silence as 8 kHz, 16-bit mono WAV.
    const samples = 800;
    const wav = Buffer.alloc(44 + samples * 2);
    wav.write('RIFF', 0);
    wav.writeUInt32LE(36 + samples * 2, 4);
    wav.write('WAVEfmt ', 8);
    wav.writeUInt32LE(16, 16);
    wav.writeUInt16LE(1, 20);
    wav.writeUInt16LE(1, 22);
    wav.writeUInt32LE(8000, 24);
    wav.writeUInt32LE(16000, 28);
    wav.writeUInt16LE(2, 32);
    wav.writeUInt16LE(16, 34);
    wav.write('data', 36);
    wav.writeUInt32LE(samples * 2, 40);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(wav)]), 'najem.wav');
    const uploaded = await fetch(`${t.url}/api/media`, {
      method: 'POST',
      body: form,
      headers: { cookie: editor.sessionCookie },
    });
    expect(uploaded.status).toBe(201);
    const { id: audioMediaId } = (await uploaded.json()) as { id: string };
    const made = await editor.ok<{ createGlossaryTerm: { id: string; translations: { audioUrl: string | null }[] } }>(
      CREATE,
      {
        input: termInput('Recorded word', {
          publishNow: false,
          translations: [{ languageCode: 'pl', languageName: 'Polish', text: 'najem', audioMediaId }],
        }),
      },
    );
    const url = made.createGlossaryTerm.translations[0].audioUrl;
    expect(url).toBe(`/api/media/${audioMediaId}`);
    expect((await fetch(`${t.url}${url}`)).status).toBe(404);
    await editor.ok(STEP('publishContentItem'), { input: { id: made.createGlossaryTerm.id } });
    const played = await fetch(`${t.url}${url}`);
    expect(played.status).toBe(200);
    expect(played.headers.get('content-type')).toContain('audio/');
  });

  it('updates and deletes a term', async () => {
    const made = await create('Old name');
    const updated = await editor.ok<{ updateGlossaryTerm: { slug: string } }>(UPDATE, {
      input: { ...termInput('New name'), id: made.id },
    });
    expect(updated.updateGlossaryTerm.slug).toBe('new-name');
    await editor.ok(DELETE, { input: { id: made.id } });
    expect((await visitor.ok<{ glossaryTerm: unknown }>(ONE, { slug: 'new-name' })).glossaryTerm).toBeNull();
    expect(code(await editor.request(DELETE, { input: { id: made.id } }))).toBe('NOT_FOUND');
  });
});
