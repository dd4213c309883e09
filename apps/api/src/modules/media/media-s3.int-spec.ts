import { mkdtempSync, writeFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from '@20minutes/s3rver';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createTestApp, type TestApp } from '../../../test/app';
import { makePerson, signIn } from '../../../test/factories';
import { S3Storage } from './storage/s3.storage';

const DEMO = join(__dirname, '../../database/seed/library/podcast-demo');
const BUCKET = 'cg-media';
/** s3rver's one account; every request is signed with it (AWS Signature Version 4) and checked. */
const KEYS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/**
 * Media kept in an S3-compatible bucket (MEDIA_STORAGE=s3): the real app talks to a real S3
 * server (s3rver, in this process, on a loopback socket) over HTTP with signed requests, so
 * uploads, refusals, cut-off uploads and range requests are checked against a bucket.
 */
describe('media in S3-compatible storage', () => {
  let t: TestApp;
  let s3: S3rver;
  let endpoint: string;
  let bucket: S3Client;
  let mp3: Buffer;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-media-s3-'));
  const s3Dir = mkdtempSync(join(tmpdir(), 'cg-s3rver-'));

  beforeAll(async () => {
    s3 = new S3rver({
      address: '127.0.0.1',
      port: 0,
      silent: true,
      directory: s3Dir,
      configureBuckets: [{ name: BUCKET }],
    });
    const { port } = await s3.run();
    endpoint = `http://127.0.0.1:${port}`;
    bucket = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: KEYS });
    t = await createTestApp({
      DATA_DIR: dataDir,
      MEDIA_AUDIO_MAX_BYTES: String(200 * 1024),
      MEDIA_STORAGE: 's3',
      S3_ENDPOINT: endpoint,
      S3_BUCKET: BUCKET,
      S3_REGION: 'us-east-1',
      S3_ACCESS_KEY_ID: KEYS.accessKeyId,
      S3_SECRET_ACCESS_KEY: KEYS.secretAccessKey,
      S3_FORCE_PATH_STYLE: 'true',
    });
    mp3 = await readFile(join(DEMO, 'arriving-for-the-harvest.mp3'));
  });
  afterAll(async () => {
    await t?.close();
    bucket?.destroy();
    await s3?.close();
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
  /**
   * The objects in the bucket, read from the server's own store on disk (s3rver keeps each as
   * `<key>._S3rver_object`): its bucket listing answers SignatureDoesNotMatch to this SDK.
   */
  const objectKeys = async () =>
    (await readdir(join(s3Dir, BUCKET)).catch(() => [] as string[]))
      .filter((f) => f.endsWith('._S3rver_object'))
      .map((f) => f.replace(/\._S3rver_object$/, ''));
  /** Every object in the bucket has its row and every row its object; nothing waits half-received. */
  const expectBucketToMatchTable = async () => {
    const rows = await t.db.query<{ storage_key: string }[]>('select storage_key from media');
    expect((await objectKeys()).sort()).toEqual(rows.map((r) => r.storage_key).sort());
    expect(await readdir(join(dataDir, 'media-incoming')).catch(() => [])).toEqual([]);
    expect(await readdir(join(dataDir, 'media')).catch(() => [])).toEqual([]);
  };

  it('stores an upload as an object under its generated key, not on the local disk', async () => {
    const res = await upload(mp3, '../../etc/passwd.mp3');
    expect(res.status).toBe(201);
    const { id } = (await res.json()) as { id: string };
    const [row] = await t.db.query<{ storage_key: string }[]>('select storage_key from media where id = $1', [id]);
    const stored = await bucket.send(new GetObjectCommand({ Bucket: BUCKET, Key: row.storage_key }));
    expect(Buffer.from(await stored.Body!.transformToByteArray()).equals(mp3)).toBe(true);
    await expectBucketToMatchTable();
  });

  it('serves the whole file, byte ranges (206), the last bytes, HEAD, and refuses a range past the end (416)', async () => {
    const cookie = await editorCookie();
    const { url } = (await (await upload(mp3, 'range.mp3', cookie)).json()) as { url: string };
    const get = (headers: Record<string, string> = {}, method = 'GET') =>
      fetch(`${t.url}${url}`, { method, headers: { cookie, ...headers } });

    const whole = await get();
    expect(whole.status).toBe(200);
    expect(whole.headers.get('accept-ranges')).toBe('bytes');
    expect(whole.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await whole.arrayBuffer()).equals(mp3)).toBe(true);

    const middle = await get({ range: 'bytes=100-199' });
    expect(middle.status).toBe(206);
    expect(middle.headers.get('content-range')).toBe(`bytes 100-199/${mp3.length}`);
    expect(middle.headers.get('content-length')).toBe('100');
    expect(Buffer.from(await middle.arrayBuffer()).equals(mp3.subarray(100, 200))).toBe(true);

    const rest = await get({ range: `bytes=${mp3.length - 10}-` });
    expect(rest.status).toBe(206);
    expect(Buffer.from(await rest.arrayBuffer()).equals(mp3.subarray(mp3.length - 10))).toBe(true);

    const last = await get({ range: 'bytes=-50' });
    expect(last.status).toBe(206);
    expect(last.headers.get('content-range')).toBe(`bytes ${mp3.length - 50}-${mp3.length - 1}/${mp3.length}`);
    expect(Buffer.from(await last.arrayBuffer()).equals(mp3.subarray(mp3.length - 50))).toBe(true);

    const past = await get({ range: `bytes=${mp3.length + 10}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${mp3.length}`);

    // Several ranges, or nonsense, are ignored as RFC 9110 allows: the whole file.
    const odd = await get({ range: 'bytes=0-1,5-9' });
    expect(odd.status).toBe(200);
    expect((await odd.arrayBuffer()).byteLength).toBe(mp3.length);

    const head = await get({}, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(mp3.length));
  });

  it('refuses text named .mp3 and a file past the limit, leaving no object behind', async () => {
    const fake = await upload(Buffer.from('ID3 but only words'.repeat(30)), 'song.mp3');
    expect(fake.status).toBe(415);
    const big = await upload(Buffer.concat([mp3, mp3, mp3, mp3, mp3, mp3]), 'big.mp3');
    expect(big.status).toBe(413);
    await expectBucketToMatchTable();
  });

  it('leaves no object and no row when an upload is cut off mid-way', async () => {
    const cookie = await editorCookie();
    const before = await objectKeys();
    const boundary = 'cg-boundary';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="cut.mp3"\r\nContent-Type: audio/mpeg\r\n\r\n`,
    );
    const { port } = new URL(t.url);
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write(
          `POST /api/media HTTP/1.1\r\nHost: 127.0.0.1\r\nCookie: ${cookie}\r\n` +
            `Content-Type: multipart/form-data; boundary=${boundary}\r\nContent-Length: ${head.length + mp3.length + 40}\r\n\r\n`,
        );
        socket.write(head);
        socket.write(mp3.subarray(0, Math.floor(mp3.length / 2)), () =>
          setTimeout(() => {
            socket.destroy();
            resolve();
          }, 300),
        );
      });
      socket.on('error', reject);
    });
    for (let i = 0; i < 40 && (await readdir(join(dataDir, 'media-incoming'))).length; i += 1) {
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(await objectKeys()).toEqual(before);
    await expectBucketToMatchTable();
  });

  it('answers an object gone from the bucket as not found', async () => {
    const cookie = await editorCookie();
    const { id, url } = (await (await upload(mp3, 'gone.mp3', cookie)).json()) as { id: string; url: string };
    const [row] = await t.db.query<{ storage_key: string }[]>('select storage_key from media where id = $1', [id]);
    await new S3Storage({
      endpoint,
      bucket: BUCKET,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: KEYS,
    }).remove(row.storage_key);
    const res = await fetch(`${t.url}${url}`, { headers: { cookie } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ code: 'NOT_FOUND' });
    expect((await fetch(`${t.url}${url}`, { headers: { cookie, range: 'bytes=-10' } })).status).toBe(404);
  });

  it('is refused by the server when the request is signed with the wrong secret, and never stores the file', async () => {
    const wrong = new S3Storage({
      endpoint,
      bucket: BUCKET,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: KEYS.accessKeyId, secretAccessKey: 'not-the-secret' },
    });
    const temp = join(dataDir, 'wrongly-signed');
    writeFileSync(temp, mp3);
    const before = await objectKeys();
    await expect(wrong.save('0b4a1b8e-5f0c-4d7e-9a55-7c1d2e3f4a5b', temp)).rejects.toMatchObject({
      name: 'SignatureDoesNotMatch',
    });
    expect(await objectKeys()).toEqual(before);
    await expect(wrong.save('../escape', temp)).rejects.toThrow(/Not a storage key/);
    wrong.onApplicationShutdown();
  });
});
