import { createTestApp, type TestApp } from '../../../../test/app';
import { DEMO_EDITOR_EMAIL, loadDemoPartnership } from '../demo-partnership';
import { loadDemoLearning } from '../learning/load-learning';
import { DEMO_GLOSSARY_TERMS } from './glossary-terms';
import { loadDemoGlossary } from './load-glossary';

interface Listed {
  glossaryTerms: {
    totalCount: number;
    edges: { node: { term: string; translations: { languageCode: string; direction: string }[] } }[];
  };
}
const LIST = `query($filter: GlossaryTermsFilter) { glossaryTerms(filter: $filter, first: 100) {
  totalCount edges { node { term translations { languageCode direction } } } } }`;

describe('demo glossary', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoPartnership(t.db);
    await loadDemoLearning(t.db, DEMO_EDITOR_EMAIL);
    await loadDemoGlossary(t.db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads every term once, each in five languages with Arabic and Urdu right to left, for everyone', async () => {
    await loadDemoGlossary(t.db);
    const listed = await t.client().ok<Listed>(LIST);
    expect(listed.glossaryTerms.totalCount).toBe(DEMO_GLOSSARY_TERMS.length);
    expect(DEMO_GLOSSARY_TERMS.length).toBeGreaterThanOrEqual(40);
    for (const { node } of listed.glossaryTerms.edges) {
      expect(node.translations).toEqual([
        { languageCode: 'pl', direction: 'LTR' },
        { languageCode: 'ro', direction: 'LTR' },
        { languageCode: 'ar', direction: 'RTL' },
        { languageCode: 'ur', direction: 'RTL' },
        { languageCode: 'uk', direction: 'LTR' },
      ]);
    }
  });

  it('finds terms by their Polish words with or without diacritics', async () => {
    const find = async (search: string) =>
      (await t.client().ok<Listed>(LIST, { filter: { search } })).glossaryTerms.edges.map((e) => e.node.term);
    expect(await find('tłumacz ustny')).toEqual(['Interpreter']);
    expect(await find('tlumacz ustny')).toEqual(['Interpreter']);
    expect(await find('pleśń')).toEqual(['Damp and mould']);
    expect(await find('plesn')).toEqual(['Damp and mould']);
  });

  it('links demo glossary terms in the public demo lesson about language barriers', async () => {
    const [{ id }] = await t.db.query<{ id: string }[]>(
      `select l.id from lesson l join learning_module m on m.id = l.module_id
        where m.title = 'Managing language barriers' and l.kind = 'ARTICLE' order by l.position limit 1`,
    );
    const data = await t
      .client()
      .ok<{ lesson: { article: { linkedHtml: string } } }>(
        `query($id: ID!) { lesson(id: $id) { article { linkedHtml } } }`,
        { id },
      );
    expect(data.lesson.article.linkedHtml).toContain('data-glossary-term="interpreter"');
  });
});
