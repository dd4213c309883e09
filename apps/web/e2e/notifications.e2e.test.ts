import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MODULES } from '../../api/src/database/seed/learning';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');
const MODULE = DEMO_MODULES.find((m) => m.slug === 'social-cohesion')!;
const ARTICLE = MODULE.lessons.find((l) => l.kind === 'ARTICLE')!;

/** Types into the rich-text editor labelled `label` (TipTap: a contenteditable text box). */
async function write(page: Page, label: string | RegExp, text: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.click();
  await page.keyboard.type(text);
}

/** The bell in the header. */
const bell = (page: Page) =>
  page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: /^Notifications/ });

describe('notifications', () => {
  let browser: Browser;
  let author: Account;
  let replier: Account;
  beforeAll(async () => {
    browser = await launch();
    author = await makeAccount(baseUrl, 'Nia Notified');
    replier = await makeAccount(baseUrl, 'Ravi Replier');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('raises the bell live when someone replies to your thread, lists it, and marks all read', async () => {
    const mine = await newPage(browser, baseUrl);
    await signIn(mine.page, author);
    await mine.page.goto('/discuss');
    await mine.page.getByRole('link', { name: 'Interpreting and language support' }).click();
    await mine.page.getByRole('button', { name: 'Start a thread' }).click();
    const title = `Interpreters at short notice ${Date.now()}`;
    await mine.page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await write(mine.page, 'Your post', 'How do you find an interpreter with an hour’s notice?');
    await mine.page.getByRole('button', { name: 'Start thread' }).click();
    await expect.poll(() => mine.page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    const threadUrl = mine.page.url();
    // Starting it means watching it.
    await expect.poll(() => mine.page.getByText('Notifications: watching').count()).toBe(1);
    await mine.page.goto('/discuss');
    await expect.poll(() => bell(mine.page).getAttribute('href')).toBe('/notifications');
    expect(await bell(mine.page).textContent()).toBe('Notifications');

    const theirs = await newPage(browser, baseUrl);
    await signIn(theirs.page, replier);
    await theirs.page.goto(threadUrl);
    await write(theirs.page, 'Your reply', 'Our telephone interpreting line answers within minutes.');
    await theirs.page.getByRole('button', { name: 'Post reply' }).click();
    await expect
      .poll(() => theirs.page.getByRole('article').filter({ hasText: 'telephone interpreting' }).count())
      .toBe(1);

    // The author's bell rises without a reload.
    await expect
      .poll(() => mine.page.getByRole('link', { name: 'Notifications 1 unread' }).count(), { timeout: 10_000 })
      .toBe(1);
    await expectAccessible(mine.page);

    await bell(mine.page).click();
    await expect.poll(() => mine.page.title()).toBe('Notifications – Common Ground');
    const item = mine.page.getByRole('listitem').filter({ hasText: `Ravi Replier replied in ${title}` });
    await expect.poll(() => item.count()).toBe(1);
    await expect.poll(() => item.getByRole('link', { name: title }).getAttribute('href')).toMatch(/\?seq=2$/);
    await expectAccessible(mine.page);
    await snap(mine.page, 'notifications');

    await mine.page.getByRole('button', { name: 'Mark all as read' }).click();
    await expect.poll(() => mine.page.getByText('You have read them all.').count()).toBe(1);
    await expect.poll(() => bell(mine.page).textContent()).toBe('Notifications');
    await expectAccessible(mine.page);

    // The link opens the thread at the reply.
    await item.getByRole('link', { name: title }).click();
    await expect.poll(() => mine.page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    await expect.poll(() => mine.page.getByRole('link', { name: 'Show the earlier post' }).count()).toBe(1);
    // Reading the reply (it scrolls into view) is recorded.
    await mine.page.getByRole('article').filter({ hasText: 'telephone interpreting' }).scrollIntoViewIfNeeded();
    await expectAccessible(mine.page);
    await snap(mine.page, 'thread-from-notification');

    // The forum lists the thread with nothing new left to read, and can be watched.
    await mine.page.getByRole('link', { name: 'Back to Interpreting and language support' }).click();
    const row = mine.page.getByRole('row').filter({ hasText: title });
    // The list may have been fetched just before the reading was saved: reload until it shows.
    await expect
      .poll(async () => {
        await mine.page.reload();
        return row.getByRole('cell').nth(1).textContent();
      })
      .toBe('None');
    await mine.page.getByText('Notifications: normal').click();
    await mine.page.getByRole('radio', { name: 'Watch' }).check();
    await mine.page.getByRole('button', { name: 'Save notification choice' }).click();
    await expect.poll(() => mine.page.getByText('You are watching this forum.').count()).toBe(1);
    await expectAccessible(mine.page);
    await snap(mine.page, 'forum-following');
    await mine.context.close();
    await theirs.context.close();
  });
  it('leads from a reply beside a lesson to the lesson page, at the reply, where the discussion can be followed', async () => {
    const mine = await newPage(browser, baseUrl);
    await signIn(mine.page, author);
    await mine.page.goto(`/learn/${MODULE.slug}`);
    await mine.page.getByRole('link', { name: ARTICLE.title }).click();
    const lessonUrl = mine.page.url();
    const panel = mine.page.getByRole('complementary', { name: 'Discussion' });
    await expect.poll(() => panel.getByRole('textbox', { name: /^Your (post|reply)$/ }).count()).toBe(1);
    const question = `Does anyone keep this leaflet at reception? ${Date.now()}`;
    await write(mine.page, /^Your (post|reply)$/, question);
    await panel.getByRole('button', { name: /^Post( reply)?$/ }).click();
    await expect.poll(() => panel.getByRole('article').filter({ hasText: question }).count()).toBe(1);

    const theirs = await newPage(browser, baseUrl);
    await signIn(theirs.page, replier);
    await theirs.page.goto(lessonUrl);
    const answer = `We keep ten copies by the door ${Date.now()}.`;
    await write(theirs.page, 'Your reply', answer);
    await theirs.page.getByRole('button', { name: 'Post reply' }).click();
    await expect.poll(() => theirs.page.getByRole('article').filter({ hasText: answer }).count()).toBe(1);
    await theirs.context.close();

    await mine.page.goto('/notifications');
    const item = mine.page.getByRole('listitem').filter({ hasText: `Ravi Replier replied in ${ARTICLE.title}` });
    const link = item.getByRole('link');
    await expect
      .poll(() => link.getAttribute('href'))
      .toMatch(new RegExp(`^/learn/${MODULE.slug}/lessons/[0-9a-f-]+\\?seq=\\d+#discussion-heading$`));
    await link.click();
    await expect.poll(() => mine.page.getByRole('heading', { level: 1, name: ARTICLE.title }).count()).toBe(1);
    // The reply has focus, beside the lesson, with the way back to the earlier posts.
    await expect
      .poll(() => mine.page.evaluate(() => document.activeElement?.closest('article')?.textContent ?? ''))
      .toContain(answer);
    await expect.poll(() => panel.getByRole('link', { name: /earlier post/ }).count()).toBe(1);
    // Posting there made the author watch the discussion; the choice is beside the lesson, folded.
    await panel.getByText('Notifications: watching').click();
    await panel.getByRole('radio', { name: 'Mute' }).check();
    await panel.getByRole('button', { name: 'Save notification choice' }).click();
    await expect.poll(() => panel.getByText('You have muted this thread.').count()).toBe(1);
    await expectAccessible(mine.page);
    await snap(mine.page, 'lesson-from-notification');
    await mine.context.close();
  });
});
