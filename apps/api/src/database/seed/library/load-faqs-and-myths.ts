import type { DataSource, EntityManager } from 'typeorm';
import { sanitiseRichText } from '../../../common/rich-text/rich-text.sanitiser';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { slugFromTitle, wordCount } from '../../../modules/library/content-text';
import { ContentItemEntity } from '../../../modules/library/entities/content-item.entity';
import { FaqCategoryEntity } from '../../../modules/library/faq/entities/faq-category.entity';
import { FaqVoteEntity } from '../../../modules/library/faq/entities/faq-vote.entity';
import { FaqEntity } from '../../../modules/library/faq/entities/faq.entity';
import { MythEvidenceEntity } from '../../../modules/library/myth/entities/myth-evidence.entity';
import { MythLinkEntity } from '../../../modules/library/myth/entities/myth-link.entity';
import { MythEntity } from '../../../modules/library/myth/entities/myth.entity';
import { DEMO_FAQ_CATEGORIES, DEMO_FAQS, DEMO_MYTHS, DEMO_RUMOUR } from './faqs-and-myths';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Loads the demo FAQs (in four categories, with some "Was this helpful?" answers) and
 * myth-busters (with evidence, reviews and links to demo glossary terms and FAQs), all
 * published by the demo editor, and one rumour reported from a demo forum post waiting in the
 * editors' queue as a draft myth. Once only: a database with any FAQ category is left alone.
 */
export async function loadDemoFaqsAndMyths(dataSource: DataSource, editorEmail: string, now = new Date()) {
  if ((await dataSource.getRepository(FaqCategoryEntity).count()) > 0) return;
  const people = await dataSource.getRepository(PersonEntity).find({ select: { id: true, email: true } });
  const ids = new Map(people.map((p) => [p.email, p.id]));
  const editorId = ids.get(editorEmail) ?? null;
  await dataSource.transaction(async (tx) => {
    const categories = await tx.save(
      DEMO_FAQ_CATEGORIES.map((c, position) => tx.create(FaqCategoryEntity, { ...c, position })),
    );
    const categoryId = new Map(categories.map((c) => [c.name, c.id]));
    const faqIds = new Map<string, string>();
    for (const [i, faq] of DEMO_FAQS.entries()) {
      const item = await publish(tx, 'FAQ', faq.question, '', faq.answer, faq.audience, editorId, now, 40 - i);
      await tx.insert(FaqEntity, { contentItemId: item.id, categoryId: categoryId.get(faq.category) as string });
      const [yes, no] = faq.votes;
      const votes = Array.from({ length: yes + no }, (_, n) => ({
        faqId: item.id,
        voterKey: `visitor:demo-${i}-${n}`,
        helpful: n < yes,
      }));
      if (votes.length) await tx.insert(FaqVoteEntity, votes);
      faqIds.set(faq.question, item.id);
    }
    const terms: { id: string; slug: string }[] = await tx.query(`select id, slug from glossary_term`);
    const termIds = new Map(terms.map((t) => [t.slug, t.id]));
    for (const [i, myth] of DEMO_MYTHS.entries()) {
      const item = await publish(tx, 'MYTH', myth.claim, myth.summary, myth.facts, 'PUBLIC', editorId, now, 30 - i);
      await tx.insert(MythEntity, {
        contentItemId: item.id,
        verdict: myth.verdict,
        reviewerId: editorId,
        reviewedAt: new Date(now.getTime() - myth.reviewedMonthsAgo * 30 * DAY_MS),
      });
      await tx.insert(
        MythEvidenceEntity,
        myth.evidence.map((e, position) => ({ mythId: item.id, position, ...e })),
      );
      const related = [
        ...myth.terms.map((slug) => termIds.get(slug)),
        ...myth.faqs.map((question) => faqIds.get(question)),
      ].filter((id): id is string => !!id);
      if (related.length)
        await tx.insert(
          MythLinkEntity,
          related.map((relatedId) => ({ mythId: item.id, relatedId })),
        );
    }
    await reportRumour(tx, ids.get(DEMO_RUMOUR.reporterEmail) ?? null, now);
  });
}

/** A published item of a kind, with its created and published revisions by the editor. */
async function publish(
  tx: EntityManager,
  kind: 'FAQ' | 'MYTH',
  title: string,
  summary: string,
  html: string,
  audience: 'PUBLIC' | 'STAFF',
  editorId: string | null,
  now: Date,
  daysAgo: number,
): Promise<ContentItemEntity> {
  const body = sanitiseRichText(html);
  const item = await tx.save(
    tx.create(ContentItemEntity, {
      kind,
      status: 'PUBLISHED',
      audience,
      title,
      slug: slugFromTitle(title),
      summary,
      body,
      wordCount: wordCount(body),
      authorId: editorId,
      updatedById: editorId,
      publishedAt: new Date(now.getTime() - daysAgo * DAY_MS),
    }),
  );
  await tx.query(
    `insert into content_revision (content_item_id, number, event, status, title, summary, body, created_by_id)
     values ($1, 1, 'CREATED', 'DRAFT', $2, $3, $4, $5), ($1, 2, 'PUBLISHED', 'PUBLISHED', $2, $3, $4, $5)`,
    [item.id, title, summary, body, editorId],
  );
  return item;
}

/** The demo's rumour: a draft myth with no author or verdict, linked to a forum reply, reported a day ago. */
async function reportRumour(tx: EntityManager, reporterId: string | null, now: Date): Promise<void> {
  const [post]: { id: string }[] = await tx.query(
    `select p.id from post p join discussion_thread t on t.id = p.thread_id
      where t.category_id is not null and p.seq > 1 and p.deleted_at is null and p.moderation_state = 'VISIBLE'
      order by t.created_at, p.seq limit 1`,
  );
  if (!post || !reporterId) return;
  const item = await tx.save(
    tx.create(ContentItemEntity, {
      kind: 'MYTH',
      status: 'DRAFT',
      audience: 'STAFF',
      title: DEMO_RUMOUR.heard,
      slug: slugFromTitle(DEMO_RUMOUR.heard),
      summary: '',
      body: '',
      authorId: null,
      updatedById: reporterId,
    }),
  );
  await tx.query(
    `insert into content_revision (content_item_id, number, event, status, title, summary, body, created_by_id)
     values ($1, 1, 'CREATED', 'DRAFT', $2, '', '', $3)`,
    [item.id, DEMO_RUMOUR.heard, reporterId],
  );
  await tx.insert(MythEntity, {
    contentItemId: item.id,
    verdict: null,
    heardInPostId: post.id,
    reportedById: reporterId,
    reportedAt: new Date(now.getTime() - DAY_MS),
  });
}
