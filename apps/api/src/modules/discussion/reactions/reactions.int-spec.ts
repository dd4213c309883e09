import type { LiveServerEvents, ReactionChangedEvent } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makeForumCategory, makeForumThread, makeOrganisation, makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';
import { DiscussionThreadEntity } from '../entities/discussion-thread.entity';
import { PostEntity } from '../entities/post.entity';
import { DiscussionEvents, type ReactionChange } from '../live/discussion-events';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const SET = `mutation($input: SetPostReactionInput!) { setPostReaction(input: $input) {
  id viewerCan { react } reactions { reaction label count viewerReacted } } }`;
const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId, first: 50) { edges { node {
  id viewerCan { react } reactions { reaction count viewerReacted } } } } }`;

interface Tally {
  reaction: string;
  label?: string;
  count: number;
  viewerReacted: boolean;
}
interface ReactedPost {
  id: string;
  viewerCan: { react: boolean };
  reactions: Tally[];
}

type ClientSocket = Socket<LiveServerEvents>;

describe('post reactions', () => {
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

  const staff = async (organisationId?: string): Promise<{ client: GraphqlClient; id: string }> => {
    const person = await makePerson(t.db, organisationId ? { organisationId } : {});
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id };
  };
  /** A thread by `authorId` with `posts` posts, and the id of its first post. */
  const thread = async (authorId: string, posts = 1, categoryOverrides = {}) => {
    const category = await makeForumCategory(t.db, categoryOverrides);
    const made = await makeForumThread(t.db, category.id, [authorId], posts);
    const first = await t.db.getRepository(PostEntity).findOneByOrFail({ threadId: made.id, seq: 1 });
    return { thread: made, postId: first.id };
  };
  const react = (client: GraphqlClient, postId: string, reaction: string, reacted = true) =>
    client.request<{ setPostReaction: ReactedPost }>(SET, { input: { postId, reaction, reacted } });
  const count = (post: ReactedPost, reaction: string) => post.reactions.find((r) => r.reaction === reaction);

  it('adds and takes off reactions, counting each person once and telling each viewer whether they reacted', async () => {
    const author = await staff();
    const first = await staff();
    const second = await staff();
    const { thread: made, postId } = await thread(author.id);

    const added = (await react(first.client, postId, 'HELPFUL')).data?.setPostReaction;
    expect(added?.reactions.map((r) => r.reaction)).toEqual(['THANKS', 'HELPFUL', 'AGREE', 'INSIGHTFUL']);
    expect(count(added!, 'HELPFUL')).toEqual({ reaction: 'HELPFUL', label: 'Helpful', count: 1, viewerReacted: true });
    // Adding again changes nothing.
    await react(first.client, postId, 'HELPFUL');
    await react(second.client, postId, 'HELPFUL');
    await react(second.client, postId, 'THANKS');

    const seenBy = async (client: GraphqlClient) =>
      (await client.ok<{ threadPosts: { edges: { node: ReactedPost }[] } }>(POSTS, { threadId: made.id })).threadPosts
        .edges[0].node;
    expect((await seenBy(first.client)).reactions).toEqual([
      { reaction: 'THANKS', count: 1, viewerReacted: false },
      { reaction: 'HELPFUL', count: 2, viewerReacted: true },
      { reaction: 'AGREE', count: 0, viewerReacted: false },
      { reaction: 'INSIGHTFUL', count: 0, viewerReacted: false },
    ]);
    const byAuthor = await seenBy(author.client);
    expect(byAuthor.viewerCan.react).toBe(false);
    expect(count(byAuthor, 'HELPFUL')).toEqual({ reaction: 'HELPFUL', count: 2, viewerReacted: false });

    const removed = (await react(first.client, postId, 'HELPFUL', false)).data?.setPostReaction;
    expect(count(removed!, 'HELPFUL')).toMatchObject({ count: 1, viewerReacted: false });
    // Taking off what is not there changes nothing.
    expect(code(await react(first.client, postId, 'AGREE', false))).toBeUndefined();
    expect(count(await seenBy(second.client), 'HELPFUL')).toMatchObject({ count: 1, viewerReacted: true });
  });

  it('announces a committed change once, with who reacted to whose post, and nothing when nothing changed', async () => {
    const author = await staff();
    const reader = await staff();
    const { thread: made, postId } = await thread(author.id);
    const heard: ReactionChange[] = [];
    const stop = t.app.get(DiscussionEvents).onReactionChanged((change) => heard.push(change));
    try {
      await react(reader.client, postId, 'AGREE');
      await react(reader.client, postId, 'AGREE');
      await react(reader.client, postId, 'AGREE', false);
      await react(author.client, postId, 'AGREE');
    } finally {
      stop();
    }
    const base = { threadId: made.id, postId, postAuthorId: author.id, reactorId: reader.id, reaction: 'AGREE' };
    expect(heard).toEqual([
      { ...base, added: true },
      { ...base, added: false },
    ]);
  });

  it('refuses one’s own post, deleted posts, locked threads and threads one may not read', async () => {
    const author = await staff();
    const reader = await staff();
    const own = await thread(author.id);
    expect(code(await react(author.client, own.postId, 'THANKS'))).toBe('FORBIDDEN');

    await t.db.getRepository(PostEntity).update(own.postId, { deletedAt: new Date(), body: '' });
    expect(code(await react(reader.client, own.postId, 'THANKS'))).toBe('CONFLICT');

    const locked = await thread(author.id);
    await t.db.getRepository(DiscussionThreadEntity).update(locked.thread.id, { locked: true });
    expect(code(await react(reader.client, locked.postId, 'THANKS'))).toBe('CONFLICT');

    const police = await makeOrganisation(t.db, { sector: 'POLICE' });
    const restricted = await thread(author.id, 1, { allowedSectors: ['POLICE'] });
    expect(code(await react(reader.client, restricted.postId, 'THANKS'))).toBe('NOT_FOUND');
    const officer = await staff(police.id);
    expect(code(await react(officer.client, restricted.postId, 'THANKS'))).toBeUndefined();

    const hidden = await thread(author.id);
    await t.db.getRepository(PostEntity).update(hidden.postId, { moderationState: 'HIDDEN' });
    expect(code(await react(reader.client, hidden.postId, 'THANKS'))).toBe('CONFLICT');

    expect(code(await react(t.client(), locked.postId, 'THANKS'))).toBe('UNAUTHENTICATED');
    const rows = await t.db.query('select post_id from post_reaction where post_id = any($1::uuid[])', [
      [own.postId, locked.postId, hidden.postId],
    ]);
    expect(rows).toEqual([]);
  });

  it('refuses a suspended reader, saying until when, and lets them react once the suspension is lifted', async () => {
    const author = await staff();
    const reader = await staff();
    const { postId } = await thread(author.id);
    await t.db.query(
      `insert into suspension (person_id, ends_at, reason, suspended_by_id) values ($1, now() + interval '2 hours', 'Test', $2)`,
      [reader.id, author.id],
    );
    const refused = await react(reader.client, postId, 'AGREE');
    expect(code(refused)).toBe('FORBIDDEN');
    expect(refused.errors?.[0]?.message).toMatch(/suspended/i);
    await t.db.query('update suspension set lifted_at = now() where person_id = $1', [reader.id]);
    expect(code(await react(reader.client, postId, 'AGREE'))).toBeUndefined();
  });

  it('limits reaction changes to 30 a minute per person, saying when to try again', async () => {
    const author = await staff();
    const reader = await staff();
    const { postId } = await thread(author.id);
    for (let i = 0; i < 15; i += 1) {
      await react(reader.client, postId, 'THANKS', true);
      await react(reader.client, postId, 'THANKS', false);
    }
    const refused = await react(reader.client, postId, 'HELPFUL');
    expect(code(refused)).toBe('RATE_LIMITED');
    expect(refused.errors?.[0]?.message).toMatch(/Wait a minute/);
    t.clock.advance(61_000);
    expect(code(await react(reader.client, postId, 'HELPFUL'))).toBeUndefined();
  });

  it('turns away made-up reactions and malformed ids without writing anything', async () => {
    const author = await staff();
    const reader = await staff();
    const { postId } = await thread(author.id);
    const madeUp = await react(reader.client, postId, '<script>alert(1)</script>');
    expect(madeUp.errors?.length).toBeGreaterThan(0);
    expect(code(await react(reader.client, postId, 'LOVE'))).not.toBeUndefined();
    expect(code(await react(reader.client, "1' or '1'='1", 'THANKS'))).toBe('BAD_USER_INPUT');
    expect(code(await react(reader.client, '6f1c2d9e-0b7c-4c57-9b0a-3f1f1c2d9e11', 'THANKS'))).toBe('NOT_FOUND');
    expect(await t.db.query('select 1 from post_reaction where post_id = $1', [postId])).toEqual([]);
  });

  it('reads the reactions of 3 or 50 posts in one more statement, whatever the number of posts', async () => {
    const reader = await staff();
    const authors = await Promise.all(Array.from({ length: 4 }, async () => (await makePerson(t.db)).id));
    const category = await makeForumCategory(t.db);
    const small = await makeForumThread(t.db, category.id, authors, 3);
    const large = await makeForumThread(t.db, category.id, authors, 60);
    const reactors = await Promise.all(Array.from({ length: 3 }, async () => (await makePerson(t.db)).id));
    await t.db.query(
      `insert into post_reaction (post_id, person_id, reaction)
       select p.id, r.id, 'THANKS' from post p, unnest($2::uuid[]) as r(id) where p.thread_id = any($1::uuid[])`,
      [[small.id, large.id], reactors],
    );
    const page = `query($id: ID!) {
      discussionThread(id: $id) { id title lastSeq category { title } viewerCan { reply } }
      threadPosts(threadId: $id, first: 50) { edges { node { seq body viewerCan { edit delete react }
        author { name organisation { name } } reactions { reaction label count viewerReacted } } } } }`;
    await reader.client.ok('{ __typename }');
    const measure = async (id: string) => {
      let thanks = 0;
      const statements = await t.queries.capture(async () => {
        const data = await reader.client.ok<{ threadPosts: { edges: { node: { reactions: Tally[] } }[] } }>(page, {
          id,
        });
        thanks = data.threadPosts.edges.reduce((sum, e) => sum + e.node.reactions[0].count, 0);
      });
      return { thanks, statements: statements.length };
    };
    const few = await measure(small.id);
    const many = await measure(large.id);
    expect(few.thanks).toBe(9);
    expect(many.thanks).toBe(150);
    // The session, the thread (with its category and review state), the posts (with their
    // authors and organisations), the reactions.
    expect(few.statements).toBe(4);
    expect(many.statements).toBe(few.statements);
  });

  it('sends the new counts to everyone viewing the thread, live', async () => {
    const author = await staff();
    const reactor = await staff();
    const viewer = await staff();
    const { thread: made, postId } = await thread(author.id);
    const socket: ClientSocket = io(t.url, {
      path: '/socket.io',
      transports: ['websocket'],
      extraHeaders: { cookie: viewer.client.sessionCookie },
      reconnection: false,
      forceNew: true,
    });
    sockets.push(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', reject);
    });
    const untyped: Socket = socket;
    expect(await untyped.timeout(2000).emitWithAck('thread.join', { threadId: made.id })).toMatchObject({ ok: true });
    const received = new Promise<ReactionChangedEvent>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no reaction.changed within 1 s')), 1000);
      socket.once('reaction.changed', (event) => {
        clearTimeout(timer);
        resolve(event);
      });
    });
    await react(reactor.client, postId, 'INSIGHTFUL');
    expect(await received).toEqual({
      threadId: made.id,
      postId,
      counts: [
        { reaction: 'THANKS', count: 0 },
        { reaction: 'HELPFUL', count: 0 },
        { reaction: 'AGREE', count: 0 },
        { reaction: 'INSIGHTFUL', count: 1 },
      ],
    });
  });
});
