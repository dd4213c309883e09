import type { DataSource } from 'typeorm';
import { sanitiseRichText } from '../../../common/rich-text/rich-text.sanitiser';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { BlogPostEntity } from '../../../modules/library/blog/blog-post.entity';
import { slugFromTitle, wordCount } from '../../../modules/library/content-text';
import { ContentItemEntity } from '../../../modules/library/entities/content-item.entity';
import { ContentRevisionEntity } from '../../../modules/library/entities/content-revision.entity';
import { DEMO_BLOG_POSTS } from './blog-posts';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Loads the demo blog once (a database with any blog post is left alone): each post written
 * by a member of demo staff, sent for review, and published by the demo editor, with those
 * three steps in its revision history. Missing demo people (a trimmed demo) skip their post.
 */
export async function loadDemoBlog(dataSource: DataSource, editorEmail: string, now = new Date()): Promise<void> {
  if ((await dataSource.getRepository(ContentItemEntity).countBy({ kind: 'BLOG_POST' })) > 0) return;
  const people = await dataSource.getRepository(PersonEntity).find({ select: { id: true, email: true } });
  const ids = new Map(people.map((p) => [p.email, p.id]));
  const editorId = ids.get(editorEmail) ?? null;
  await dataSource.transaction(async (tx) => {
    for (const post of DEMO_BLOG_POSTS) {
      const authorId = ids.get(post.authorEmail);
      if (!authorId) continue;
      const body = sanitiseRichText(post.body);
      const publishedAt = new Date(now.getTime() - post.daysAgo * DAY_MS);
      const item = await tx.save(
        tx.create(ContentItemEntity, {
          kind: 'BLOG_POST',
          status: 'PUBLISHED',
          audience: post.audience,
          title: post.title,
          slug: slugFromTitle(post.title),
          summary: post.summary,
          body,
          wordCount: wordCount(body),
          authorId,
          publishedAt,
          updatedById: editorId,
        }),
      );
      await tx.insert(BlogPostEntity, {
        contentItemId: item.id,
        tags: post.tags,
        featured: post.featured,
        coverMediaId: null,
        coverAlt: null,
      });
      const steps = [
        { event: 'CREATED', status: 'DRAFT', by: authorId, at: publishedAt.getTime() - 2 * DAY_MS },
        { event: 'SUBMITTED', status: 'IN_REVIEW', by: authorId, at: publishedAt.getTime() - DAY_MS },
        { event: 'PUBLISHED', status: 'PUBLISHED', by: editorId, at: publishedAt.getTime() },
      ] as const;
      await tx.insert(
        ContentRevisionEntity,
        steps.map((step, index) => ({
          contentItemId: item.id,
          number: index + 1,
          event: step.event,
          status: step.status,
          title: post.title,
          summary: post.summary,
          body,
          createdById: step.by,
          createdAt: new Date(step.at),
        })),
      );
    }
  });
}
