import type { DataSource } from 'typeorm';
import { sanitiseRichText } from '../../../common/rich-text/rich-text.sanitiser';
import { DiscussionThreadEntity } from '../../../modules/discussion/entities/discussion-thread.entity';
import { ForumCategoryEntity } from '../../../modules/discussion/entities/forum-category.entity';
import { PostEntity } from '../../../modules/discussion/entities/post.entity';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { DEMO_DISCUSSION } from './demo-discussion';

const HOUR_MS = 3_600_000;

/**
 * Loads the demo forum once (skipped when any category exists): its categories, and
 * threads whose posts are numbered 1, 2, 3… and dated in the past, as if written by the
 * demo people. Posts by people missing from the database are left out.
 */
export async function loadDemoDiscussion(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(ForumCategoryEntity).count()) > 0) return;
  const people = await dataSource.getRepository(PersonEntity).find({ select: { id: true, email: true } });
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const now = Date.now();
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
        const posts = demoThread.posts.filter((p) => idOf.has(p.by));
        if (!posts.length) continue;
        const first = posts[0];
        const thread = await tx.save(
          tx.create(DiscussionThreadEntity, {
            categoryId: category.id,
            title: demoThread.title,
            tags: demoThread.tags,
            authorId: idOf.get(first.by) ?? null,
            anonymous: !!first.anonymous,
            lastActivityAt: new Date(now - posts[posts.length - 1].hoursAgo * HOUR_MS),
            postCount: posts.length,
            seq: posts.length,
            createdAt: new Date(now - first.hoursAgo * HOUR_MS),
          }),
        );
        await tx.insert(
          PostEntity,
          posts.map((p, i) => ({
            threadId: thread.id,
            seq: i + 1,
            authorId: idOf.get(p.by),
            body: sanitiseRichText(p.html),
            anonymous: !!p.anonymous,
            createdAt: new Date(now - p.hoursAgo * HOUR_MS),
          })),
        );
      }
    }
  });
}
