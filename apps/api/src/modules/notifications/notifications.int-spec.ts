import { randomBytes } from 'node:crypto';
import type { LiveServerEvents, NotificationCreated } from '@common-ground/shared';
import { io, type Socket } from 'socket.io-client';
import { createTestApp, type TestApp } from '../../../test/app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makeOrganisation,
  makePerson,
  signIn,
} from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';
import { DiscussionEvents } from '../discussion/live/discussion-events';
import { OutboxMessageEntity } from '../mail/entities/outbox-message.entity';
import { DigestService } from './digest.service';
import { NotificationsService } from './notifications.service';
import { unsubscribeToken } from './unsubscribe-token';

type ClientSocket = Socket<LiveServerEvents>;

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;

const CREATE_THREAD = `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }`;
const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) { id seq } }`;
const CREATE_POST_IN_LESSON = `mutation($input: CreatePostInput!) { createPost(input: $input) { id threadId } }`;
const FOLLOW_THREAD = `mutation($input: FollowThreadInput!) { followThread(input: $input) { id viewerFollowLevel } }`;
const FOLLOW_CATEGORY = `mutation($input: FollowCategoryInput!) { followCategory(input: $input) { id viewerFollowLevel } }`;
const NOTIFICATIONS = `query($first: Int, $after: String) { notificationCount { unread }
  notifications(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
    edges { node { id kind postId postSeq readAt reaction moderationAction reason actor { id name } thread { id title } } } } }`;

interface NotificationNode {
  id: string;
  kind: string;
  postId: string | null;
  postSeq: number | null;
  readAt: string | null;
  reaction: string | null;
  moderationAction: string | null;
  reason: string | null;
  actor: { id: string; name: string } | null;
  thread: { id: string; title: string } | null;
}
interface NotificationPage {
  notificationCount: { unread: number };
  notifications: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: { node: NotificationNode }[];
  };
}

const mention = (id: string, name = 'Someone') => `<span data-type="mention" data-id="${id}">@${name}</span>`;

describe('following and notifications', () => {
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

  interface Staff {
    client: GraphqlClient;
    id: string;
    email: string;
  }
  const staff = async (overrides: { organisationId?: string } = {}): Promise<Staff> => {
    const person = await makePerson(t.db, overrides);
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id, email: person.email };
  };
  const settled = () => t.app.get(NotificationsService).settled();
  const startThread = async (who: Staff, categoryId: string, body = '<p>Opening post</p>') =>
    (
      await who.client.ok<{ createForumThread: { id: string } }>(CREATE_THREAD, {
        input: { categoryId, title: 'How do you book interpreters?', body, tags: [] },
      })
    ).createForumThread.id;
  const reply = async (who: Staff, threadId: string, body: string, extra: Record<string, unknown> = {}) => {
    const post = (
      await who.client.ok<{ createPost: { id: string; seq: number } }>(CREATE_POST, {
        input: { threadId, body, ...extra },
      })
    ).createPost;
    await settled();
    return post;
  };
  const inbox = async (who: Staff) =>
    (await who.client.ok<NotificationPage>(NOTIFICATIONS, { first: 50 })).notifications;
  const kinds = async (who: Staff) => (await inbox(who)).edges.map((e) => [e.node.kind, e.node.postId]);

  describe('following levels', () => {
    it('tell watchers of every reply, normal followers only of mentions and quotes, muted people nothing, never the actor', async () => {
      const category = await makeForumCategory(t.db);
      const [author, watcher, normal, muted, replier] = await Promise.all(Array.from({ length: 5 }, () => staff()));
      const threadId = await startThread(author, category.id);
      await settled();
      const levels = await author.client.ok<{ discussionThread: { viewerFollowLevel: string } }>(
        `{ discussionThread(id: "${threadId}") { viewerFollowLevel } }`,
      );
      expect(levels.discussionThread.viewerFollowLevel).toBe('WATCH');
      await watcher.client.ok(FOLLOW_THREAD, { input: { threadId, level: 'WATCH' } });
      await muted.client.ok(FOLLOW_THREAD, { input: { threadId, level: 'MUTE' } });

      const plain = await reply(replier, threadId, '<p>We use the phone line.</p>');
      expect(await kinds(author)).toEqual([['REPLY', plain.id]]);
      expect(await kinds(watcher)).toEqual([['REPLY', plain.id]]);
      expect(await kinds(normal)).toEqual([]);
      expect(await kinds(muted)).toEqual([]);
      expect(await kinds(replier)).toEqual([]);

      const naming = await reply(
        replier,
        threadId,
        `<p>${mention(normal.id)} ${mention(muted.id)} ${mention(watcher.id)} ${mention(replier.id)} see this</p>`,
      );
      expect(await kinds(normal)).toEqual([['MENTION', naming.id]]);
      expect(await kinds(muted)).toEqual([]);
      // Watching and mentioned: one notification, as a mention.
      expect(await kinds(watcher)).toEqual([
        ['MENTION', naming.id],
        ['REPLY', plain.id],
      ]);
      expect(await kinds(replier)).toEqual([]);

      // The replier now watches the thread they posted in; the author is told nothing of their own post.
      const answer = await reply(author, threadId, '<p>Thank you both.</p>');
      expect((await kinds(replier))[0]).toEqual(['REPLY', answer.id]);
      expect((await inbox(author)).totalCount).toBe(2);

      // Quoting a normal follower tells them, once.
      const normalPost = await reply(normal, threadId, '<p>Our council has a contract too.</p>');
      const quoting = await reply(muted, threadId, '<p>Which one?</p>', { quotedPostId: normalPost.id });
      expect((await kinds(normal))[0]).toEqual(['REPLY', quoting.id]);

      // The muted person posted, but their explicit choice stands.
      const muteLevel = await muted.client.ok<{ discussionThread: { viewerFollowLevel: string } }>(
        `{ discussionThread(id: "${threadId}") { viewerFollowLevel } }`,
      );
      expect(muteLevel.discussionThread.viewerFollowLevel).toBe('MUTE');
    });

    it('tell category watchers of new threads, and only them', async () => {
      const category = await makeForumCategory(t.db);
      const [author, watcher, other] = await Promise.all(Array.from({ length: 3 }, () => staff()));
      const followed = await watcher.client.ok<{ followCategory: { viewerFollowLevel: string } }>(FOLLOW_CATEGORY, {
        input: { categoryId: category.id, level: 'WATCH' },
      });
      expect(followed.followCategory.viewerFollowLevel).toBe('WATCH');
      const threadId = await startThread(author, category.id);
      await settled();
      const seen = await inbox(watcher);
      expect(seen.edges.map((e) => [e.node.kind, e.node.thread?.id, e.node.actor?.id])).toEqual([
        ['NEW_THREAD', threadId, author.id],
      ]);
      expect((await inbox(other)).totalCount).toBe(0);
    });

    it('silence a muted forum’s threads, except those the person chose a level for', async () => {
      const category = await makeForumCategory(t.db);
      const [author, quiet] = await Promise.all([staff(), staff()]);
      await quiet.client.ok(FOLLOW_CATEGORY, { input: { categoryId: category.id, level: 'MUTE' } });
      const threadId = await startThread(author, category.id, `<p>${mention(quiet.id)} what do you think?</p>`);
      await settled();
      expect(await kinds(quiet)).toEqual([]);
      await quiet.client.ok(FOLLOW_THREAD, { input: { threadId, level: 'NORMAL' } });
      const again = await reply(author, threadId, `<p>${mention(quiet.id)} any thoughts?</p>`);
      expect(await kinds(quiet)).toEqual([['MENTION', again.id]]);
    });

    it('refuse levels for threads and categories the viewer may not see, and bad levels', async () => {
      const hidden = await makeForumCategory(t.db, { allowedRoles: ['MODERATOR'] });
      const insider = await makePerson(t.db);
      const thread = await makeForumThread(t.db, hidden.id, [insider.id]);
      const outsider = await staff();
      expect(
        code(await outsider.client.request(FOLLOW_THREAD, { input: { threadId: thread.id, level: 'WATCH' } })),
      ).toBe('NOT_FOUND');
      expect(
        code(await outsider.client.request(FOLLOW_CATEGORY, { input: { categoryId: hidden.id, level: 'WATCH' } })),
      ).toBe('NOT_FOUND');
      expect(code(await outsider.client.request(FOLLOW_THREAD, { input: { threadId: 'nope', level: 'WATCH' } }))).toBe(
        'BAD_USER_INPUT',
      );
    });
  });

  describe('mentions', () => {
    it('notify only people who may read the thread', async () => {
      const police = await makeOrganisation(t.db, { sector: 'POLICE' });
      const category = await makeForumCategory(t.db, { allowedSectors: ['POLICE'] });
      const [writer, colleague] = await Promise.all([
        staff({ organisationId: police.id }),
        staff({ organisationId: police.id }),
      ]);
      const outsider = await staff();
      const threadId = await startThread(
        writer,
        category.id,
        `<p>${mention(colleague.id)} and ${mention(outsider.id)}</p>`,
      );
      await settled();
      expect(await kinds(colleague)).toEqual([['MENTION', expect.any(String)]]);
      expect(await kinds(outsider)).toEqual([]);
      await reply(writer, threadId, `<p>Again ${mention(outsider.id)}</p>`);
      expect(await kinds(outsider)).toEqual([]);
    });
  });

  describe('a lesson’s discussion', () => {
    it('tells mentioned staff of a post beside a live lesson, and nobody once the lesson is withdrawn', async () => {
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read me.</p>' });
      const [writer, named] = await Promise.all([staff(), staff()]);
      const first = (
        await writer.client.ok<{ createPost: { id: string; threadId: string } }>(CREATE_POST_IN_LESSON, {
          input: { lessonId: lesson.id, body: `<p>${mention(named.id)} this helped</p>` },
        })
      ).createPost;
      await settled();
      expect(await kinds(named)).toEqual([['MENTION', first.id]]);

      await t.db.query(`update learning_module set status = 'ARCHIVED' where id = $1`, [module.id]);
      const events = t.app.get(DiscussionEvents);
      const later = await t.db.query(
        `insert into post (thread_id, seq, author_id, body) values ($1, 2, $2, $3) returning id`,
        [first.threadId, writer.id, `<p>${mention(named.id)} again</p>`],
      );
      events.postChanged({ type: 'post.created', threadId: first.threadId, postId: later[0].id });
      await settled();
      expect(await kinds(named)).toEqual([['MENTION', first.id]]);
    });
  });

  describe('read positions', () => {
    it('count unread posts per thread in a bounded number of statements, and only move forward', async () => {
      const reader = await staff();
      const author = await makePerson(t.db);
      const few = await makeForumCategory(t.db);
      const many = await makeForumCategory(t.db);
      const threads: { id: string }[] = [];
      for (let i = 0; i < 3; i += 1) threads.push(await makeForumThread(t.db, few.id, [author.id], 4));
      for (let i = 0; i < 30; i += 1) await makeForumThread(t.db, many.id, [author.id], 2);
      const list = `query($categoryId: ID!) { forumCategory(id: $categoryId) { viewerFollowLevel }
        forumThreads(categoryId: $categoryId, first: 50) { edges { node { id viewerUnreadCount viewerLastReadSeq viewerFollowLevel } } } }`;
      type List = {
        forumThreads: { edges: { node: { id: string; viewerUnreadCount: number; viewerLastReadSeq: number } }[] };
      };
      await reader.client.ok('{ __typename }');
      const measure = async (categoryId: string) => {
        let data: List | undefined;
        const statements = await t.queries.capture(async () => {
          data = await reader.client.ok<List>(list, { categoryId });
        });
        return { data: data as List, statements: statements.length };
      };
      const small = await measure(few.id);
      const large = await measure(many.id);
      expect(large.data.forumThreads.edges).toHaveLength(30);
      expect(large.statements).toBe(small.statements);
      expect(small.data.forumThreads.edges.map((e) => e.node.viewerUnreadCount)).toEqual([4, 4, 4]);

      const mark = `mutation($input: MarkThreadReadInput!) { markThreadRead(input: $input) { viewerUnreadCount viewerLastReadSeq } }`;
      const marked = await reader.client.ok<{ markThreadRead: unknown }>(mark, {
        input: { threadId: threads[0].id, seq: 3 },
      });
      expect(marked.markThreadRead).toEqual({ viewerUnreadCount: 1, viewerLastReadSeq: 3 });
      const back = await reader.client.ok<{ markThreadRead: unknown }>(mark, {
        input: { threadId: threads[0].id, seq: 1 },
      });
      expect(back.markThreadRead).toEqual({ viewerUnreadCount: 1, viewerLastReadSeq: 3 });
      expect(code(await reader.client.request(mark, { input: { threadId: threads[0].id, seq: 9 } }))).toBe(
        'BAD_USER_INPUT',
      );
      const after = await measure(few.id);
      expect(after.data.forumThreads.edges.find((e) => e.node.id === threads[0].id)?.node.viewerUnreadCount).toBe(1);
    });
  });

  describe('the notification list', () => {
    it('pages newest first, hides anonymous actors, marks one and all read, and keeps to its owner', async () => {
      const category = await makeForumCategory(t.db, { allowsAnonymous: true });
      const [owner, other, stranger] = await Promise.all(Array.from({ length: 3 }, () => staff()));
      const threadId = await startThread(owner, category.id);
      await settled();
      for (let i = 0; i < 3; i += 1) await reply(other, threadId, `<p>Reply ${i}</p>`);
      await reply(other, threadId, '<p>Quietly</p>', { anonymous: true });

      const first = await owner.client.ok<NotificationPage>(NOTIFICATIONS, { first: 3 });
      expect(first.notificationCount.unread).toBe(4);
      expect(first.notifications.totalCount).toBe(4);
      expect(first.notifications.edges.map((e) => e.node.postSeq)).toEqual([5, 4, 3]);
      expect(first.notifications.edges[0].node.actor).toBeNull();
      expect(first.notifications.edges[1].node.actor?.id).toBe(other.id);
      const rest = await owner.client.ok<NotificationPage>(NOTIFICATIONS, {
        first: 3,
        after: first.notifications.pageInfo.endCursor,
      });
      expect(rest.notifications.edges.map((e) => e.node.postSeq)).toEqual([2]);
      expect(rest.notifications.pageInfo.hasNextPage).toBe(false);

      const one = first.notifications.edges[0].node.id;
      const markOne = `mutation($input: NotificationIdInput!) { markNotificationRead(input: $input) { id readAt } }`;
      expect(code(await stranger.client.request(markOne, { input: { notificationId: one } }))).toBe('NOT_FOUND');
      const read = await owner.client.ok<{ markNotificationRead: { readAt: string | null } }>(markOne, {
        input: { notificationId: one },
      });
      expect(read.markNotificationRead.readAt).not.toBeNull();
      expect((await owner.client.ok<NotificationPage>(NOTIFICATIONS)).notificationCount.unread).toBe(3);
      const all = await owner.client.ok<{ markAllNotificationsRead: { unread: number } }>(
        'mutation { markAllNotificationsRead { unread } }',
      );
      expect(all.markAllNotificationsRead.unread).toBe(0);
      expect((await owner.client.ok<NotificationPage>(NOTIFICATIONS)).notificationCount.unread).toBe(0);
      expect(code(await t.client().request('{ notificationCount { unread } }'))).toBe('UNAUTHENTICATED');
    });

    it('reads a page of 3 or 30 notifications with actors, organisations and threads in the same statements', async () => {
      const reader = await staff();
      const others = await Promise.all(Array.from({ length: 5 }, async () => (await makePerson(t.db)).id));
      const category = await makeForumCategory(t.db);
      const threads = await Promise.all(Array.from({ length: 6 }, () => makeForumThread(t.db, category.id, others)));
      const fill = async (count: number) => {
        await t.db.query('delete from notification where recipient_id = $1', [reader.id]);
        await t.db.query(
          `insert into notification (recipient_id, kind, actor_id, thread_id, post_seq)
           select $1, 'REPLY', ($2::uuid[])[1 + i % 5], ($3::uuid[])[1 + i % 6], 1 from generate_series(0, $4 - 1) i`,
          [reader.id, others, threads.map((th) => th.id), count],
        );
      };
      const page = `{ notificationCount { unread } notifications(first: 50) { totalCount edges { node {
        id kind actor { name organisation { name } } thread { id title category { title } } } } } }`;
      await reader.client.ok('{ __typename }');
      const measure = async (count: number) => {
        await fill(count);
        let shown = 0;
        const statements = await t.queries.capture(async () => {
          shown = (await reader.client.ok<NotificationPage>(page)).notifications.edges.length;
        });
        return { shown, statements: statements.length };
      };
      const few = await measure(3);
      const many = await measure(30);
      expect([few.shown, many.shown]).toEqual([3, 30]);
      // Session, unread count, total, page, actors, organisations, and the threads with their
      // categories and whether their opening posts are held for review (one statement for all).
      expect(many.statements).toBe(few.statements);
      expect(few.statements).toBe(7);
    });

    it('tells 3 or 20 watchers of a blog comment in the same statements (the post is read once, not per watcher)', async () => {
      const [item]: { id: string }[] = await t.db.query(
        `insert into content_item (kind, status, audience, title, slug, body, published_at)
         values ('BLOG_POST', 'PUBLISHED', 'STAFF', 'Working with interpreters', $1, '<p>Read me.</p>', now())
         returning id`,
        [`interpreters-${randomBytes(4).toString('hex')}`],
      );
      const [opener, commenter] = await Promise.all([staff(), staff()]);
      const threadId = (
        await opener.client.ok<{ createPost: { threadId: string } }>(CREATE_POST_IN_LESSON, {
          input: { contentItemId: item.id, body: '<p>First comment</p>' },
        })
      ).createPost.threadId;
      await settled();
      const watchers = await Promise.all(Array.from({ length: 20 }, () => makePerson(t.db)));
      const comment = async (watching: number) => {
        await t.db.query(`delete from thread_reader where thread_id = $1 and person_id <> $2`, [threadId, opener.id]);
        await t.db.query(
          `insert into thread_reader (person_id, thread_id, level, last_read_seq)
           select p, $1, 'WATCH', 0 from unnest($2::uuid[]) p`,
          [threadId, watchers.slice(0, watching).map((w) => w.id)],
        );
        let postId = '';
        const statements = await t.queries.capture(async () => {
          postId = (await reply(commenter, threadId, '<p>This helped, thank you.</p>')).id;
        });
        const told: { n: number }[] = await t.db.query(
          `select count(*)::int as n from notification where post_id = $1 and kind = 'REPLY'`,
          [postId],
        );
        return { statements: statements.length, told: told[0].n };
      };
      await comment(1); // the commenter's session and the app's caches warm up
      const few = await comment(3);
      const many = await comment(20);
      // The opener watches the thread too: one more each time.
      expect([few.told, many.told]).toEqual([4, 21]);
      expect(many.statements).toBe(few.statements);
    });

    it('looks a lesson’s thread up once however many notifications point at it', async () => {
      const reader = await staff();
      const writer = await makePerson(t.db);
      const module = await makeModule(t.db);
      const lesson = await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read me.</p>' });
      const rows: { id: string }[] = await t.db.query(
        `insert into discussion_thread (lesson_id, title, last_activity_at, seq, post_count)
         values ($1, 'Lesson', now(), 1, 1) returning id`,
        [lesson.id],
      );
      const fill = async (count: number) => {
        await t.db.query('delete from notification where recipient_id = $1', [reader.id]);
        await t.db.query(
          `insert into notification (recipient_id, kind, actor_id, thread_id, post_seq, dedupe_key)
           select $1, 'REPLY', $2, $3, 1, 'k' || i from generate_series(1, $4) i`,
          [reader.id, writer.id, rows[0].id, count],
        );
      };
      const page = `{ notifications(first: 50) { edges { node { id thread { id title } } } } }`;
      await reader.client.ok('{ __typename }');
      const measure = async (count: number) => {
        await fill(count);
        let titles: (string | undefined)[] = [];
        const statements = await t.queries.capture(async () => {
          const data = await reader.client.ok<NotificationPage>(page);
          titles = data.notifications.edges.map((e) => e.node.thread?.title);
        });
        return { titles: new Set(titles), statements: statements.length };
      };
      await measure(1); // warms the app's memory of published lesson revisions
      const one = await measure(1);
      const ten = await measure(10);
      expect([...ten.titles]).toEqual(['Lesson']);
      expect(ten.statements).toBe(one.statements);
    });

    it('reads a page of notifications from four lessons in two modules in the same statements as from one, with their lesson pages', async () => {
      const reader = await staff();
      const writer = await makePerson(t.db);
      const modules = await Promise.all([makeModule(t.db), makeModule(t.db)]);
      const lessons = await Promise.all(
        [0, 0, 1, 1].map((m) => makeLesson(t.db, modules[m].id, 'ARTICLE', { html: '<p>Read me.</p>' })),
      );
      const hidden = await makeLesson(t.db, modules[1].id, 'ARTICLE', { html: '<p>Gone.</p>' });
      const threads: { id: string; lesson_id: string }[] = await t.db.query(
        `insert into discussion_thread (lesson_id, title, last_activity_at, seq, post_count)
         select l, 'Lesson ' || i, now(), 1, 1 from unnest($1::uuid[]) with ordinality as x(l, i)
         returning id, lesson_id`,
        [[...lessons, hidden].map((l) => l.id)],
      );
      await t.db.query(`update lesson set status = 'ARCHIVED' where id = $1`, [hidden.id]);
      const threadOf = (lessonId: string) => threads.find((th) => th.lesson_id === lessonId)?.id;
      const fill = async (lessonIds: string[]) => {
        await t.db.query('delete from notification where recipient_id = $1', [reader.id]);
        await t.db.query(
          `insert into notification (recipient_id, kind, actor_id, thread_id, post_seq, dedupe_key)
           select $1, 'REPLY', $2, th, 1, 'k' || i from unnest($3::uuid[]) with ordinality as x(th, i)`,
          [reader.id, writer.id, lessonIds.map(threadOf)],
        );
      };
      const page = `{ notifications(first: 50) { edges { node { id thread { id } lesson { id moduleSlug } } } } }`;
      await reader.client.ok('{ __typename }');
      type LessonPage = {
        notifications: {
          edges: { node: { thread: { id: string } | null; lesson: { id: string; moduleSlug: string } | null } }[];
        };
      };
      const measure = async (lessonIds: string[]) => {
        await fill(lessonIds);
        let data: LessonPage | undefined;
        const statements = await t.queries.capture(async () => {
          data = await reader.client.ok<LessonPage>(page);
        });
        return { nodes: data?.notifications.edges.map((e) => e.node) ?? [], statements: statements.length };
      };
      await measure(lessons.map((l) => l.id)); // warms the app's memory of published lesson revisions
      const one = await measure([lessons[0].id]);
      const four = await measure([...lessons, hidden].map((l) => l.id));
      expect(one.nodes.map((n) => n.lesson)).toEqual([{ id: lessons[0].id, moduleSlug: modules[0].slug }]);
      // Newest first; the withdrawn lesson's discussion is no longer readable.
      expect(four.nodes.map((n) => n.lesson?.moduleSlug ?? null).sort()).toEqual(
        [modules[0].slug, modules[0].slug, modules[1].slug, modules[1].slug, null].sort(),
      );
      expect(four.nodes.filter((n) => n.thread === null)).toHaveLength(1);
      expect(four.statements).toBe(one.statements);
    });

    it('gives a forum thread’s notification no lesson', async () => {
      const category = await makeForumCategory(t.db);
      const [author, replier] = await Promise.all([staff(), staff()]);
      const threadId = await startThread(author, category.id);
      await reply(replier, threadId, '<p>An answer</p>');
      const data = await author.client.ok<{ notifications: { edges: { node: { lesson: unknown } }[] } }>(
        '{ notifications(first: 5) { edges { node { lesson { id } } } } }',
      );
      expect(data.notifications.edges.map((e) => e.node.lesson)).toEqual([null]);
    });

    it('tell authors of reactions (once each) and moderators’ decisions (even when muted)', async () => {
      const category = await makeForumCategory(t.db);
      const [author, reactor] = await Promise.all([staff(), staff()]);
      const threadId = await startThread(author, category.id);
      await settled();
      const post = (await inbox(author)).edges[0]?.node.postId ?? null;
      expect(post).toBeNull();
      const first = await reply(author, threadId, '<p>Mine</p>');
      const events = t.app.get(DiscussionEvents);
      const reaction = {
        threadId,
        postId: first.id,
        postAuthorId: author.id,
        reactorId: reactor.id,
        reaction: 'HELPFUL',
        added: true,
      };
      events.reactionChanged(reaction);
      events.reactionChanged(reaction);
      events.reactionChanged({ ...reaction, reactorId: author.id });
      await settled();
      expect((await inbox(author)).edges.map((e) => [e.node.kind, e.node.reaction, e.node.actor?.id])).toEqual([
        ['REACTION', 'HELPFUL', reactor.id],
      ]);
      await author.client.ok(FOLLOW_THREAD, { input: { threadId, level: 'MUTE' } });
      events.reactionChanged({ ...reaction, reaction: 'THANKS' });
      events.moderationDecided({
        personId: author.id,
        action: 'HIDE_POST',
        postId: first.id,
        threadId,
        reason: 'Names a person who uses our service.',
      });
      await settled();
      const latest = (await inbox(author)).edges.map((e) => e.node);
      expect(latest.map((n) => n.kind)).toEqual(['MODERATION', 'REACTION']);
      expect(latest[0]).toMatchObject({
        actor: null,
        moderationAction: 'HIDE_POST',
        reason: 'Names a person who uses our service.',
        postSeq: first.seq,
      });
    });
  });

  describe('posts held for review', () => {
    it('tell nobody until a moderator lets them through, then once', async () => {
      const category = await makeForumCategory(t.db);
      const [author, replier] = await Promise.all([staff(), staff()]);
      const threadId = await startThread(author, category.id);
      await settled();
      const post = await reply(replier, threadId, '<p>Held for now</p>');
      // As if screening had held it: no notification yet.
      await t.db.query('delete from notification where post_id = $1', [post.id]);
      await t.db.query(`update post set moderation_state = 'HELD' where id = $1`, [post.id]);
      const events = t.app.get(DiscussionEvents);
      events.postChanged({ type: 'post.created', threadId, postId: post.id });
      await settled();
      expect(await kinds(author)).toEqual([]);
      await t.db.query(`update post set moderation_state = 'VISIBLE' where id = $1`, [post.id]);
      events.postChanged({ type: 'post.restored', threadId, postId: post.id });
      events.postChanged({ type: 'post.restored', threadId, postId: post.id });
      await settled();
      expect(await kinds(author)).toEqual([['REPLY', post.id]]);
    });
  });

  describe('the bell', () => {
    it('hears of a new notification live, and nobody else does', async () => {
      const category = await makeForumCategory(t.db);
      const [author, replier, bystander] = await Promise.all(Array.from({ length: 3 }, () => staff()));
      const threadId = await startThread(author, category.id);
      await settled();
      const mine = await connect(t.url, author.client.sessionCookie);
      const theirs = await connect(t.url, bystander.client.sessionCookie);
      sockets.push(mine, theirs);
      const got: NotificationCreated[] = [];
      const stray: unknown[] = [];
      theirs.on('notification.created', (event) => stray.push(event));
      const heard = new Promise<NotificationCreated>((resolve) => mine.once('notification.created', resolve));
      mine.on('notification.created', (event) => got.push(event));
      await reply(replier, threadId, '<p>Hello</p>');
      const event = await heard;
      expect(event.unreadCount).toBe(1);
      const readHeard = new Promise((resolve) => mine.once('notification.read', resolve));
      await author.client.ok('mutation { markAllNotificationsRead { unread } }');
      expect(await readHeard).toEqual({ unreadCount: 0 });
      expect(got).toHaveLength(1);
      expect(stray).toEqual([]);
    });
  });

  describe('across instances', () => {
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

    it('rings the bell of a person connected to B for a reply made through A', async () => {
      const [author, replier] = await Promise.all(
        [b, a].map(async (app) => {
          const person = await makePerson(app.db);
          const client = app.client();
          await signIn(client, person.email);
          return { client, id: person.id };
        }),
      );
      const category = await makeForumCategory(a.db);
      const thread = await makeForumThread(a.db, category.id, [author.id], 1);
      await author.client.ok(FOLLOW_THREAD, { input: { threadId: thread.id, level: 'WATCH' } });
      const socket = await connect(b.url, author.client.sessionCookie);
      sockets.push(socket);
      const heard = new Promise<NotificationCreated>((resolve) => socket.once('notification.created', resolve));
      await replier.client.ok(CREATE_POST, { input: { threadId: thread.id, body: '<p>From A</p>' } });
      expect((await heard).unreadCount).toBe(1);
    });
  });

  describe('the daily digest', () => {
    const outboxFor = (email: string) => t.db.getRepository(OutboxMessageEntity).findBy({ to: email });

    it('lists only what the reader may still see when it is sent, in the same statements for 2 threads or 8', async () => {
      const digest = t.app.get(DigestService);
      await digest.run(); // everyone else's digest for today
      const writer = await makePerson(t.db);
      const open = await makeForumCategory(t.db);
      const later = await makeForumCategory(t.db);
      const lessonThread = async (moduleId: string) => {
        const lesson = await makeLesson(t.db, moduleId, 'ARTICLE', { html: '<p>Read me.</p>' });
        const rows: { id: string }[] = await t.db.query(
          `insert into discussion_thread (lesson_id, title, last_activity_at, seq, post_count)
           values ($1, $2, now(), 1, 1) returning id`,
          [lesson.id, `About ${lesson.title}`],
        );
        await t.db.query(`insert into post (thread_id, seq, author_id, body) values ($1, 1, $2, '<p>Hi</p>')`, [
          rows[0].id,
          writer.id,
        ]);
        return { lesson, threadId: rows[0].id };
      };
      /** A notification of the first post of each thread, as a reply would have made it. */
      const notify = (recipientId: string, threadIds: string[]) =>
        t.db.query(
          `insert into notification (recipient_id, kind, actor_id, thread_id, post_id, post_seq, created_at)
           select $1, 'REPLY', $2, p.thread_id, p.id, p.seq, $4 from post p where p.thread_id = any($3::uuid[]) and p.seq = 1`,
          [recipientId, writer.id, threadIds, t.clock.now()],
        );
      const measure = async (work: () => Promise<number>) => {
        let sent = 0;
        const statements = await t.queries.capture(async () => {
          sent = await work();
        });
        return { sent, statements: statements.length };
      };

      // A day with one forum thread and one lesson's discussion.
      t.clock.advance(24 * 60 * 60 * 1000);
      const reader = await makePerson(t.db);
      const firstModule = await makeModule(t.db);
      const firstForum = await makeForumThread(t.db, open.id, [writer.id]);
      const firstLesson = await lessonThread(firstModule.id);
      await notify(reader.id, [firstForum.id, firstLesson.threadId]);
      const small = await measure(() => digest.run());
      expect(small.sent).toBe(1);

      // The next day: eight threads, four of which the reader may no longer see or whose post went.
      t.clock.advance(24 * 60 * 60 * 1000);
      const modules = [await makeModule(t.db), await makeModule(t.db)];
      const shown = [
        await makeForumThread(t.db, open.id, [writer.id], 1, { title: 'Still open' }),
        await makeForumThread(t.db, open.id, [writer.id], 1, { title: 'Also open' }),
      ];
      const lessons = [await lessonThread(modules[0].id), await lessonThread(modules[1].id)];
      const restricted = await makeForumThread(t.db, later.id, [writer.id], 1, { title: 'Now for moderators' });
      const hiddenPost = await makeForumThread(t.db, open.id, [writer.id], 1, { title: 'Its post was hidden' });
      const deletedPost = await makeForumThread(t.db, open.id, [writer.id], 1, { title: 'Its post was deleted' });
      const withdrawn = await lessonThread(modules[1].id);
      await notify(reader.id, [
        ...shown.map((th) => th.id),
        ...lessons.map((l) => l.threadId),
        restricted.id,
        hiddenPost.id,
        deletedPost.id,
        withdrawn.threadId,
      ]);
      const gone = await makePerson(t.db);
      await notify(gone.id, [shown[0].id]);
      // What changed after the notifications were made and before the digest is sent.
      await t.db.query(`update forum_category set allowed_roles = '{MODERATOR}' where id = $1`, [later.id]);
      await t.db.query(`update post set moderation_state = 'HIDDEN' where thread_id = $1`, [hiddenPost.id]);
      await t.db.query(`update post set deleted_at = now() where thread_id = $1`, [deletedPost.id]);
      await t.db.query(`update lesson set status = 'ARCHIVED' where id = $1`, [withdrawn.lesson.id]);
      await t.db.query(`update person set deactivated_at = now() where id = $1`, [gone.id]);
      const large = await measure(() => digest.run());
      expect(large.sent).toBe(1);
      expect(large.statements).toBe(small.statements);

      const mails = await t.db.getRepository(OutboxMessageEntity).findBy({ to: reader.email });
      expect(mails).toHaveLength(2);
      const mail = mails.find((m) => m.subject === 'You have 4 unread notifications');
      expect(mail?.text).toContain('“Still open”');
      expect(mail?.text).toContain('“Also open”');
      for (const title of [
        'Now for moderators',
        'Its post was hidden',
        'Its post was deleted',
        withdrawn.lesson.title,
      ]) {
        expect(mail?.text).not.toContain(title);
      }
      // A lesson's discussion links to the lesson page, opened at the post.
      for (const [i, { lesson }] of lessons.entries()) {
        expect(mail?.text).toContain(
          `${t.config.publicUrl}/learn/${modules[i].slug}/lessons/${lesson.id}?seq=1#discussion-heading`,
        );
      }
      expect(mail?.text).toContain(`${t.config.publicUrl}/discuss/threads/${shown[0].id}?seq=1`);
      expect(await outboxFor(gone.email)).toHaveLength(0);
    });

    it('sends one email when two runs overlap (a retry, or two instances)', async () => {
      const category = await makeForumCategory(t.db);
      const [author, replier] = await Promise.all([staff(), staff()]);
      const threadId = await startThread(author, category.id);
      await reply(replier, threadId, '<p>An answer</p>');
      const digest = t.app.get(DigestService);
      await Promise.all([digest.run(), digest.run(), digest.run()]);
      expect(await outboxFor(author.email)).toHaveLength(1);
    });

    it('sends each person with unread notifications one email a day, with one-click unsubscribe', async () => {
      const category = await makeForumCategory(t.db);
      const [author, replier, optedOut] = await Promise.all(Array.from({ length: 3 }, () => staff()));
      const threadId = await startThread(author, category.id);
      await optedOut.client.ok(FOLLOW_THREAD, { input: { threadId, level: 'WATCH' } });
      const settings = `mutation($input: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $input) { emailDigest } }`;
      await optedOut.client.ok(settings, { input: { emailDigest: false } });
      await reply(replier, threadId, '<p>First answer</p>');
      await reply(replier, threadId, `<p>${mention(author.id, 'Author')} second answer</p>`);

      const digest = t.app.get(DigestService);
      await digest.run();
      const mails = await outboxFor(author.email);
      expect(mails).toHaveLength(1);
      const [mail] = mails;
      expect(mail.subject).toBe('You have 2 unread notifications');
      expect(mail.text).toContain('mentioned you in “How do you book interpreters?”');
      expect(mail.text).toContain(`/discuss/threads/${threadId}?seq=3`);
      const token = unsubscribeToken(t.config.sessionSecret, author.id);
      const link = `${t.config.publicUrl}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
      expect(mail.headers).toEqual({
        'List-Unsubscribe': `<${link}>`,
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      });
      expect(await outboxFor(optedOut.email)).toHaveLength(0);
      expect(await outboxFor(replier.email)).toHaveLength(0);

      // Again the same day: nothing, even with something new.
      await reply(replier, threadId, '<p>Third answer</p>');
      await digest.run();
      expect(await outboxFor(author.email)).toHaveLength(1);
      // The next day: only what is new since the last digest.
      t.clock.advance(24 * 60 * 60 * 1000);
      await digest.run();
      const next = await outboxFor(author.email);
      expect(next).toHaveLength(2);
      expect(next.map((m) => m.subject).sort()).toEqual([
        'You have 1 unread notification',
        'You have 2 unread notifications',
      ]);

      // The link: GET only leads to the confirm page; POST (one click) unsubscribes.
      const path = `${t.url}/api/notifications/unsubscribe?token=${encodeURIComponent(token)}`;
      const get = await fetch(path, { redirect: 'manual' });
      expect(get.status).toBe(303);
      expect(get.headers.get('location')).toBe(`/email-digest/unsubscribe?token=${encodeURIComponent(token)}`);
      const read = `{ notificationSettings { emailDigest } }`;
      expect(await author.client.ok(read)).toEqual({ notificationSettings: { emailDigest: true } });
      const post = await fetch(path, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'List-Unsubscribe=One-Click',
      });
      expect(post.status).toBe(200);
      expect(await author.client.ok(read)).toEqual({ notificationSettings: { emailDigest: false } });
      const forged = await fetch(`${t.url}/api/notifications/unsubscribe?token=${author.id}.forged`, {
        method: 'POST',
      });
      expect(forged.status).toBe(400);

      t.clock.advance(24 * 60 * 60 * 1000);
      await reply(replier, threadId, '<p>Fourth answer</p>');
      await digest.run();
      expect(await outboxFor(author.email)).toHaveLength(2);
    });
  });
});

/** Connects to the app's socket with a client's session cookie; resolves once connected. */
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
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}
