import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** Types into the rich-text editor labelled `label` (TipTap: a contenteditable text box). */
async function write(page: Page, label: string | RegExp, text: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.click();
  await page.keyboard.type(text);
}

/** Starts a thread in the first demo forum as the signed-in person and returns its address. */
async function startThread(page: Page, title: string, text: string): Promise<string> {
  await page.goto('/discuss');
  await page.getByRole('link', { name: 'Interpreting and language support' }).click();
  await page.getByRole('button', { name: 'Start a thread' }).click();
  await page.getByRole('textbox', { name: /^Title/ }).fill(title);
  await write(page, 'Your post', text);
  await page.getByRole('button', { name: 'Start thread' }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
  return page.url();
}

describe('moderation', () => {
  let browser: Browser;
  let author: Account;
  let reader: Account;
  let moderator: Account;
  beforeAll(async () => {
    browser = await launch();
    [author, reader, moderator] = await Promise.all([
      makeAccount(baseUrl, 'Ade Author'),
      makeAccount(baseUrl, 'Rhea Reader'),
      makeAccount(baseUrl, 'Mo Moderator', ['MODERATOR']),
    ]);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a reader report a post, and a moderator hide it: it disappears from the reader’s open page', async () => {
    const writer = await newPage(browser, baseUrl);
    await signIn(writer.page, author);
    const title = `Sharing a resident’s details ${Date.now()}`;
    const text = 'The family at 12 Quay Street need an interpreter, here is their number.';
    const url = await startThread(writer.page, title, text);
    await writer.context.close();

    const other = await newPage(browser, baseUrl);
    await signIn(other.page, reader);
    await other.page.goto(url);
    const seen = other.page.getByRole('article').filter({ hasText: 'Ade Author' });
    await expect.poll(() => seen.getByText('12 Quay Street').count()).toBe(1);

    // The reader reports it, giving a reason (an empty reason first: the error summary).
    await seen.getByRole('button', { name: /^Report/ }).click();
    await seen.getByRole('button', { name: 'Report post' }).click();
    await expect.poll(() => other.page.getByRole('link', { name: 'Give a reason' }).count()).toBe(1);
    await expectAccessible(other.page);
    await seen.getByRole('textbox', { name: 'Why are you reporting it?' }).fill('It gives a family’s address.');
    await seen.getByRole('button', { name: 'Report post' }).click();
    await expect.poll(() => seen.getByText('You reported this post.').count()).toBe(1);
    await expectAccessible(other.page);

    // The moderator finds it in the queue, with the report.
    const mod = await newPage(browser, baseUrl);
    await signIn(mod.page, moderator);
    await mod.page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Moderation' }).click();
    await expect.poll(() => mod.page.title()).toBe('Moderation queue – Common Ground');
    const item = mod.page.getByRole('region', { name: title });
    await expect
      .poll(() => item.getByText('“It gives a family’s address.” – Rhea Reader', { exact: false }).count())
      .toBe(1);
    await expectAccessible(mod.page);
    await snap(mod.page, 'moderation-queue');

    // From the thread page, the moderator hides the post.
    await mod.page.goto(url);
    const post = mod.page.getByRole('article').filter({ hasText: 'Ade Author' });
    await post.getByRole('button', { name: /^Hide/ }).click();
    await post.getByRole('textbox', { name: 'Reason' }).fill('Shares a family’s address and phone number.');
    await expectAccessible(mod.page);
    await post.getByRole('button', { name: 'Yes, hide post' }).click();
    await expect.poll(() => post.getByText('Hidden', { exact: true }).count()).toBe(1);
    await expect.poll(() => post.getByText('12 Quay Street').count()).toBe(1);

    // The reader's open page shows the placeholder instead, without a reload.
    await expect.poll(() => seen.getByText('This post has been hidden by a moderator.').count()).toBe(1);
    await expect.poll(() => seen.getByText('12 Quay Street').count()).toBe(0);
    await expectAccessible(other.page);
    await snap(other.page, 'post-hidden');

    // The decision is in the audit log, with its reason.
    await mod.page.goto('/moderation/audit');
    await expect
      .poll(() => mod.page.getByRole('row').filter({ hasText: 'Shares a family’s address and phone number.' }).count())
      .toBe(1);
    await expectAccessible(mod.page);
    await snap(mod.page, 'audit-log');
    await mod.page.getByLabel('Action').selectOption('HIDE_POST');
    await mod.page.getByRole('button', { name: 'Apply filter' }).click();
    await expect.poll(() => mod.page.url()).toContain('action=HIDE_POST');
    await expect.poll(() => mod.page.getByRole('row').filter({ hasText: 'Hid a post' }).count()).toBeGreaterThan(0);
    await expectAccessible(mod.page);
    await other.context.close();
    await mod.context.close();
  });

  it('lets a moderator lock a discussion, watch words and see suspensions, every page accessible', async () => {
    const writer = await newPage(browser, baseUrl);
    await signIn(writer.page, author);
    const title = `Interpreter no-shows ${Date.now()}`;
    const url = await startThread(writer.page, title, 'Has anyone had an interpreter not turn up?');

    const mod = await newPage(browser, baseUrl);
    await signIn(mod.page, moderator);
    await mod.page.goto(url);
    await mod.page.getByRole('link', { name: /^Moderate this discussion/ }).click();
    await expect.poll(() => mod.page.title()).toBe(`Moderate “${title}” – Common Ground`);
    await expectAccessible(mod.page);
    await snap(mod.page, 'thread-moderation');
    await mod.page.getByRole('button', { name: 'Lock this discussion' }).click();
    await mod.page.getByRole('textbox', { name: 'Reason' }).first().fill('Answered: see the pinned guidance.');
    await mod.page.getByRole('button', { name: 'Yes, lock' }).click();
    await expect.poll(() => mod.page.getByText('The discussion has been locked').count()).toBe(1);
    // The author, still on the thread, sees it locked without a reload.
    await expect.poll(() => writer.page.getByText('Locked', { exact: true }).count()).toBe(1);
    await expectAccessible(writer.page);

    await mod.page.goto('/moderation/words');
    await expectAccessible(mod.page);
    await mod.page.getByRole('button', { name: 'Add word' }).click();
    await expect.poll(() => mod.page.title()).toBe('Error: Watched words – Common Ground');
    await expectAccessible(mod.page);
    const word = `żółwik${Date.now().toString(36)}`;
    await mod.page.getByLabel('Word or short phrase').fill(word);
    await mod.page.getByLabel('Hold for review').check();
    await mod.page.getByLabel('Reason').fill('Used by spam accounts.');
    await mod.page.getByRole('button', { name: 'Add word' }).click();
    await expect.poll(() => mod.page.getByRole('row').filter({ hasText: word }).count()).toBe(1);
    await expectAccessible(mod.page);
    await snap(mod.page, 'watched-words');

    await mod.page.goto('/moderation/suspensions');
    await expect.poll(() => mod.page.getByRole('heading', { level: 1, name: 'Suspensions' }).count()).toBe(1);
    await expectAccessible(mod.page);
    await writer.context.close();
    await mod.context.close();
  });

  it('lets an admin give a moderator a category and see the settings, every page accessible', async () => {
    const admin = await makeAccount(baseUrl, 'Ada Admin', ['ADMIN']);
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, admin);
    await page.goto('/moderation');
    await page
      .getByRole('navigation', { name: 'Moderation' })
      .getByRole('link', { name: 'Category moderators' })
      .click();
    await expect.poll(() => page.title()).toBe('Category moderators – Common Ground');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Choose moderators for Difficult situations' }).click();
    await expect.poll(() => page.title()).toBe('Moderators of Difficult situations – Common Ground');
    await page.getByRole('button', { name: 'Add moderator' }).click();
    await expect.poll(() => page.title()).toBe('Error: Moderators of Difficult situations – Common Ground');
    await expectAccessible(page);
    await page.getByLabel('Moderator').selectOption({ label: 'Mo Moderator, Customer services adviser' });
    await page.getByRole('button', { name: 'Add moderator' }).click();
    await expect.poll(() => page.getByText('Mo Moderator now moderates Difficult situations.').count()).toBe(1);
    await page.getByRole('button', { name: 'Remove Mo Moderator' }).click();
    await expect.poll(() => page.getByText('Mo Moderator no longer moderates Difficult situations.').count()).toBe(1);
    await expectAccessible(page);

    await page.goto('/moderation/settings');
    await expect.poll(() => page.getByLabel('Reports that hide a post').inputValue()).toBe('3');
    await expectAccessible(page);
    await context.close();
  });
});
