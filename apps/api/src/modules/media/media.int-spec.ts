import { mkdtempSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { LIMITS } from '@common-ground/shared';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeLesson, makeModule, makePerson, signIn } from '../../../test/factories';
import { LearningModuleEntity } from '../learning/entities/learning-module.entity';
import { londonTime } from '../identity/sign-in-throttle';

/** A real 1×1 PNG, built byte by byte. */
function tinyPng(): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(1, 0);
  header.writeUInt32BE(1, 4);
  header[8] = 8;
  header[9] = 6;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from([0, 255, 0, 0, 255]))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

describe('media', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-media-'));
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
  });

  const upload = (cookie: string, bytes: Buffer, name: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${t.url}/api/media`, { method: 'POST', body: form, headers: cookie ? { cookie } : {} });
  };
  const signedIn = async (roles: ('LEARNER' | 'EDITOR')[] = ['LEARNER']) => {
    const person = await makePerson(t.db, { roles });
    const client = t.client();
    await signIn(client, person.email);
    return { person, client };
  };
  const editorCookie = async () => (await signedIn(['LEARNER', 'EDITOR'])).client.sessionCookie;
  /** Uploads the PNG as a new editor and returns its id and URL. */
  const uploadedPng = async () => {
    const res = await upload(await editorCookie(), tinyPng(), 'picture.png');
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; url: string };
  };
  /**
   * Every stored file has its row and every row its file, whatever other tests uploaded:
   * a refused upload leaves nothing behind on either side.
   */
  const expectDiskToMatchTable = async () => {
    const rows = await t.db.query<{ storage_key: string }[]>('select storage_key from media');
    const onDisk = await readdir(join(dataDir, 'media'));
    expect([...onDisk].sort()).toEqual(rows.map((r) => r.storage_key).sort());
  };
  const download = (url: string, cookie = '', headers: Record<string, string> = {}) =>
    fetch(`${t.url}${url}`, { headers: cookie ? { ...headers, cookie } : headers });

  it('stores a real PNG under a generated name and serves it with its type and nosniff', async () => {
    const cookie = await editorCookie();
    const res = await upload(cookie, tinyPng(), '../../etc/passwd.png');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; kind: string; mime: string; url: string; originalName: string };
    expect(body).toMatchObject({ kind: 'IMAGE', mime: 'image/png', url: `/api/media/${body.id}` });
    expect(body.originalName).toBe('passwd.png');
    const [row] = await t.db.query<
      {
        storage_key: string;
      }[]
    >('select storage_key from media where id = $1', [body.id]);
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(await readdir(join(dataDir, 'media'))).toContain(row.storage_key);
    await expectDiskToMatchTable();

    const got = await download(body.url, cookie);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(tinyPng())).toBe(true);
    const range = await download(body.url, cookie, { range: 'bytes=0-3' });
    expect(range.status).toBe(206);
    expect((await download('/api/media/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await download('/api/media/not-an-id', cookie)).status).toBe(404);
  });

  it('refuses a text file named .png, and uploads by learners or visitors', async () => {
    const fake = await upload(await editorCookie(), Buffer.from('hello, I am text'), 'photo.png');
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      message: expect.stringMatching(/JPEG, PNG/),
    });

    const learner = await makePerson(t.db);
    const client = t.client();
    await signIn(client, learner.email);
    expect((await upload(client.sessionCookie, tinyPng(), 'a.png')).status).toBe(403);
    const anonymous = await upload('', tinyPng(), 'a.png');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  /** What anyone gets for a file they may not see: exactly what an unknown id gets. */
  const unknownFile = async (cookie = '') => {
    const res = await download('/api/media/00000000-0000-4000-8000-000000000000', cookie);
    return { status: res.status, body: (await res.json()) as unknown };
  };
  const answer = async (url: string, cookie = '') => {
    const res = await download(url, cookie);
    return { status: res.status, body: (await res.json()) as unknown };
  };

  it('serves a staff-only module’s cover to signed-in people only, and never to shared caches', async () => {
    const media = await uploadedPng();
    await makeModule(t.db, { coverMediaId: media.id, coverAlt: 'A desk' });

    const visitor = await answer(media.url);
    expect(visitor).toEqual(await unknownFile());
    expect(visitor).toEqual({ status: 404, body: { code: 'NOT_FOUND', message: expect.any(String) } });

    const { client } = await signedIn();
    const learner = await download(media.url, client.sessionCookie);
    expect(learner.status).toBe(200);
    expect(learner.headers.get('cache-control')).toBe('private, max-age=3600');
    expect(learner.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await learner.arrayBuffer()).equals(tinyPng())).toBe(true);
  });

  it('serves the cover of a published public module to anyone, publicly cacheable, but not of a draft', async () => {
    const media = await uploadedPng();
    await makeModule(t.db, { audience: 'PUBLIC', coverMediaId: media.id, coverAlt: 'A desk' });
    const visitor = await download(media.url);
    expect(visitor.status).toBe(200);
    expect(visitor.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await download(media.url, '', { range: 'bytes=0-3' })).status).toBe(206);

    const draftCover = await uploadedPng();
    await makeModule(t.db, { audience: 'PUBLIC', status: 'DRAFT', coverMediaId: draftCover.id, coverAlt: 'A desk' });
    expect(await answer(draftCover.url)).toEqual(await unknownFile());
  });

  it('serves a picture of a published lesson in a public module to anyone, until the module is staff-only', async () => {
    const media = await uploadedPng();
    const module = await makeModule(t.db, { audience: 'PUBLIC' });
    const html = `<p>At the desk.</p><img src="${media.url}" alt="A desk" />`;
    const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html }, { publish: false });
    expect(await answer(media.url)).toEqual(await unknownFile());

    const { client: editor } = await signedIn(['LEARNER', 'EDITOR']);
    await editor.ok('mutation($input: PublishLessonInput!) { publishLesson(input: $input) { id } }', {
      input: { lessonId: lesson.id },
    });
    const published = await download(media.url);
    expect(published.status).toBe(200);
    expect(published.headers.get('cache-control')).toBe('public, max-age=86400');

    await t.db.getRepository(LearningModuleEntity).update(module.id, { audience: 'STAFF' });
    expect(await answer(media.url)).toEqual(await unknownFile());
  });

  it('hides a file used only by a draft from learners exactly as an unknown id, and shows it to editors', async () => {
    const media = await uploadedPng();
    const module = await makeModule(t.db);
    const html = `<p>Draft.</p><img src="${media.url}" alt="A desk" />`;
    await makeLesson(t.db, module.id, 'ARTICLE', { html }, { publish: false });
    const { client: learner } = await signedIn();
    expect(await answer(media.url, learner.sessionCookie)).toEqual(await unknownFile(learner.sessionCookie));
    expect(await answer(media.url, learner.sessionCookie)).toMatchObject({ status: 404 });
    const { client: editor } = await signedIn(['LEARNER', 'EDITOR']);
    expect((await download(media.url, editor.sessionCookie)).status).toBe(200);
  });

  it('shows learners a picture of a published staff lesson, and nobody else’s unused uploads', async () => {
    const used = await uploadedPng();
    const module = await makeModule(t.db);
    await makeLesson(t.db, module.id, 'ARTICLE', { html: `<img src="${used.url}" alt="A desk" />` });
    const unused = await uploadedPng();
    const { client: learner } = await signedIn();
    expect((await download(used.url, learner.sessionCookie)).status).toBe(200);
    expect(await answer(used.url)).toEqual(await unknownFile());
    expect(await answer(unused.url, learner.sessionCookie)).toEqual(await unknownFile(learner.sessionCookie));
  });

  it('answers a file whose bytes have gone from the disk as not found, not as a fault', async () => {
    const media = await uploadedPng();
    const [row] = await t.db.query<
      {
        storage_key: string;
      }[]
    >('select storage_key from media where id = $1', [media.id]);
    await rm(join(dataDir, 'media', row.storage_key));
    const { client: editor } = await signedIn(['LEARNER', 'EDITOR']);
    expect(await answer(media.url, editor.sessionCookie)).toEqual(await unknownFile(editor.sessionCookie));
    await t.db.query('delete from media where id = $1', [media.id]);
  });

  it('refuses an upload past the hourly limit, naming when, and stores nothing', async () => {
    const { person, client } = await signedIn(['LEARNER', 'EDITOR']);
    for (let i = 0; i < LIMITS.uploadsPerHour; i += 1) {
      expect((await upload(client.sessionCookie, tinyPng(), `p${i}.png`)).status).toBe(201);
    }
    const uploads: { oldest: Date }[] = await t.db.query(
      'select min(created_at) as oldest from media where uploaded_by_id = $1',
      [person.id],
    );
    const again = londonTime(new Date(uploads[0].oldest.getTime() + 60 * 60 * 1000));

    const refused = await upload(client.sessionCookie, tinyPng(), 'one-more.png');
    expect(refused.status).toBe(429);
    expect(await refused.json()).toEqual({
      code: 'RATE_LIMITED',
      message: `You have uploaded ${LIMITS.uploadsPerHour} files in the last hour. You can upload again at ${again}.`,
    });
    await expectDiskToMatchTable();
    const stored: { count: number }[] = await t.db.query(
      'select count(*)::int as count from media where uploaded_by_id = $1',
      [person.id],
    );
    expect(stored[0].count).toBe(LIMITS.uploadsPerHour);
  });

  it('lets no more than the hourly limit through when uploads arrive all at once', async () => {
    const { person, client } = await signedIn(['LEARNER', 'EDITOR']);
    const statuses = await Promise.all(
      Array.from({ length: LIMITS.uploadsPerHour + 3 }, (_, i) =>
        upload(client.sessionCookie, tinyPng(), `burst-${i}.png`).then((res) => res.status),
      ),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(LIMITS.uploadsPerHour);
    expect(statuses.filter((status) => status === 429)).toHaveLength(3);
    const stored: { count: number }[] = await t.db.query(
      'select count(*)::int as count from media where uploaded_by_id = $1',
      [person.id],
    );
    expect(stored[0].count).toBe(LIMITS.uploadsPerHour);
    await expectDiskToMatchTable();
  });
});
