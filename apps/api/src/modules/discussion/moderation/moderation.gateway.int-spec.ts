import type { JoinAck, LiveAck, LiveServerEvents, RoleName } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makeForumCategory, makeForumThread, makeOrganisation, makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient } from '../../../../test/graphql-client';
import { PostEntity } from '../entities/post.entity';

type ClientSocket = Socket<LiveServerEvents>;

function connect(url: string, cookie: string): Promise<ClientSocket> {
  const socket: ClientSocket = io(url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie },
    reconnection: false,
    forceNew: true,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

function send<T = LiveAck>(socket: ClientSocket, event: string, payload: unknown): Promise<T> {
  const untyped: Socket = socket;
  return untyped.timeout(2000).emitWithAck(event, payload) as Promise<T>;
}

function next<E extends keyof LiveServerEvents>(socket: ClientSocket, event: E, ms = 2000) {
  type Payload = Parameters<LiveServerEvents[E]>[0];
  const untyped: Socket = socket;
  return new Promise<Payload>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    const name: string = event;
    untyped.once(name, (payload: Payload) => {
      clearTimeout(timer);
      resolve(payload);
    });
  });
}

describe('moderation, live', () => {
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

  const staff = async (roles: RoleName[] = ['LEARNER'], organisationId?: string) => {
    const person = await makePerson(t.db, { roles, organisationId });
    const client: GraphqlClient = t.client();
    await signIn(client, person.email);
    const socket = await connect(t.url, client.sessionCookie);
    sockets.push(socket);
    return { client, id: person.id, socket };
  };

  it('takes a hidden post out of every viewer’s thread at once, and brings it back when restored', async () => {
    const author = await staff();
    const viewer = await staff();
    const mod = await staff(['LEARNER', 'MODERATOR']);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [author.id]);
    const post = await t.db.getRepository(PostEntity).findOneByOrFail({ threadId: thread.id, seq: 1 });
    await send(viewer.socket, 'thread.join', { threadId: thread.id });

    const hidden = next(viewer.socket, 'post.hidden');
    await mod.client.ok(`mutation($input: ModeratePostInput!) { hidePost(input: $input) { id } }`, {
      input: { postId: post.id, reason: 'Personal details' },
    });
    expect(await hidden).toMatchObject({
      threadId: thread.id,
      seq: 1,
      post: { id: post.id, hidden: true, bodyHtml: '' },
    });

    const restored = next(viewer.socket, 'post.restored');
    await mod.client.ok(`mutation($input: ModeratePostInput!) { restorePost(input: $input) { id } }`, {
      input: { postId: post.id, reason: 'Edited out' },
    });
    expect(await restored).toMatchObject({ post: { id: post.id, hidden: false, bodyHtml: '<p>Post 1</p>' } });
  });

  it('tells a reader coming back what moderators approved, restored or hid while they were away, once each', async () => {
    const author = await staff();
    const mod = await staff(['LEARNER', 'MODERATOR']);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [author.id], 4);
    const repo = t.db.getRepository(PostEntity);
    const posts = await repo.find({ where: { threadId: thread.id }, order: { seq: 'ASC' } });
    await repo.update(posts[2].id, { moderationState: 'HELD', queuedAt: new Date() });
    const reader = await staff();
    const before = await send<JoinAck>(reader.socket, 'thread.join', { threadId: thread.id, lastSeq: 4 });
    expect(before).toEqual({ ok: true, missed: [], lastSeq: 4 });
    reader.socket.disconnect();

    const moderate = `mutation($input: ModeratePostInput!) { hide: hidePost(input: $input) { id } }`;
    await mod.client.ok(moderate, { input: { postId: posts[0].id, reason: 'Personal details' } });
    await mod.client.ok(moderate.replace('hidePost', 'restorePost'), {
      input: { postId: posts[2].id, reason: 'Approved' },
    });
    const back = await connect(t.url, reader.client.sessionCookie);
    sockets.push(back);
    const ack = await send<JoinAck>(back, 'thread.join', { threadId: thread.id, lastSeq: 4 });
    if (!ack.ok) throw new Error(ack.message);
    expect(ack.missed.map((e) => [e.type, e.seq, e.post.id, e.post.hidden, e.post.bodyHtml])).toEqual([
      ['post.hidden', 1, posts[0].id, true, ''],
      ['post.restored', 3, posts[2].id, false, '<p>Post 3</p>'],
    ]);

    const fifth = await author.client.ok<{ createPost: { id: string } }>(
      `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
      { input: { threadId: thread.id, body: '<p>Post 5</p>' } },
    );
    const fromFour = await send<JoinAck>(back, 'thread.join', { threadId: thread.id, lastSeq: 4 });
    expect(fromFour.ok && fromFour.missed.map((e) => [e.type, e.post.id])).toEqual([
      ['post.hidden', posts[0].id],
      ['post.restored', posts[2].id],
      ['post.created', fifth.createPost.id],
    ]);
    expect(await send<JoinAck>(back, 'thread.join', { threadId: thread.id, lastSeq: 5 })).toEqual({
      ok: true,
      missed: [],
      lastSeq: 5,
    });
  });

  it('tells viewers when a thread is locked and pinned', async () => {
    const viewer = await staff();
    const mod = await staff(['LEARNER', 'MODERATOR']);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [viewer.id]);
    await send(viewer.socket, 'thread.join', { threadId: thread.id });
    const locked = next(viewer.socket, 'thread.locked');
    await mod.client.ok(`mutation($input: LockThreadInput!) { lockThread(input: $input) { id } }`, {
      input: { threadId: thread.id, locked: true, reason: 'Resolved' },
    });
    expect(await locked).toEqual({ threadId: thread.id, locked: true, pinned: false, categoryId: category.id });
    const pinned = next(viewer.socket, 'thread.pinned');
    await mod.client.ok(`mutation($input: PinThreadInput!) { pinThread(input: $input) { id } }`, {
      input: { threadId: thread.id, pinned: true, reason: 'Useful' },
    });
    expect(await pinned).toEqual({ threadId: thread.id, locked: true, pinned: true, categoryId: category.id });
  });

  it('takes viewers who may not read the new category out of a moved thread at once, telling them why', async () => {
    const health = await makeOrganisation(t.db, { sector: 'HEALTH' });
    const nurse = await staff(['LEARNER'], health.id);
    const clerk = await staff();
    const boss = await staff(['LEARNER', 'ADMIN']);
    const open = await makeForumCategory(t.db);
    const healthOnly = await makeForumCategory(t.db, { allowedSectors: ['HEALTH'] });
    const thread = await makeForumThread(t.db, open.id, [nurse.id]);
    await send(nurse.socket, 'thread.join', { threadId: thread.id });
    await send(clerk.socket, 'thread.join', { threadId: thread.id });
    const clerkMoved = next(clerk.socket, 'thread.moved');
    const clerkOut = next(clerk.socket, 'thread.unavailable');
    const nurseMoved = next(nurse.socket, 'thread.moved');
    const nurseOut: unknown[] = [];
    nurse.socket.on('thread.unavailable', (event) => nurseOut.push(event));
    await boss.client.ok(`mutation($input: MoveThreadInput!) { moveThread(input: $input) { id } }`, {
      input: { threadId: thread.id, categoryId: healthOnly.id, reason: 'Clinical question' },
    });
    expect(await clerkMoved).toMatchObject({ categoryId: healthOnly.id });
    expect(await clerkOut).toEqual({ threadId: thread.id, reason: 'MOVED' });
    expect(await nurseMoved).toMatchObject({ categoryId: healthOnly.id });

    const clerkPosts: unknown[] = [];
    clerk.socket.on('post.created', (event) => clerkPosts.push(event));
    const nurseSees = next(nurse.socket, 'post.created');
    await nurse.client.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { threadId: thread.id, body: '<p>Only for health staff now</p>' },
    });
    expect((await nurseSees).post.bodyHtml).toBe('<p>Only for health staff now</p>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(clerkPosts).toEqual([]);
    expect(nurseOut).toEqual([]);
    expect(await send(clerk.socket, 'thread.join', { threadId: thread.id })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('takes viewers out of a category’s threads at once when an admin narrows its audience to exclude them', async () => {
    const health = await makeOrganisation(t.db, { sector: 'HEALTH' });
    const nurse = await staff(['LEARNER'], health.id);
    const clerk = await staff();
    const boss = await staff(['LEARNER', 'ADMIN']);
    const category = await makeForumCategory(t.db);
    const [first, second] = [
      await makeForumThread(t.db, category.id, [nurse.id]),
      await makeForumThread(t.db, category.id, [nurse.id]),
    ];
    for (const person of [nurse, clerk]) {
      for (const thread of [first, second]) await send(person.socket, 'thread.join', { threadId: thread.id });
    }
    const clerkOut: unknown[] = [];
    const nurseOut: unknown[] = [];
    clerk.socket.on('thread.unavailable', (event) => clerkOut.push(event));
    nurse.socket.on('thread.unavailable', (event) => nurseOut.push(event));
    await boss.client.ok(`mutation($input: UpdateForumCategoryInput!) { updateForumCategory(input: $input) { id } }`, {
      input: {
        categoryId: category.id,
        title: category.title,
        description: category.description,
        allowedRoles: [],
        allowedSectors: ['HEALTH'],
        allowedOrganisationIds: [],
        allowsAnonymous: false,
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(clerkOut).toEqual(
      expect.arrayContaining([
        { threadId: first.id, reason: 'ACCESS_CHANGED' },
        { threadId: second.id, reason: 'ACCESS_CHANGED' },
      ]),
    );
    expect(clerkOut).toHaveLength(2);
    expect(nurseOut).toEqual([]);
  });

  it('follows a change of roles at once: joins read the new roles, and rooms no longer readable are left', async () => {
    const boss = await staff(['LEARNER', 'ADMIN']);
    const person = await staff();
    const leadsOnly = await makeForumCategory(t.db, { allowedRoles: ['MODERATOR'] });
    const thread = await makeForumThread(t.db, leadsOnly.id, [boss.id]);
    const setRoles = (roles: RoleName[]) =>
      boss.client.ok(`mutation($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { id } }`, {
        input: { personId: person.id, roles },
      });
    expect(await send(person.socket, 'thread.join', { threadId: thread.id })).toMatchObject({ code: 'NOT_FOUND' });
    await setRoles(['LEARNER', 'MODERATOR']);
    expect(await send(person.socket, 'thread.join', { threadId: thread.id })).toMatchObject({ ok: true });

    const out = next(person.socket, 'thread.unavailable');
    await setRoles(['LEARNER']);
    expect(await out).toEqual({ threadId: thread.id, reason: 'ACCESS_CHANGED' });
    const posts: unknown[] = [];
    person.socket.on('post.created', (event) => posts.push(event));
    await boss.client.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { threadId: thread.id, body: '<p>For leads</p>' },
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(posts).toEqual([]);
  });

  it('refuses a suspended person’s typing indicator while they can still follow the thread', async () => {
    const person = await staff();
    const other = await staff();
    const mod = await staff(['LEARNER', 'MODERATOR']);
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [other.id]);
    await send(person.socket, 'thread.join', { threadId: thread.id });
    await send(other.socket, 'thread.join', { threadId: thread.id });
    expect(await send(person.socket, 'typing.start', { threadId: thread.id })).toEqual({ ok: true });
    await mod.client.ok(`mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`, {
      input: { personId: person.id, hours: 24, reason: 'Abuse' },
    });
    const refused = await send(person.socket, 'typing.start', { threadId: thread.id });
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    expect(refused.ok === false && refused.message).toMatch(/^You are suspended from posting until /);
    const created = next(person.socket, 'post.created');
    await other.client.ok(`mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`, {
      input: { threadId: thread.id, body: '<p>Still there?</p>' },
    });
    expect((await created).post.bodyHtml).toBe('<p>Still there?</p>');
  });
});
