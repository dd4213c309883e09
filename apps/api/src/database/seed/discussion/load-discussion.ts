import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { sanitiseRichText } from '../../../common/rich-text/rich-text.sanitiser';
import { DiscussionThreadEntity } from '../../../modules/discussion/entities/discussion-thread.entity';
import { ForumCategoryEntity } from '../../../modules/discussion/entities/forum-category.entity';
import { PostEntity } from '../../../modules/discussion/entities/post.entity';
import { PostReactionEntity } from '../../../modules/discussion/reactions/post-reaction.entity';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { DEMO_DISCUSSION, DEMO_LESSON_DISCUSSION, type DemoPost } from './demo-discussion';

const HOUR_MS = 3_600_000;

/** The demo people present in the database, by email. */
type People = Map<string, { id: string; name: string }>;

/** Escapes text for HTML (a demo person's name inside a mention). */
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A demo post's HTML with each `{{@email}}` turned into a mention of that person (dropped if they are absent). */
function withMentions(html: string, people: People): string {
  return html.replace(/\{\{@([^}]+)\}\}/g, (_match, email: string) => {
    const person = people.get(email);
    if (!person) return '';
    return `<span data-type="mention" data-id="${person.id}">@${escapeHtml(person.name)}</span>`;
  });
}

/**
 * Writes a demo thread's posts (numbered 1, 2, 3… and dated in the past), the quotes between
 * them and readers' reactions. Posts by people missing from the database are left out, and
 * so are quotes of them and reactions by missing people.
 */
async function writePosts(
  tx: EntityManager,
  threadId: string,
  posts: readonly DemoPost[],
  people: People,
  now: number,
): Promise<void> {
  const ids = posts.map(() => randomUUID());
  await tx.insert(
    PostEntity,
    posts.map((p, i) => ({
      id: ids[i],
      threadId,
      seq: i + 1,
      authorId: people.get(p.by)?.id,
      body: sanitiseRichText(withMentions(p.html, people)),
      anonymous: !!p.anonymous,
      sceneId: p.sceneId ?? null,
      quotedPostId: p.quotes !== undefined && p.quotes <= i ? ids[p.quotes - 1] : null,
      createdAt: new Date(now - p.hoursAgo * HOUR_MS),
    })),
  );
  const reactions = posts.flatMap((p, i) =>
    (p.reactions ?? []).flatMap(([by, reaction]) => {
      const reactor = people.get(by)?.id;
      return reactor && by !== p.by ? [{ postId: ids[i], personId: reactor, reaction }] : [];
    }),
  );
  if (reactions.length) await tx.insert(PostReactionEntity, reactions);
}

/**
 * Loads the demo discussion once: the forum (skipped when any category exists) with its
 * categories, threads, quotes, mentions and reactions, and the posts beside the demo lessons
 * (each lesson skipped when its discussion has started, or when the lesson is not there).
 */
export async function loadDemoDiscussion(dataSource: DataSource): Promise<void> {
  const rows = await dataSource.getRepository(PersonEntity).find({ select: { id: true, email: true, name: true } });
  const people: People = new Map(rows.map((p) => [p.email, { id: p.id, name: p.name }]));
  const now = Date.now();
  const present = (posts: readonly DemoPost[]) => posts.filter((p) => people.has(p.by));

  if ((await dataSource.getRepository(ForumCategoryEntity).count()) === 0) {
    await dataSource.transaction(async (tx) => {
      for (const [position, demo] of DEMO_DISCUSSION.entries()) {
        const category = await tx.save(
          tx.create(ForumCategoryEntity, {
            title: demo.title,
            description: demo.description,
            position,
            allowsAnonymous: demo.allowsAnonymous,
          }),
        );
        for (const demoThread of demo.threads) {
          const posts = present(demoThread.posts);
          if (!posts.length) continue;
          const first = posts[0];
          const thread = await tx.save(
            tx.create(DiscussionThreadEntity, {
              categoryId: category.id,
              title: demoThread.title,
              tags: demoThread.tags,
              authorId: people.get(first.by)?.id ?? null,
              anonymous: !!first.anonymous,
              lastActivityAt: new Date(now - posts[posts.length - 1].hoursAgo * HOUR_MS),
              postCount: posts.length,
              seq: posts.length,
              createdAt: new Date(now - first.hoursAgo * HOUR_MS),
            }),
          );
          await writePosts(tx, thread.id, posts, people, now);
        }
      }
    });
  }

  for (const demo of DEMO_LESSON_DISCUSSION) {
    const posts = present(demo.posts);
    const found: { id: string; has_thread: boolean }[] = await dataSource.query(
      `select l.id, exists (select 1 from discussion_thread t where t.lesson_id = l.id) as has_thread
         from lesson l join learning_module m on m.id = l.module_id
        where m.slug = $1 and l.title = $2 and l.published_revision_id is not null`,
      [demo.moduleSlug, demo.lessonTitle],
    );
    const lesson = found[0];
    if (!lesson || lesson.has_thread || !posts.length) continue;
    await dataSource.transaction(async (tx) => {
      const thread = await tx.save(
        tx.create(DiscussionThreadEntity, {
          categoryId: null,
          lessonId: lesson.id,
          title: demo.lessonTitle,
          tags: [],
          authorId: null,
          lastActivityAt: new Date(now - posts[posts.length - 1].hoursAgo * HOUR_MS),
          postCount: posts.length,
          seq: posts.length,
          createdAt: new Date(now - posts[0].hoursAgo * HOUR_MS),
        }),
      );
      await writePosts(tx, thread.id, posts, people, now);
    });
  }
}
