import type { RoleName } from '@common-ground/shared';
import { createTestApp, type TestApp } from '../../../../test/app';
import { makeForumCategory, makeForumThread, makeOrganisation, makePerson, signIn } from '../../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../../test/graphql-client';
import { PostEntity } from '../entities/post.entity';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const message = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.message ?? '';

const CREATE_POST = `mutation($input: CreatePostInput!) { createPost(input: $input) {
  id seq body moderation { state } } }`;
const EDIT_POST = `mutation($input: EditPostInput!) { editPost(input: $input) { id body moderation { state } } }`;
const FLAG = `mutation($input: FlagPostInput!) { flagPost(input: $input) { id moderation { state viewerHasFlagged } } }`;
const HIDE = `mutation($input: ModeratePostInput!) { hidePost(input: $input) { id body moderation { state } } }`;
const RESTORE = `mutation($input: ModeratePostInput!) { restorePost(input: $input) { id body moderation { state } } }`;
const POSTS = `query($threadId: ID!) { threadPosts(threadId: $threadId) { edges { node {
  id body moderation { state viewerCanFlag viewerHasFlagged viewerCanModerate openFlagCount } } } } }`;
const QUEUE = `query($first: Int, $after: String) { moderationQueue(first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id state excerpt flagCount flags { reason automatic flagger { id } }
    post { id body moderation { state viewerCanFlag viewerHasFlagged viewerCanModerate openFlagCount } }
    thread { id title viewerCanModerate category { id title } } author { id } } } } }`;
const AUDIT = `query($action: AuditAction, $moderatorId: ID, $personId: ID, $first: Int, $after: String) {
  moderationAuditLog(action: $action, moderatorId: $moderatorId, personId: $personId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { action reason detail postId threadId moderator { id } person { id } } } } }`;

interface PostNode {
  id: string;
  body: string;
  moderation: {
    state: string;
    viewerCanFlag: boolean;
    viewerHasFlagged: boolean;
    viewerCanModerate: boolean;
    openFlagCount: number | null;
  };
}
interface QueueNode {
  id: string;
  state: string;
  excerpt: string;
  flagCount: number;
  flags: { reason: string; automatic: boolean; flagger: { id: string } | null }[];
  post: { id: string; body: string };
  thread: { id: string; title: string; category: { id: string } | null };
  author: { id: string } | null;
}
interface AuditNode {
  action: string;
  reason: string;
  detail: string;
  postId: string | null;
  threadId: string | null;
  moderator: { id: string } | null;
  person: { id: string } | null;
}

describe('moderation', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const staff = async (roles: RoleName[] = ['LEARNER']): Promise<{ client: GraphqlClient; id: string }> => {
    const person = await makePerson(t.db, { roles });
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id };
  };
  const moderator = () => staff(['LEARNER', 'MODERATOR']);
  const admin = () => staff(['LEARNER', 'ADMIN']);
  const post = async (client: GraphqlClient, threadId: string, body: string) =>
    (await client.ok<{ createPost: PostNode & { seq: number } }>(CREATE_POST, { input: { threadId, body } }))
      .createPost;
  const postsSeenBy = async (client: GraphqlClient, threadId: string) =>
    (await client.ok<{ threadPosts: { edges: { node: PostNode }[] } }>(POSTS, { threadId })).threadPosts.edges.map(
      (e) => e.node,
    );
  const queue = async (client: GraphqlClient, first = 100) =>
    (
      await client.ok<{ moderationQueue: { totalCount: number; edges: { node: QueueNode }[] } }>(QUEUE, { first })
    ).moderationQueue.edges.map((e) => e.node);
  const audit = async (client: GraphqlClient, variables: Record<string, unknown> = {}) =>
    (
      await client.ok<{
        moderationAuditLog: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { node: AuditNode }[];
        };
      }>(AUDIT, { first: 100, ...variables })
    ).moderationAuditLog;
  const threadWithPost = async (authorId: string, categoryId?: string) => {
    const category = categoryId ?? (await makeForumCategory(t.db)).id;
    const thread = await makeForumThread(t.db, category, [authorId]);
    const row = await t.db.getRepository(PostEntity).findOneByOrFail({ threadId: thread.id, seq: 1 });
    return { categoryId: category, threadId: thread.id, postId: row.id };
  };
  const assign = async (client: GraphqlClient, categoryId: string, personId: string, assigned = true) =>
    client.ok(`mutation($input: AssignCategoryModeratorInput!) { assignCategoryModerator(input: $input) }`, {
      input: { categoryId, personId, assigned },
    });

  describe('flags', () => {
    it('let readers report a post once each; at three open reports it is hidden until reviewed', async () => {
      const author = await staff();
      const { threadId, postId } = await threadWithPost(author.id);
      const readers = await Promise.all([staff(), staff(), staff(), staff()]);
      const mod = await moderator();

      expect(code(await author.client.request(FLAG, { input: { postId, reason: 'Mine' } }))).toBe('FORBIDDEN');
      expect(code(await readers[0].client.request(FLAG, { input: { postId, reason: '  ' } }))).toBe('BAD_USER_INPUT');
      const first = await readers[0].client.ok<{ flagPost: PostNode }>(FLAG, {
        input: { postId, reason: 'Names a service user' },
      });
      expect(first.flagPost.moderation).toEqual({ state: 'VISIBLE', viewerHasFlagged: true });
      const again = await readers[0].client.request(FLAG, { input: { postId, reason: 'Again' } });
      expect(code(again)).toBe('CONFLICT');
      await readers[1].client.ok(FLAG, { input: { postId, reason: 'Rude' } });
      expect((await postsSeenBy(readers[3].client, threadId))[0].moderation.state).toBe('VISIBLE');
      await readers[2].client.ok(FLAG, { input: { postId, reason: 'Off topic' } });

      const [seenByReader] = await postsSeenBy(readers[3].client, threadId);
      expect(seenByReader).toMatchObject({
        body: '',
        moderation: { state: 'HIDDEN', viewerCanFlag: false, viewerHasFlagged: false, openFlagCount: null },
      });
      const late = await readers[3].client.request(FLAG, { input: { postId, reason: 'Late' } });
      expect(code(late)).toBe('CONFLICT');
      const [seenByAuthor] = await postsSeenBy(author.client, threadId);
      expect(seenByAuthor).toMatchObject({
        body: '<p>Post 1</p>',
        moderation: { state: 'HIDDEN', viewerCanFlag: false },
      });
      const [seenByModerator] = await postsSeenBy(mod.client, threadId);
      expect(seenByModerator).toMatchObject({
        body: '<p>Post 1</p>',
        moderation: { state: 'HIDDEN', viewerCanModerate: true, openFlagCount: 3 },
      });

      const item = (await queue(mod.client)).find((i) => i.id === postId);
      expect(item).toMatchObject({ state: 'HIDDEN', excerpt: 'Post 1', flagCount: 3, author: { id: author.id } });
      expect(item?.flags.map((f) => f.reason)).toEqual(['Names a service user', 'Rude', 'Off topic']);
      const log = await audit(mod.client, { action: 'AUTO_HIDE_POST', personId: author.id });
      expect(log.edges.map((e) => e.node)).toEqual([
        expect.objectContaining({ action: 'AUTO_HIDE_POST', postId, moderator: null, person: { id: author.id } }),
      ]);
    });

    it('follow the threshold an admin sets, and only admins set it', async () => {
      const mod = await moderator();
      const boss = await admin();
      const update = `mutation($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) {
        flagThreshold holdFirstPosts } }`;
      const input = { flagThreshold: 1, holdFirstPosts: 0, reason: 'Stricter during the pilot' };
      expect(code(await mod.client.request(update, { input }))).toBe('FORBIDDEN');
      expect(code(await boss.client.request(update, { input: { ...input, flagThreshold: 0 } }))).toBe('BAD_USER_INPUT');
      await boss.client.ok(update, { input });
      try {
        const author = await staff();
        const reader = await staff();
        const { postId } = await threadWithPost(author.id);
        const flagged = await reader.client.ok<{ flagPost: PostNode }>(FLAG, { input: { postId, reason: 'Spam' } });
        expect(flagged.flagPost.moderation.state).toBe('HIDDEN');
      } finally {
        await boss.client.ok(update, { input: { ...input, flagThreshold: 3, reason: 'Back to normal' } });
      }
    });
  });

  describe('the queue and decisions on posts', () => {
    it('are for moderators only, and a moderator with categories sees and decides only in those', async () => {
      const author = await staff();
      const reader = await staff();
      const learner = await staff();
      const boss = await admin();
      const local = await moderator();
      const everywhere = await moderator();
      const mine = await threadWithPost(author.id);
      const theirs = await threadWithPost(author.id);
      for (const { postId } of [mine, theirs]) {
        await reader.client.ok(FLAG, { input: { postId, reason: 'Please check' } });
      }
      await assign(boss.client, mine.categoryId, local.id);
      expect(code(await learner.client.request(QUEUE, {}))).toBe('FORBIDDEN');
      expect(code(await learner.client.request(HIDE, { input: { postId: mine.postId, reason: 'x' } }))).toBe(
        'FORBIDDEN',
      );
      expect(
        code(
          await local.client.request(`mutation { assignCategoryModerator(input: {
        categoryId: "${mine.categoryId}", personId: "${local.id}", assigned: false }) }`),
        ),
      ).toBe('FORBIDDEN');
      expect(
        code(
          await boss.client.request(
            `mutation($input: AssignCategoryModeratorInput!) { assignCategoryModerator(input: $input) }`,
            { input: { categoryId: mine.categoryId, personId: learner.id, assigned: true } },
          ),
        ),
      ).toBe('BAD_USER_INPUT');

      const localQueue = (await queue(local.client)).map((i) => i.id);
      expect(localQueue).toContain(mine.postId);
      expect(localQueue).not.toContain(theirs.postId);
      const wideQueue = (await queue(everywhere.client)).map((i) => i.id);
      expect(wideQueue).toEqual(expect.arrayContaining([mine.postId, theirs.postId]));

      const outside = await local.client.request(HIDE, { input: { postId: theirs.postId, reason: 'Rude' } });
      expect(code(outside)).toBe('FORBIDDEN');
      const [theirsSeen] = await postsSeenBy(local.client, theirs.threadId);
      expect(theirsSeen.moderation.viewerCanModerate).toBe(false);

      const hidden = await local.client.ok<{ hidePost: PostNode }>(HIDE, {
        input: { postId: mine.postId, reason: 'Shares case details' },
      });
      expect(hidden.hidePost).toMatchObject({ body: '<p>Post 1</p>', moderation: { state: 'HIDDEN' } });
      expect((await postsSeenBy(reader.client, mine.threadId))[0]).toMatchObject({ body: '' });
      expect((await queue(everywhere.client)).map((i) => i.id)).not.toContain(mine.postId);

      const restored = await everywhere.client.ok<{ restorePost: PostNode }>(RESTORE, {
        input: { postId: mine.postId, reason: 'Details were removed' },
      });
      expect(restored.restorePost.moderation.state).toBe('VISIBLE');
      expect((await postsSeenBy(reader.client, mine.threadId))[0].body).toBe('<p>Post 1</p>');

      const dismissed = await everywhere.client.ok<{ restorePost: PostNode }>(RESTORE, {
        input: { postId: theirs.postId, reason: 'Nothing wrong here' },
      });
      expect(dismissed.restorePost.moderation.state).toBe('VISIBLE');
      expect((await queue(everywhere.client)).map((i) => i.id)).not.toContain(theirs.postId);

      const byLocal = await audit(everywhere.client, { moderatorId: local.id });
      expect(byLocal.edges.map((e) => [e.node.action, e.node.reason])).toEqual([['HIDE_POST', 'Shares case details']]);
      const aboutAuthor = await audit(everywhere.client, { personId: author.id });
      expect(aboutAuthor.edges.map((e) => e.node.action)).toEqual(['RESTORE_POST', 'RESTORE_POST', 'HIDE_POST']);
    });

    it('list and decide only in categories the moderator may read: a restricted category stays out of their queue and answers NOT_FOUND', async () => {
      const boss = await admin();
      const health = await makeOrganisation(t.db, { sector: 'HEALTH' });
      const insider = await makePerson(t.db, { organisationId: health.id });
      const insiderClient = t.client();
      await signIn(insiderClient, insider.email);
      const wide = await moderator();
      const nurseMod = await makePerson(t.db, { organisationId: health.id, roles: ['LEARNER', 'MODERATOR'] });
      const nurseModClient = t.client();
      await signIn(nurseModClient, nurseMod.email);
      const restricted = await makeForumCategory(t.db, { allowedSectors: ['HEALTH'] });
      const { postId } = await threadWithPost(
        (await makePerson(t.db, { organisationId: health.id })).id,
        restricted.id,
      );
      await insiderClient.ok(FLAG, { input: { postId, reason: 'Names a patient' } });

      expect((await queue(wide.client)).map((i) => i.id)).not.toContain(postId);
      expect(code(await wide.client.request(HIDE, { input: { postId, reason: 'x' } }))).toBe('NOT_FOUND');
      expect((await queue(nurseModClient)).map((i) => i.id)).toContain(postId);
      expect((await queue(boss.client)).map((i) => i.id)).toContain(postId);
      const hidden = await nurseModClient.ok<{ hidePost: PostNode }>(HIDE, {
        input: { postId, reason: 'Patient named' },
      });
      expect(hidden.hidePost.moderation.state).toBe('HIDDEN');
    });

    it('pages the queue oldest first with a cursor, in a bounded number of statements', async () => {
      const author = await staff();
      const reader = await staff();
      const mod = await moderator();
      const boss = await admin();
      const category = await makeForumCategory(t.db);
      await assign(boss.client, category.id, mod.id);
      const posts: string[] = [];
      for (let i = 0; i < 5; i += 1) {
        const { postId } = await threadWithPost(author.id, category.id);
        await reader.client.ok(FLAG, { input: { postId, reason: `Reason ${i}` } });
        posts.push(postId);
      }
      const seen: string[] = [];
      let after: string | null = null;
      do {
        const page: {
          moderationQueue: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            edges: { node: QueueNode }[];
          };
        } = await mod.client.ok(QUEUE, { first: 2, after });
        seen.push(...page.moderationQueue.edges.map((e) => e.node.id));
        after = page.moderationQueue.pageInfo.hasNextPage ? page.moderationQueue.pageInfo.endCursor : null;
      } while (after);
      expect(seen).toEqual(posts);
      const count = (first: number) => t.queries.measure(() => mod.client.ok(QUEUE, { first }));
      expect(await count(5)).toBe(await count(1));
    });
  });

  describe('threads', () => {
    it('lock, pin and move within the moderator’s categories, each audited', async () => {
      const author = await staff();
      const mod = await moderator();
      const boss = await admin();
      const learner = await staff();
      const home = await threadWithPost(author.id);
      const other = await makeForumCategory(t.db);
      await assign(boss.client, home.categoryId, mod.id);
      const lock = `mutation($input: LockThreadInput!) { lockThread(input: $input) { id locked viewerCanModerate } }`;
      const pin = `mutation($input: PinThreadInput!) { pinThread(input: $input) { id pinned } }`;
      const move = `mutation($input: MoveThreadInput!) { moveThread(input: $input) { id categoryId } }`;

      expect(
        code(await learner.client.request(lock, { input: { threadId: home.threadId, locked: true, reason: 'x' } })),
      ).toBe('FORBIDDEN');
      const locked = await mod.client.ok<{ lockThread: { locked: boolean; viewerCanModerate: boolean } }>(lock, {
        input: { threadId: home.threadId, locked: true, reason: 'Going round in circles' },
      });
      expect(locked.lockThread).toMatchObject({ locked: true, viewerCanModerate: true });
      const refused = await author.client.request(CREATE_POST, {
        input: { threadId: home.threadId, body: '<p>More</p>' },
      });
      expect(code(refused)).toBe('CONFLICT');
      await mod.client.ok(lock, { input: { threadId: home.threadId, locked: false, reason: 'Calmer now' } });
      await post(author.client, home.threadId, '<p>More</p>');

      await makeForumThread(t.db, home.categoryId, [author.id]);
      await mod.client.ok(pin, { input: { threadId: home.threadId, pinned: true, reason: 'Useful for everyone' } });
      const list = await learner.client.ok<{ forumThreads: { edges: { node: { id: string; pinned: boolean } }[] } }>(
        `query($id: ID!) { forumThreads(categoryId: $id) { edges { node { id pinned } } } }`,
        { id: home.categoryId },
      );
      expect(list.forumThreads.edges[0].node).toEqual({ id: home.threadId, pinned: true });

      const outside = await mod.client.request(move, {
        input: { threadId: home.threadId, categoryId: other.id, reason: 'Better there' },
      });
      expect(code(outside)).toBe('FORBIDDEN');
      const moved = await boss.client.ok<{ moveThread: { categoryId: string } }>(move, {
        input: { threadId: home.threadId, categoryId: other.id, reason: 'Better there' },
      });
      expect(moved.moveThread.categoryId).toBe(other.id);
      const log = await audit(boss.client, { personId: author.id });
      expect(log.edges.map((e) => e.node.action)).toEqual([
        'MOVE_THREAD',
        'PIN_THREAD',
        'UNLOCK_THREAD',
        'LOCK_THREAD',
      ]);
    });
  });

  describe('suspensions', () => {
    it('stop a person posting, editing and starting threads until lifted, saying until when; they can still read and report', async () => {
      const person = await staff();
      const mod = await moderator();
      const local = await moderator();
      const boss = await admin();
      const other = await staff();
      const { threadId, categoryId } = await threadWithPost(other.id);
      const { postId: othersPost } = await threadWithPost(other.id, categoryId);
      const own = await post(person.client, threadId, '<p>Before</p>');
      await assign(boss.client, categoryId, local.id);
      const suspend = `mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id endsAt person { id } } }`;
      const input = { personId: person.id, hours: 48, reason: 'Repeated personal attacks' };

      expect(code(await other.client.request(suspend, { input }))).toBe('FORBIDDEN');
      expect(code(await local.client.request(suspend, { input }))).toBe('FORBIDDEN');
      expect(code(await mod.client.request(suspend, { input: { ...input, hours: 0 } }))).toBe('BAD_USER_INPUT');
      const made = await mod.client.ok<{ suspendPerson: { id: string; person: { id: string } } }>(suspend, { input });
      expect(made.suspendPerson.person.id).toBe(person.id);
      expect(code(await mod.client.request(suspend, { input }))).toBe('CONFLICT');

      const refused = await person.client.request(CREATE_POST, { input: { threadId, body: '<p>Hello</p>' } });
      expect(code(refused)).toBe('FORBIDDEN');
      expect(message(refused)).toMatch(/^You are suspended from posting until \w+day \d+ \w+ \d{4} at /);
      expect(code(await person.client.request(EDIT_POST, { input: { postId: own.id, body: '<p>Edited</p>' } }))).toBe(
        'FORBIDDEN',
      );
      const thread = await person.client.request(
        `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }`,
        { input: { categoryId, title: 'New', body: '<p>Hi</p>', tags: [] } },
      );
      expect(code(thread)).toBe('FORBIDDEN');
      expect(await postsSeenBy(person.client, threadId)).toHaveLength(2);
      await person.client.ok(FLAG, { input: { postId: othersPost, reason: 'Still allowed to report' } });

      const listed = await mod.client.ok<{ activeSuspensions: { edges: { node: { id: string } }[] } }>(
        '{ activeSuspensions(first: 100) { edges { node { id } } } }',
      );
      expect(listed.activeSuspensions.edges.map((e) => e.node.id)).toContain(made.suspendPerson.id);
      await mod.client.ok(`mutation($input: LiftSuspensionInput!) { liftSuspension(input: $input) { liftedAt } }`, {
        input: { suspensionId: made.suspendPerson.id, reason: 'Apologised' },
      });
      await post(person.client, threadId, '<p>Sorry, everyone</p>');
      const log = await audit(mod.client, { personId: person.id });
      expect(log.edges.map((e) => [e.node.action, e.node.reason])).toEqual([
        ['LIFT_SUSPENSION', 'Apologised'],
        ['SUSPEND_PERSON', 'Repeated personal attacks'],
      ]);
      expect(log.edges[1].node.detail).toMatch(/^Until /);
    });

    it('end by themselves when their time is up', async () => {
      const person = await staff();
      const mod = await moderator();
      const { threadId } = await threadWithPost(mod.id);
      await mod.client.ok(`mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`, {
        input: { personId: person.id, hours: 1, reason: 'Cooling off' },
      });
      expect(code(await person.client.request(CREATE_POST, { input: { threadId, body: '<p>Hi</p>' } }))).toBe(
        'FORBIDDEN',
      );
      t.clock.advance(61 * 60_000);
      await post(person.client, threadId, '<p>Hi</p>');
    });
  });

  describe('the audit log', () => {
    it('cannot be changed or emptied, even with SQL', async () => {
      const mod = await moderator();
      const person = await staff();
      await mod.client.ok(`mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`, {
        input: { personId: person.id, hours: 1, reason: 'For the record' },
      });
      await expect(t.db.query(`update moderation_audit set reason = 'changed'`)).rejects.toThrow(
        'The moderation audit log cannot be changed',
      );
      await expect(t.db.query(`delete from moderation_audit`)).rejects.toThrow('cannot be changed');
      await expect(t.db.query(`truncate moderation_audit`)).rejects.toThrow('cannot be changed');
      const rows: { reason: string }[] = await t.db.query(`select reason from moderation_audit where person_id = $1`, [
        person.id,
      ]);
      expect(rows).toEqual([{ reason: 'For the record' }]);
    });

    it('is read by moderators only, newest first, a page at a time', async () => {
      const mod = await moderator();
      const learner = await staff();
      const person = await staff();
      expect(code(await learner.client.request(AUDIT, {}))).toBe('FORBIDDEN');
      const suspend = `mutation($input: SuspendPersonInput!) { suspendPerson(input: $input) { id } }`;
      const lift = `mutation($input: LiftSuspensionInput!) { liftSuspension(input: $input) { id } }`;
      for (let i = 0; i < 3; i += 1) {
        const made = await mod.client.ok<{ suspendPerson: { id: string } }>(suspend, {
          input: { personId: person.id, hours: 1, reason: `Round ${i}` },
        });
        await mod.client.ok(lift, { input: { suspensionId: made.suspendPerson.id, reason: `Lift ${i}` } });
      }
      const reasons: string[] = [];
      let after: string | null = null;
      do {
        const page = await audit(mod.client, { personId: person.id, first: 4, after });
        reasons.push(...page.edges.map((e) => e.node.reason));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
      expect(reasons).toEqual(['Lift 2', 'Round 2', 'Lift 1', 'Round 1', 'Lift 0', 'Round 0']);
      expect(code(await mod.client.request(AUDIT, { after: 'nonsense' }))).toBe('BAD_USER_INPUT');
      expect(code(await mod.client.request(AUDIT, { personId: '../etc' }))).toBe('BAD_USER_INPUT');
    });
  });

  describe('watched words', () => {
    const ADD = `mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id word action } }`;

    it('block, hold or flag posts containing them as whole words, in any case and script', async () => {
      const mod = await moderator();
      const local = await moderator();
      const boss = await admin();
      const author = await staff();
      const reader = await staff();
      const { threadId, categoryId } = await threadWithPost(reader.id);
      await assign(boss.client, categoryId, local.id);
      const suffix = Math.random().toString(36).slice(2, 7);
      const words = {
        block: `żółw${suffix}`,
        hold: `bluebird${suffix}`,
        flag: `marmalade${suffix}`,
      };
      expect(
        code(await local.client.request(ADD, { input: { word: words.block, action: 'BLOCK', reason: 'x' } })),
      ).toBe('FORBIDDEN');
      expect(
        code(await author.client.request(ADD, { input: { word: words.block, action: 'BLOCK', reason: 'x' } })),
      ).toBe('FORBIDDEN');
      await mod.client.ok(ADD, { input: { word: words.block.toUpperCase(), action: 'BLOCK', reason: 'Abusive' } });
      await mod.client.ok(ADD, { input: { word: words.hold, action: 'HOLD', reason: 'Often spam' } });
      await mod.client.ok(ADD, { input: { word: words.flag, action: 'FLAG', reason: 'Worth a look' } });
      const again = await mod.client.request(ADD, { input: { word: ` ${words.hold} `, action: 'FLAG', reason: 'x' } });
      expect(code(again)).toBe('BAD_USER_INPUT');
      expect(code(await mod.client.request(ADD, { input: { word: '!!', action: 'FLAG', reason: 'x' } }))).toBe(
        'BAD_USER_INPUT',
      );

      const blocked = await author.client.request(CREATE_POST, {
        input: { threadId, body: `<p>Ten ${words.block.toUpperCase()}!</p>` },
      });
      expect(code(blocked)).toBe('BAD_USER_INPUT');
      expect(message(blocked)).toContain(`“${words.block}”`);
      await post(author.client, threadId, `<p>A ${words.block}ek is not the word.</p>`);

      const held = await post(author.client, threadId, `<p>Look: ${words.hold.toUpperCase()}.</p>`);
      expect(held.moderation.state).toBe('HELD');
      expect((await postsSeenBy(reader.client, threadId)).map((p) => p.id)).not.toContain(held.id);
      expect((await postsSeenBy(author.client, threadId)).map((p) => p.id)).toContain(held.id);

      const flagged = await post(author.client, threadId, `<p>Some ${words.flag} on toast</p>`);
      expect(flagged.moderation.state).toBe('VISIBLE');
      const items = await queue(mod.client);
      expect(items.find((i) => i.id === held.id)).toMatchObject({ state: 'HELD', flags: [] });
      expect(items.find((i) => i.id === flagged.id)?.flags).toEqual([
        { reason: `Contains the watched word “${words.flag}”.`, automatic: true, flagger: null },
      ]);

      const edited = await author.client.request(EDIT_POST, {
        input: { postId: flagged.id, body: `<p>${words.block}</p>` },
      });
      expect(code(edited)).toBe('BAD_USER_INPUT');
      const now = await author.client.ok<{ editPost: PostNode }>(EDIT_POST, {
        input: { postId: flagged.id, body: `<p>${words.hold}</p>` },
      });
      expect(now.editPost.moderation.state).toBe('HELD');

      const listed = await mod.client.ok<{ watchedWords: { id: string; word: string }[] }>(
        '{ watchedWords { id word } }',
      );
      const blockWord = listed.watchedWords.find((w) => w.word === words.block);
      expect(blockWord).toBeDefined();
      await mod.client.ok(`mutation($input: RemoveWatchedWordInput!) { removeWatchedWord(input: $input) { id } }`, {
        input: { watchedWordId: blockWord?.id, reason: 'Not needed' },
      });
      await post(author.client, threadId, `<p>${words.block}</p>`);
      const log = await audit(mod.client, { moderatorId: mod.id });
      expect(log.edges.map((e) => e.node.action)).toEqual([
        'REMOVE_WATCHED_WORD',
        'ADD_WATCHED_WORD',
        'ADD_WATCHED_WORD',
        'ADD_WATCHED_WORD',
      ]);
    });
  });

  describe('new threads', () => {
    it('are screened by title too: a held one is listed only to its author and moderators until approved', async () => {
      const mod = await moderator();
      const author = await staff();
      const reader = await staff();
      const category = await makeForumCategory(t.db);
      const word = `kestrel${Math.random().toString(36).slice(2, 7)}`;
      await mod.client.ok(`mutation($input: AddWatchedWordInput!) { addWatchedWord(input: $input) { id } }`, {
        input: { word, action: 'HOLD', reason: 'Spam campaign' },
      });
      const started = await author.client.ok<{ createForumThread: { id: string } }>(
        `mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }`,
        {
          input: {
            categoryId: category.id,
            title: `Cheap ${word.toUpperCase()} offers`,
            body: '<p>Click here</p>',
            tags: [],
          },
        },
      );
      const listed = async (client: GraphqlClient) =>
        (
          await client.ok<{ forumThreads: { totalCount: number; edges: { node: { id: string } }[] } }>(
            `query($id: ID!) { forumThreads(categoryId: $id) { totalCount edges { node { id } } } }`,
            { id: category.id },
          )
        ).forumThreads;
      expect(await listed(reader.client)).toEqual({ totalCount: 0, edges: [] });
      expect((await listed(author.client)).edges).toEqual([{ node: { id: started.createForumThread.id } }]);
      expect((await listed(mod.client)).edges).toEqual([{ node: { id: started.createForumThread.id } }]);
      const [opening] = await postsSeenBy(mod.client, started.createForumThread.id);
      expect(opening.moderation.state).toBe('HELD');
      await mod.client.ok(RESTORE, { input: { postId: opening.id, reason: 'Looked into it: a real question' } });
      expect((await listed(reader.client)).totalCount).toBe(1);
    });

    it('are hidden while held, even by direct link and in thread counts, from all but the author and moderators in charge', async () => {
      const boss = await admin();
      const author = await staff();
      const reader = await staff();
      const inCharge = await moderator();
      const elsewhere = await moderator();
      const { categoryId, threadId, postId } = await threadWithPost(author.id);
      await assign(boss.client, categoryId, inCharge.id);
      await assign(boss.client, (await makeForumCategory(t.db)).id, elsewhere.id);
      await t.db.getRepository(PostEntity).update(postId, { moderationState: 'HELD', queuedAt: new Date() });
      const THREAD = `query($id: ID!) { discussionThread(id: $id) { id } }`;
      const COUNTS = `query { forumCategories { id threadCount } }`;
      const seenBy = async (client: GraphqlClient) => ({
        thread: (await client.ok<{ discussionThread: { id: string } | null }>(THREAD, { id: threadId }))
          .discussionThread,
        posts: code(await client.request(POSTS, { threadId })) ?? 'OK',
        count: (
          await client.ok<{ forumCategories: { id: string; threadCount: number }[] }>(COUNTS)
        ).forumCategories.find((c) => c.id === categoryId)?.threadCount,
      });
      const unknown = code(await reader.client.request(POSTS, { threadId: '00000000-0000-4000-8000-000000000000' }));
      expect(unknown).toBe('NOT_FOUND');
      expect(await seenBy(reader.client)).toEqual({ thread: null, posts: unknown, count: 0 });
      expect(await seenBy(elsewhere.client)).toEqual({ thread: null, posts: unknown, count: 0 });
      expect(code(await reader.client.request(CREATE_POST, { input: { threadId, body: '<p>Hi</p>' } }))).toBe(
        'NOT_FOUND',
      );
      for (const client of [author.client, inCharge.client, boss.client]) {
        expect(await seenBy(client)).toEqual({ thread: { id: threadId }, posts: 'OK', count: 1 });
      }
      await inCharge.client.ok(RESTORE, { input: { postId, reason: 'Fine to publish' } });
      expect(await seenBy(reader.client)).toEqual({ thread: { id: threadId }, posts: 'OK', count: 1 });
    });
  });

  describe('held first posts', () => {
    it('hold a new person’s first posts until approved, then publish them', async () => {
      const boss = await admin();
      const mod = await moderator();
      const reader = await staff();
      const { threadId } = await threadWithPost(reader.id);
      const update = `mutation($input: UpdateModerationSettingsInput!) { updateModerationSettings(input: $input) { holdFirstPosts } }`;
      await boss.client.ok(update, { input: { flagThreshold: 3, holdFirstPosts: 1, reason: 'New accounts' } });
      try {
        const newcomer = await staff();
        const first = await post(newcomer.client, threadId, '<p>Hello, I am new here</p>');
        expect(first.moderation.state).toBe('HELD');
        const second = await post(newcomer.client, threadId, '<p>Anyone?</p>');
        expect(second.moderation.state).toBe('HELD');
        expect((await postsSeenBy(reader.client, threadId)).map((p) => p.id)).toEqual(
          expect.not.arrayContaining([first.id, second.id]),
        );
        const item = (await queue(mod.client)).find((i) => i.id === first.id);
        expect(item).toMatchObject({ state: 'HELD', excerpt: 'Hello, I am new here', author: { id: newcomer.id } });
        await mod.client.ok(RESTORE, { input: { postId: first.id, reason: 'Welcome' } });
        const shown = await postsSeenBy(reader.client, threadId);
        expect(shown.find((p) => p.id === first.id)?.body).toBe('<p>Hello, I am new here</p>');
        expect(shown.map((p) => p.id)).not.toContain(second.id);
        const third = await post(newcomer.client, threadId, '<p>Thanks</p>');
        expect(third.moderation.state).toBe('VISIBLE');
      } finally {
        await boss.client.ok(update, { input: { flagThreshold: 3, holdFirstPosts: 0, reason: 'Off again' } });
      }
    });
  });

  describe('anonymous authors', () => {
    it('are revealed to a moderator of the thread only, and every reveal is audited', async () => {
      const author = await staff();
      const mod = await moderator();
      const reader = await staff();
      const category = await makeForumCategory(t.db, { allowsAnonymous: true });
      const thread = await makeForumThread(t.db, category.id, [reader.id]);
      const made = await author.client.ok<{ createPost: { id: string } }>(
        `mutation($input: CreatePostInput!) { createPost(input: $input) { id } }`,
        { input: { threadId: thread.id, body: '<p>Something hard to say</p>', anonymous: true } },
      );
      const reveal = `mutation($input: ModeratePostInput!) { revealPostAuthor(input: $input) { id name } }`;
      const input = { postId: made.createPost.id, reason: 'Safeguarding concern raised' };
      expect(code(await reader.client.request(reveal, { input }))).toBe('FORBIDDEN');
      for (let i = 0; i < 2; i += 1) {
        const revealed = await mod.client.ok<{ revealPostAuthor: { id: string } }>(reveal, { input });
        expect(revealed.revealPostAuthor.id).toBe(author.id);
      }
      const log = await audit(mod.client, { action: 'REVEAL_AUTHOR', moderatorId: mod.id });
      expect(log.edges.map((e) => [e.node.reason, e.node.person?.id])).toEqual([
        ['Safeguarding concern raised', author.id],
        ['Safeguarding concern raised', author.id],
      ]);
      const { postId: named } = await threadWithPost(author.id);
      expect(code(await mod.client.request(reveal, { input: { postId: named, reason: 'x' } }))).toBe('BAD_USER_INPUT');
    });
  });
});
