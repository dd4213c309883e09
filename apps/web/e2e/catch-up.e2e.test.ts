import { type APIRequestContext, type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** Sends one GraphQL operation as the signed-in API context; fails loudly on any error. */
async function graphql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T | null; errors?: unknown[] };
  if (!res.ok() || body.errors?.length || !body.data) {
    throw new Error(`GraphQL answered ${res.status()}: ${JSON.stringify(body)}`);
  }
  return body.data;
}

/** An API context signed in as the account (the writer posts through GraphQL, as the app does). */
async function signedInApi(account: Account): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl });
  await graphql(api, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: account.email, password: account.password },
  });
  return api;
}

const REPLIES = [
  'First missed reply: the interpreter line now answers within five minutes.',
  'Second missed reply: ask for the language by name, not the country.',
  'Third missed reply: note the interpreter’s number on the case record.',
];

describe('catching up after being offline', () => {
  let browser: Browser;
  let reader: Account;
  let writer: Account;
  beforeAll(async () => {
    browser = await launch();
    reader = await makeAccount(baseUrl, 'Olu Offline-Reader');
    writer = await makeAccount(baseUrl, 'Wren Catch-Up-Writer');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the replies posted while the reader was offline, in order and once each, without a reload', async () => {
    const api = await signedInApi(writer);
    const { forumCategories } = await graphql<{ forumCategories: { id: string; title: string }[] }>(
      api,
      '{ forumCategories { id title } }',
    );
    const category = forumCategories.find((c) => c.title === 'Interpreting and language support');
    expect(category).toBeDefined();
    const title = `Interpreters after a dropped connection ${Date.now()}`;
    const { createForumThread: thread } = await graphql<{ createForumThread: { id: string } }>(
      api,
      'mutation($input: CreateForumThreadInput!) { createForumThread(input: $input) { id } }',
      {
        input: {
          categoryId: category!.id,
          title,
          tags: [],
          body: '<p>How long do you wait for the telephone interpreter before rebooking?</p>',
        },
      },
    );
    const reply = (text: string) =>
      graphql(api, 'mutation($input: CreatePostInput!) { createPost(input: $input) { id } }', {
        input: { threadId: thread.id, body: `<p>${text}</p>` },
      });

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, reader);
    await page.goto(`/discuss/threads/${thread.id}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    // A reply arriving live shows the reader is following the thread before the connection drops.
    await reply('Before the drop: we wait ten minutes, then rebook.');
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'Before the drop' }).count()).toBe(1);
    // Marks this page load: a reload would lose it.
    await page.evaluate(() => {
      (window as unknown as { sameLoad: boolean }).sameLoad = true;
    });

    await context.setOffline(true);
    for (const text of REPLIES) await reply(text);
    // While offline nothing arrives.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expect(page.getByRole('article').filter({ hasText: 'missed reply' }).count()).resolves.toBe(0);

    await context.setOffline(false);
    await expect.poll(() => page.getByRole('article').filter({ hasText: 'missed reply' }).count()).toBe(3);
    // Once each and in order, after the reply seen live, on the same page load. Read as shown:
    // "interpreter" is a glossary term whose hidden pop-over text would split the sentence.
    const texts = await page.getByRole('article').allInnerTexts();
    const positions = ['Before the drop', ...REPLIES].map((text) => {
      const at = texts.flatMap((t, i) => (t.includes(text) ? [i] : []));
      expect(at, text).toHaveLength(1);
      return at[0];
    });
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(await page.evaluate(() => (window as unknown as { sameLoad?: boolean }).sameLoad)).toBe(true);
    await expectAccessible(page);
    await snap(page, 'thread-caught-up');

    await context.close();
    await api.dispose();
  });
});
