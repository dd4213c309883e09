import { mkdtempSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makePerson, signIn } from '../../../../test/factories';

const DEMO = join(__dirname, '../../../database/seed/library/podcast-demo');

/**
 * Audio uploads as podcast episodes need them: streamed to disk, checked by content, read for
 * duration and format, refused whole when too large or cut off, served with range requests.
 */
describe('podcast audio uploads', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-podcast-media-'));
  const LIMIT = 200 * 1024;
  let mp3: Buffer;
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir, MEDIA_AUDIO_MAX_BYTES: String(LIMIT) });
    mp3 = await readFile(join(DEMO, 'arriving-for-the-harvest.mp3'));
  });
  afterAll(async () => {
    await t?.close();
  });

  const editorCookie = async () => {
    const person = await makePerson(t.db, { roles: ['LEARNER', 'EDITOR'] });
    const client = t.client();
    await signIn(client, person.email);
    return client.sessionCookie;
  };
  const upload = async (bytes: Buffer, name: string, cookie?: string) => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(bytes)]), name);
    return fetch(`${t.url}/api/media`, {
      method: 'POST',
      body: form,
      headers: { cookie: cookie ?? (await editorCookie()) },
    });
  };
  const listDir = async (name: string) => readdir(join(dataDir, name)).catch(() => [] as string[]);
  /** Every stored file has its row and every row its file; nothing waits half-received. */
  const expectNothingLeftBehind = async () => {
    const rows = await t.db.query<{ storage_key: string }[]>('select storage_key from media');
    expect((await listDir('media')).sort()).toEqual(rows.map((r) => r.storage_key).sort());
    expect(await listDir('media-incoming')).toEqual([]);
  };

  it('accepts an MP3 and an Ogg Opus recording, reading their duration and format from the file', async () => {
    const res = await upload(mp3, 'harvest.mp3');
    expect(res.status).toBe(201);
    const body = (await res.json()) as {
      kind: string;
      mime: string;
      durationSeconds: number;
      format: string;
      size: number;
    };
    expect(body).toMatchObject({ kind: 'AUDIO', mime: 'audio/mpeg', size: mp3.length });
    expect(body.durationSeconds).toBeGreaterThan(39);
    expect(body.durationSeconds).toBeLessThan(42);
    expect(body.format).toMatch(/MPEG/);

    const opus = await readFile(join(__dirname, 'testing/short.opus'));
    const ogg = await upload(opus, 'short.opus');
    expect(ogg.status).toBe(201);
    const oggBody = (await ogg.json()) as { mime: string; durationSeconds: number; format: string };
    expect(oggBody.mime).toMatch(/^audio\/(ogg|opus)/);
    expect(oggBody.format).toBe('Ogg / Opus');
    expect(oggBody.durationSeconds).toBeGreaterThan(1);
    await expectNothingLeftBehind();
  });

  it('refuses text named .mp3, a file past the configured limit, and never uses the name as a path', async () => {
    const fake = await upload(Buffer.from('ID3 not really an mp3, just words'.repeat(20)), 'song.mp3');
    expect(fake.status).toBe(415);
    expect(await fake.json()).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE' });

    const big = await upload(Buffer.concat([mp3, mp3]), 'big.mp3');
    expect(big.status).toBe(413);
    expect(await big.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message: expect.stringMatching(/MB or smaller/),
    });

    const tricky = await upload(mp3, '../../../media/../etc/passwd.mp3');
    expect(tricky.status).toBe(201);
    const { id } = (await tricky.json()) as { id: string };
    const [row] = await t.db.query<{ storage_key: string; original_name: string }[]>(
      'select storage_key, original_name from media where id = $1',
      [id],
    );
    expect(row.storage_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(row.original_name).toBe('passwd.mp3');
    await expectNothingLeftBehind();
  });

  it('leaves no file and no row when an upload is cut off mid-way', async () => {
    const cookie = await editorCookie();
    const before = await t.db.query<{ n: number }[]>('select count(*)::int as n from media');
    const boundary = 'cg-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
    );
    const full = head.length + mp3.length + 40;
    const { port } = new URL(t.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n` +
            `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${full}\r\n\r\n`,
        );
        socket.write(head);
        socket.write(mp3.subarray(0, Math.floor(mp3.length / 2)), () => {
          // Give the server time to start writing the file, then drop the connection.
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 300);
        });
      });
      socket.on('error', reject);
    });
    // The server notices the closed connection and clears up; wait until it has.
    for (let i = 0; i < 40 && (await listDir('media-incoming')).length; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    await expectNothingLeftBehind();
    const after = await t.db.query<{ n: number }[]>('select count(*)::int as n from media');
    expect(after[0].n).toBe(before[0].n);
  });

  it('serves ranges of a recording (206, Accept-Ranges, Content-Range) and refuses a range past its end (416)', async () => {
    const cookie = await editorCookie();
    const res = await upload(mp3, 'range.mp3', cookie);
    const { url } = (await res.json()) as { url: string };
    const whole = await fetch(`${t.url}${url}`, { headers: { cookie } });
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    const part = await fetch(`${t.url}${url}`, { headers: { cookie, range: 'bytes=100-199' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-199/${mp3.length}`);
    expect(Buffer.from(await part.arrayBuffer()).equals(mp3.subarray(100, 200))).toBe(true);
    const tail = await fetch(`${t.url}${url}`, { headers: { cookie, range: 'bytes=-10' } });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(mp3.subarray(mp3.length - 10))).toBe(true);
    const past = await fetch(`${t.url}${url}`, { headers: { cookie, range: `bytes=${mp3.length + 10}-` } });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${mp3.length}`);
  });
});
