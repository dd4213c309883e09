import { mkdtempSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { createTestApp, type TestApp } from '../../../test/app';
import { makePerson, signIn } from '../../../test/factories';

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
  const editorCookie = async () => {
    const person = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR'] });
    const client = t.client();
    await signIn(client, person.email);
    return client.sessionCookie;
  };

  it('stores a real PNG under a generated name and serves it with its type and nosniff', async () => {
    const res = await upload(await editorCookie(), tinyPng(), '../../etc/passwd.png');
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; kind: string; mime: string; url: string; originalName: string };
    expect(body).toMatchObject({ kind: 'IMAGE', mime: 'image/png', url: `/api/media/${body.id}` });
    expect(body.originalName).toBe('passwd.png');
    const files = await readdir(join(dataDir, 'media'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^[0-9a-f-]{36}$/);

    const got = await fetch(`${t.url}${body.url}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(got.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await got.arrayBuffer()).equals(tinyPng())).toBe(true);
    const range = await fetch(`${t.url}${body.url}`, { headers: { range: 'bytes=0-3' } });
    expect(range.status).toBe(206);
    expect((await fetch(`${t.url}/api/media/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
  });

  it('refuses a text file named .png, and uploads by learners or visitors', async () => {
    const fake = await upload(await editorCookie(), Buffer.from('hello, I am text'), 'photo.png');
    expect(fake.status).toBe(400);
    expect(await fake.json()).toMatchObject({ code: 'BAD_USER_INPUT', message: expect.stringMatching(/JPEG, PNG/) });

    const learner = await makePerson(t.db);
    const client = t.client();
    await signIn(client, learner.email);
    expect((await upload(client.sessionCookie, tinyPng(), 'a.png')).status).toBe(403);
    const anonymous = await upload('', tinyPng(), 'a.png');
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
