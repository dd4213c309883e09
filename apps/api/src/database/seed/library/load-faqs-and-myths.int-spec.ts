import { createTestApp, type TestApp } from '../../../../test/app';
import { makePerson, signIn } from '../../../../test/factories';
import { DEMO_EDITOR_EMAIL, loadDemoPartnership } from '../demo-partnership';
import { loadDemoDiscussion } from '../discussion/load-discussion';
import { loadDemoLearning } from '../learning/load-learning';
import { DEMO_FAQS, DEMO_MYTHS, DEMO_RUMOUR } from './faqs-and-myths';
import { loadDemoFaqsAndMyths } from './load-faqs-and-myths';
import { loadDemoGlossary } from './load-glossary';

describe('demo FAQs and myth-busters', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoPartnership(t.db);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    await loadDemoDiscussion(t.db);
    await loadDemoGlossary(t.db);
    await loadDemoFaqsAndMyths(t.db, DEMO_EDITOR_EMAIL);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads 12 FAQs and 8 myths with evidence and links, once, and one rumour waiting for the editors', async () => {
    await loadDemoFaqsAndMyths(t.db, DEMO_EDITOR_EMAIL);
    expect(DEMO_FAQS).toHaveLength(12);
    expect(DEMO_MYTHS).toHaveLength(8);
    const editor = t.client();
    const e = await makePerson(t.db, { roles: ['EDITOR'] });
    await signIn(editor, e.email);
    const faqs = await editor.ok<{ faqs: { totalCount: number } }>(`{ faqs(first: 50) { totalCount } }`);
    expect(faqs.faqs.totalCount).toBe(12);
    const myths = await t.client().ok<{
      myths: { totalCount: number; edges: { node: { evidence: unknown[]; relatedTerms: unknown[] } }[] };
    }>(`{ myths(first: 50) { totalCount edges { node { evidence { url } relatedTerms { slug } } } } }`);
    expect(myths.myths.totalCount).toBe(8);
    expect(myths.myths.edges.every((edge) => edge.node.evidence.length > 0 && edge.node.relatedTerms.length > 0)).toBe(
      true,
    );
    const queue = await editor.ok<{ myths: { edges: { node: { claim: string; heardIn: { href: string } } }[] } }>(
      `{ myths(first: 10, filter: { status: DRAFT, reported: true }) { edges { node { claim heardIn { href } } } } }`,
    );
    expect(queue.myths.edges).toHaveLength(1);
    expect(queue.myths.edges[0].node.claim).toBe(DEMO_RUMOUR.heard);
    expect(queue.myths.edges[0].node.heardIn.href).toMatch(/^\/discuss\/threads\/.+#post-.+$/);
    const due = await editor.ok<{ myths: { totalCount: number } }>(
      `{ myths(first: 10, filter: { reviewDue: true }) { totalCount } }`,
    );
    expect(due.myths.totalCount).toBe(DEMO_MYTHS.filter((m) => m.reviewedMonthsAgo > 12).length);
  });
});
