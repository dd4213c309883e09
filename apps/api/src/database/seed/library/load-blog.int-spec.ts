import { createTestApp, type TestApp } from '../../../../test/app';
import { DEMO_EDITOR_EMAIL, DEMO_PASSWORD, loadDemoPartnership } from '../demo-partnership';
import { DEMO_BLOG_POSTS } from './blog-posts';
import { loadDemoBlog } from './load-blog';

interface Listed {
  blogPosts: {
    totalCount: number;
    edges: { node: { title: string; featured: boolean; readingMinutes: number; author: { name: string } } }[];
  };
}
const LIST = `query { blogPosts(first: 20) { totalCount edges { node { title featured readingMinutes author { name } } } } }`;

describe('demo blog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoPartnership(t.db);
    await loadDemoBlog(t.db, DEMO_EDITOR_EMAIL);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads three posts by demo staff once, one featured, the staff-only one hidden from visitors', async () => {
    await loadDemoBlog(t.db, DEMO_EDITOR_EMAIL);
    expect(DEMO_BLOG_POSTS).toHaveLength(3);
    const publicPosts = await t.client().ok<Listed>(LIST);
    expect(publicPosts.blogPosts.totalCount).toBe(DEMO_BLOG_POSTS.filter((p) => p.audience === 'PUBLIC').length);

    const staff = t.client();
    await staff.ok(`mutation($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: 'learner@fenmouth-council.example', password: DEMO_PASSWORD },
    });
    const all = await staff.ok<Listed>(LIST);
    expect(all.blogPosts.totalCount).toBe(3);
    expect(all.blogPosts.edges.filter((e) => e.node.featured)).toHaveLength(1);
    for (const { node } of all.blogPosts.edges) {
      expect(node.author.name).toBeTruthy();
      expect(node.readingMinutes).toBeGreaterThanOrEqual(1);
    }
    const history: { events: string[] }[] = await t.db.query(
      `select array_agg(event order by number) as events from content_revision group by content_item_id`,
    );
    expect(history.map((h) => h.events)).toEqual(Array(3).fill(['CREATED', 'SUBMITTED', 'PUBLISHED']));
  });
});
