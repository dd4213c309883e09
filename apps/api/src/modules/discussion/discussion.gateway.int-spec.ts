import { randomBytes } from 'node:crypto';
import {
  type JoinAck,
  LIVE_LIMITS,
  type LiveAck,
  type LiveServerEvents,
  type PostEvent,
  type PresenceChanged,
} from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeForumCategory, makeForumThread, makePerson, signIn } from '../../../test/factories';
import type { GraphqlClient } from '../../../test/graphql-client';

type ClientSocket = Socket<LiveServerEvents>;

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq } }`;

/** Connects to the app's socket with a client's session cookie; resolves once connected. */
function connect(url: string, cookie: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Sends a message and waits for its acknowledgement. */
function send<T = LiveAck>(socket: ClientSocket, event: string, payload: unknown): Promise<T> {
  const untyped: Socket = socket;
  return untyped.timeout(2000).emitWithAck(event, payload) as Promise<T>;
}

/** The next `event` received on the socket that satisfies `match`, within `ms`. */
function next<E extends keyof LiveServerEvents>(
  socket: ClientSocket,
  event: E,
  match: (payload: Parameters<LiveServerEvents[E]>[0]) => boolean = () => true,
  ms = 1000,
): Promise<Parameters<LiveServerEvents[E]>[0]> {
  type Payload = Parameters<LiveServerEvents[E]>[0];
  const untyped: Socket = socket;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    const name: string = event;
    const listener = (payload: Payload) => {
      if (!match(payload)) return;
      clearTimeout(timer);
      untyped.off(name, listener);
      resolve(payload);
    };
    untyped.on(name, listener);
  });
}

describe('live discussion over socket.io', () => {
  let t: TestApp;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterEach(() => {
    sockets.splice(0).forEach((s) => s.close());
  });
  afterAll(async () => {
    await t?.close();
  });

  const staff = async (app: TestApp = t): Promise<{ client: GraphqlClient; id: string; email: string }> => {
    const person = await makePerson(app.db);
    const client = app.client();
    await signIn(client, person.email);
    return { client, id: person.id, email: person.email };
  };
  const open = async (client: GraphqlClient, app: TestApp = t) => {
    const socket = await connect(app.url, client.sessionCookie);
    sockets.push(socket);
    return socket;
  };
  const openThread = async (authorId: string, posts = 1) => {
    const category = await makeForumCategory(t.db);
    return makeForumThread(t.db, category.id, [authorId], posts);
  };
  const post = async (client: GraphqlClient, threadId: string, text: string) =>
    (
      await client.ok<{ createPost: { id: string; seq: number } }>(CREATE_POST, {
        input: { threadId, body: `<p>${text}</p>` },
      })
    ).createPost;

  it('refuses a signed-out socket with UNAUTHENTICATED', async () => {
    const error = await connect(t.url, '').then(
      () => null,
      (e: Error & { data?: { code?: string } }) => e,
    );
    expect(error?.data?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses to join a restricted thread as if it did not exist', async () => {
    const viewer = await staff();
    const restricted = await makeForumCategory(t.db, { allowedRoles: ['ADMIN'] });
    const thread = await makeForumThread(t.db, restricted.id, [viewer.id]);
    const socket = await open(viewer.client);
    const ack = await send<JoinAck>(socket, 'thread.join', { threadId: thread.id });
    expect(ack).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('delivers a post made through GraphQL to another viewer within a second, with its seq', async () => {
    const writer = await staff();
    const reader = await staff();
    const thread = await openThread(writer.id, 2);
    const socket = await open(reader.client);
    expect(await send<JoinAck>(socket, 'thread.join', { threadId: thread.id })).toEqual({
      ok: true,
      missed: [],
      lastSeq: 2,
    });
    const started = Date.now();
    const arriving = next(socket, 'post.created');
    const made = await post(writer.client, thread.id, 'Live hello');
    const event: PostEvent = await arriving;
    expect(Date.now() - started).toBeLessThan(1000);
    expect(event).toMatchObject({
      threadId: thread.id,
      seq: 3,
      post: { id: made.id, seq: 3, bodyHtml: '<p>Live hello</p>' },
    });
    expect(event.post.author?.id).toBe(writer.id);
  });

  it('sends edits and deletions to viewers as they happen', async () => {
    const writer = await staff();
    const thread = await openThread(writer.id, 0);
    const made = await post(writer.client, thread.id, 'First draft');
    const socket = await open(writer.client);
    await send(socket, 'thread.join', { threadId: thread.id });
    const edited = next(socket, 'post.edited');
    await writer.client.ok(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
      input: { postId: made.id, body: '<p>Second draft</p>' },
    });
    expect((await edited).post).toMatchObject({ id: made.id, seq: 1, bodyHtml: '<p>Second draft</p>' });
    const deleted = next(socket, 'post.deleted');
    await writer.client.ok(`mutation($input: PostIdInput!) { deletePost(input: $input) { id } }`, {
      input: { postId: made.id },
    });
    expect((await deleted).post).toMatchObject({ id: made.id, seq: 1, bodyHtml: '', deleted: true });
  });

  it('sends posts with glossary terms linked, as GraphQL gives them, live and on catching up', async () => {
    const editor = t.client();
    await signIn(editor, (await makePerson(t.db, { roles: ['EDITOR'] })).email);
    const term = `Makaton ${randomBytes(3).toString('hex')}`;
    await editor.ok(`mutation($input: GlossaryTermInput!) { createGlossaryTerm(input: $input) { id } }`, {
      input: {
        term,
        definition: 'Signs and symbols.',
        category: 'HOUSING',
        audience: 'STAFF',
        publishNow: true,
        translations: [],
      },
    });
    const writer = await staff();
    const reader = await staff();
    const thread = await openThread(writer.id, 0);
    const socket = await open(reader.client);
    await send(socket, 'thread.join', { threadId: thread.id });
    const arriving = next(socket, 'post.created');
    const made = await post(writer.client, thread.id, `Does anyone use ${term} here?`);
    const live = (await arriving).post;
    expect(live.bodyHtml).toBe(`<p>Does anyone use ${term} here?</p>`);
    expect(live.linkedBodyHtml).toContain('class="app-glossary__term"');
    const shown = await reader.client.ok<{ threadPosts: { edges: { node: { id: string; linkedBody: string } }[] } }>(
      `query($id: ID!) { threadPosts(threadId: $id, first: 5) { edges { node { id linkedBody } } } }`,
      { id: thread.id },
    );
    expect(shown.threadPosts.edges.find((e) => e.node.id === made.id)?.node.linkedBody).toBe(live.linkedBodyHtml);
    socket.close();
    const again = await open(reader.client);
    const ack = await send<JoinAck>(again, 'thread.join', { threadId: thread.id, lastSeq: 0 });
    if (!ack.ok) throw new Error(ack.message);
    expect(ack.missed.map((e) => e.post.linkedBodyHtml)).toEqual([live.linkedBodyHtml]);
  });

  it('gives a reconnecting client exactly the posts it missed, in order', async () => {
    const writer = await staff();
    const reader = await staff();
    const thread = await openThread(writer.id, 1);
    const first = await open(reader.client);
    await send(first, 'thread.join', { threadId: thread.id });
    first.close();
    for (const text of ['two', 'three', 'four']) await post(writer.client, thread.id, text);
    const again = await open(reader.client);
    const ack = await send<JoinAck>(again, 'thread.join', { threadId: thread.id, lastSeq: 1 });
    if (!ack.ok) throw new Error(ack.message);
    expect(ack.missed.map((e) => [e.type, e.seq, e.post.bodyHtml])).toEqual([
      ['post.created', 2, '<p>two</p>'],
      ['post.created', 3, '<p>three</p>'],
      ['post.created', 4, '<p>four</p>'],
    ]);
    expect(ack.lastSeq).toBe(4);
  });

  it('gives a reconnecting client the edits and deletions of earlier posts made while it was away', async () => {
    const writer = await staff();
    const reader = await staff();
    const thread = await openThread(writer.id, 0);
    const one = await post(writer.client, thread.id, 'one');
    const two = await post(writer.client, thread.id, 'two');
    await post(writer.client, thread.id, 'three');
    const first = await open(reader.client);
    await send(first, 'thread.join', { threadId: thread.id });
    first.close();
    await writer.client.ok(`mutation($input: EditPostInput!) { editPost(input: $input) { id } }`, {
      input: { postId: one.id, body: '<p>one, corrected</p>' },
    });
    await writer.client.ok(`mutation($input: PostIdInput!) { deletePost(input: $input) { id } }`, {
      input: { postId: two.id },
    });
    const again = await open(reader.client);
    const ack = await send<JoinAck>(again, 'thread.join', { threadId: thread.id, lastSeq: 3 });
    if (!ack.ok) throw new Error(ack.message);
    expect(ack.missed.map((e) => [e.type, e.seq, e.post.bodyHtml])).toEqual([
      ['post.edited', 1, '<p>one, corrected</p>'],
      ['post.deleted', 2, ''],
    ]);
    expect(ack.lastSeq).toBe(3);
  });

  it('refuses a lastSeq in the future, a negative one, and a catch-up too large to send', async () => {
    const viewer = await staff();
    const thread = await openThread(viewer.id, 3);
    const socket = await open(viewer.client);
    expect(await send(socket, 'thread.join', { threadId: thread.id, lastSeq: 4 })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    expect(await send(socket, 'thread.join', { threadId: thread.id, lastSeq: -1 })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    const long = await openThread(viewer.id, 502);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await send(socket, 'thread.join', { threadId: long.id, lastSeq: 1 })).toMatchObject({
      ok: false,
      code: 'CATCH_UP_TOO_LARGE',
    });
  });

  it('counts the people viewing a thread and tells them', async () => {
    const one = await staff();
    const two = await staff();
    const thread = await openThread(one.id);
    const first = await open(one.client);
    await send(first, 'thread.join', { threadId: thread.id });
    const counted = next(first, 'presence.changed', (e: PresenceChanged) => e.count === 2);
    const second = await open(two.client);
    await send(second, 'thread.join', { threadId: thread.id });
    expect(await counted).toEqual({ threadId: thread.id, count: 2 });
    const left = next(first, 'presence.changed', (e: PresenceChanged) => e.count === 1);
    second.close();
    expect(await left).toEqual({ threadId: thread.id, count: 1 });
  });

  it('tells a crowd arriving at once its number in one or two presence updates, not one per person', async () => {
    const people = await Promise.all([1, 2, 3, 4, 5].map(() => staff()));
    const thread = await openThread(people[0].id);
    const sockets = await Promise.all(people.map((person) => open(person.client)));
    await send(sockets[0], 'thread.join', { threadId: thread.id });
    const counts: number[] = [];
    sockets[0].on('presence.changed', (e) => counts.push(e.count));
    const all = next(sockets[0], 'presence.changed', (e: PresenceChanged) => e.count === 5, 3000);
    await Promise.all(sockets.slice(1).map((socket) => send(socket, 'thread.join', { threadId: thread.id })));
    await all;
    // Any update still to come from the joins arrives well within this.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(counts.length).toBeLessThan(4);
    expect(counts.at(-1)).toBe(5);
  });

  it('passes typing on to the others in the thread, not to the sender', async () => {
    const one = await staff();
    const two = await staff();
    const thread = await openThread(one.id);
    const [a, b] = [await open(one.client), await open(two.client)];
    await send(a, 'thread.join', { threadId: thread.id });
    await send(b, 'thread.join', { threadId: thread.id });
    let echoed = false;
    a.on('typing', () => (echoed = true));
    const seen = next(b, 'typing');
    expect(await send(a, 'typing.start', { threadId: thread.id })).toEqual({ ok: true });
    expect((await seen).threadId).toBe(thread.id);
    expect(echoed).toBe(false);
  });

  it('closes the socket as soon as its session signs out', async () => {
    const viewer = await staff();
    const socket = await open(viewer.client);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await viewer.client.ok('mutation { signOut }');
    expect(await closed).toBe('io server disconnect');
  });

  it('closes the socket of a session replaced by signing in again as someone else', async () => {
    const first = await staff();
    const second = await makePerson(t.db);
    const socket = await open(first.client);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await signIn(first.client, second.email);
    expect(await closed).toBe('io server disconnect');
  });

  it('closes every socket of a person who signs out everywhere, and of one who is deactivated', async () => {
    const viewer = await staff();
    const elsewhere = t.client();
    await signIn(elsewhere, viewer.email);
    const [here, there] = [await open(viewer.client), await open(elsewhere)];
    const bothClosed = Promise.all([here, there].map((s) => new Promise((resolve) => s.once('disconnect', resolve))));
    await viewer.client.ok('mutation { signOutEverywhere }');
    await bothClosed;

    const admin = await makePerson(t.db, { roles: ['ADMIN'] });
    const adminClient = t.client();
    await signIn(adminClient, admin.email);
    const target = await staff();
    const socket = await open(target.client);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    await adminClient.ok('mutation($input: PersonIdInput!) { deactivatePerson(input: $input) { id } }', {
      input: { personId: target.id },
    });
    expect(await closed).toBe('io server disconnect');
    await expect(connect(t.url, target.client.sessionCookie)).rejects.toMatchObject({
      data: { code: 'UNAUTHENTICATED' },
    });
  });

  it('answers made-up events, bad payloads and typing outside a joined thread with error codes', async () => {
    const viewer = await staff();
    const thread = await openThread(viewer.id);
    const socket = await open(viewer.client);
    expect(await send(socket, 'post.create', { body: 'x' })).toMatchObject({ ok: false, code: 'UNKNOWN_EVENT' });
    expect(await send(socket, 'thread.join', { threadId: 'not-a-uuid' })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(await send(socket, 'thread.join', { threadId: thread.id, extra: true })).toMatchObject({
      ok: false,
      code: 'BAD_USER_INPUT',
    });
    expect(await send(socket, 'typing.start', { threadId: thread.id })).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await send(socket, 'thread.join', 'x'.repeat(100))).toMatchObject({ ok: false, code: 'BAD_USER_INPUT' });
    expect(socket.connected).toBe(true);
  });

  it('refuses an oversized message with PAYLOAD_TOO_LARGE and stays open; only a frame past the socket’s limit closes it', async () => {
    const viewer = await staff();
    const thread = await openThread(viewer.id);
    const socket = await open(viewer.client);
    const big = { threadId: thread.id, note: 'x'.repeat(LIVE_LIMITS.messageBytes * 4) };
    expect(await send(socket, 'thread.join', big)).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE' });
    expect(socket.connected).toBe(true);
    expect(await send(socket, 'thread.join', { threadId: thread.id })).toMatchObject({ ok: true });
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    const untyped: Socket = socket;
    untyped.emit('thread.join', { threadId: thread.id, note: 'x'.repeat(LIVE_LIMITS.frameBytes) });
    expect(await closed).toBe('transport close');
  });

  it('refuses more than five messages a second from one person with RATE_LIMITED', async () => {
    const viewer = await staff();
    const thread = await openThread(viewer.id);
    const socket = await open(viewer.client);
    const acks = await Promise.all(
      Array.from({ length: 7 }, () => send<LiveAck>(socket, 'thread.leave', { threadId: thread.id })),
    );
    expect(acks.filter((a) => a.ok)).toHaveLength(5);
    expect(acks.filter((a) => !a.ok).map((a) => !a.ok && a.code)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  describe('two instances on one database and one Redis', () => {
    let a: TestApp;
    let b: TestApp;
    beforeAll(async () => {
      const env = { REDIS_URL: 'redis://127.0.0.1:6379', SESSION_SECRET: randomBytes(32).toString('hex') };
      a = await createTestApp(env);
      b = await createTestApp(env, { database: a.databaseName });
    });
    afterAll(async () => {
      await b?.close();
      await a?.close();
    });

    it('delivers a post made through A to a viewer on B, and counts presence across both', async () => {
      const writer = await staff(a);
      const reader = await staff(b);
      const category = await makeForumCategory(a.db);
      const thread = await makeForumThread(a.db, category.id, [writer.id], 1);
      const onA = await open(writer.client, a);
      const onB = await open(reader.client, b);
      await send(onA, 'thread.join', { threadId: thread.id });
      const counted = next(onA, 'presence.changed', (e: PresenceChanged) => e.count === 2, 3000);
      await send(onB, 'thread.join', { threadId: thread.id });
      expect((await counted).count).toBe(2);
      const arriving = next(onB, 'post.created', () => true, 2000);
      const made = await post(writer.client, thread.id, 'Across instances');
      expect(await arriving).toMatchObject({ threadId: thread.id, seq: 2, post: { id: made.id } });
    });

    it('takes a viewer on B out of a thread when an admin on A changes their roles so they may no longer read it', async () => {
      const boss = await makePerson(a.db, { roles: ['LEARNER', 'ADMIN'] });
      const bossClient = a.client();
      await signIn(bossClient, boss.email);
      const lead = await makePerson(a.db, { roles: ['LEARNER', 'MODERATOR'] });
      const leadClient = b.client();
      await signIn(leadClient, lead.email);
      const category = await makeForumCategory(a.db, { allowedRoles: ['MODERATOR'] });
      const thread = await makeForumThread(a.db, category.id, [boss.id], 1);
      const onB = await open(leadClient, b);
      expect(await send(onB, 'thread.join', { threadId: thread.id })).toMatchObject({ ok: true });
      const out = next(onB, 'thread.unavailable', () => true, 3000);
      await bossClient.ok(`mutation($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { id } }`, {
        input: { personId: lead.id, roles: ['LEARNER'] },
      });
      expect(await out).toEqual({ threadId: thread.id, reason: 'ACCESS_CHANGED' });
    });

    it('closes a socket on B when its person signs out through A', async () => {
      const viewer = await staff(a);
      const onB = await open(viewer.client, b);
      const closed = new Promise<string>((resolve) => onB.once('disconnect', resolve));
      await viewer.client.ok('mutation { signOut }');
      expect(await closed).toBe('io server disconnect');
    });
  });
});
