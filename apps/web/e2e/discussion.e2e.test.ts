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

describe('discussion', () => {
  let browser: Browser;
  /** This file's own member of staff: the threads and posts here are theirs. */
  let member: Account;
  beforeAll(async () => {
    browser = await launch();
    member = await makeAccount(baseUrl, 'Dana Discussion-Starter');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a member of staff start a thread in a forum, reply to it and edit their reply', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, member);
    await page.getByRole('navigation', { name: 'Menu' }).getByRole('link', { name: 'Discuss' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Forums' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'discuss');

    await page.getByRole('link', { name: 'Interpreting and language support' }).click();
    await expect.poll(() => page.title()).toBe('Interpreting and language support – Common Ground');
    await expectAccessible(page);

    // An empty form first: the error summary.
    await page.getByRole('button', { name: 'Start a thread' }).click();
    await page.getByRole('button', { name: 'Start thread' }).click();
    await expect.poll(() => page.title()).toBe('Error: Start a thread – Common Ground');
    await expectAccessible(page);

    const title = `Interpreters for home visits ${Date.now()}`;
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await write(page, 'Your post', 'Who books the interpreter when a nurse visits at home?');
    await page.getByRole('button', { name: 'Start thread' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    await expect.poll(() => page.getByText('Your thread has been started').count()).toBe(1);
    await expectAccessible(page);

    await write(page, 'Your reply', 'We ask the GP practice to book it with the appointment.');
    await page.getByRole('button', { name: 'Post reply' }).click();
    // "GP" is a glossary term: posts show it as a pop-over button, so match the words before it.
    const reply = page.getByRole('article').filter({ hasText: 'We ask the' });
    await expect.poll(() => reply.count()).toBe(1);
    await expect.poll(() => reply.evaluate((el) => el === document.activeElement)).toBe(true);

    await reply.getByRole('button', { name: /^Edit/ }).click();
    const editor = reply.getByRole('textbox', { name: 'Edit your post' });
    await editor.click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Then it is on the letter.');
    await expectAccessible(page);
    await reply.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => reply.getByText('Then it is on the letter.').count()).toBe(1);
    await expect.poll(() => reply.getByText(/\(edited /).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'thread');

    // The new thread is listed in its forum.
    await page.getByRole('link', { name: 'Back to Interpreting and language support' }).click();
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await context.close();
  });

  it('lets a member of staff post in the discussion beside a demo lesson', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, member);
    await page.goto(`/learn/${MODULE.slug}`);
    await page.getByRole('link', { name: ARTICLE.title }).click();
    const panel = page.getByRole('complementary', { name: 'Discussion' });
    await expect.poll(() => panel.getByRole('textbox', { name: /^Your (post|reply)$/ }).count()).toBe(1);
    await expectAccessible(page);

    const text = `The leaflet in five languages helped at our front desk ${Date.now()}.`;
    await write(page, /^Your (post|reply)$/, text);
    await panel.getByRole('button', { name: /^Post( reply)?$/ }).click();
    const mine = panel.getByRole('article').filter({ hasText: text });
    await expect.poll(() => mine.count()).toBe(1);
    await expect.poll(() => mine.getByText('Dana Discussion-Starter').count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'lesson-discussion');
    await context.close();
  });

  it('shows a colleague’s reply, presence and typing to everyone on the thread without a reload', async () => {
    const reader = await makeAccount(baseUrl, 'Rafi Reader');
    const writer = await newPage(browser, baseUrl);
    await signIn(writer.page, member);
    await writer.page.goto('/discuss');
    await writer.page.getByRole('link', { name: 'Interpreting and language support' }).click();
    await writer.page.getByRole('button', { name: 'Start a thread' }).click();
    const title = `Out-of-hours interpreters ${Date.now()}`;
    await writer.page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await write(writer.page, 'Your post', 'Who do you call for an interpreter after six?');
    await writer.page.getByRole('button', { name: 'Start thread' }).click();
    await expect.poll(() => writer.page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);

    const other = await newPage(browser, baseUrl);
    await signIn(other.page, reader);
    await other.page.goto(writer.page.url());
    await expect.poll(() => other.page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);

    // Both are here, and each sees the other writing.
    await expect.poll(() => writer.page.getByText('2 colleagues here').count()).toBe(1);
    await expect.poll(() => other.page.getByText('2 colleagues here').count()).toBe(1);
    await write(other.page, 'Your reply', 'The council’s out-of-hours line books one for you.');
    await expect.poll(() => writer.page.getByText('Rafi Reader is writing…').count()).toBe(1);
    await expectAccessible(writer.page);
    await snap(writer.page, 'thread-live');

    await other.page.getByRole('button', { name: 'Post reply' }).click();
    const reply = writer.page.getByRole('article').filter({ hasText: 'out-of-hours line books one' });
    await expect.poll(() => reply.count()).toBe(1);
    await expect.poll(() => reply.getByText('Rafi Reader').count()).toBe(1);
    await expect
      .poll(() => writer.page.locator('[aria-live="polite"]').filter({ hasText: 'New post from Rafi Reader' }).count())
      .toBe(1);
    await expectAccessible(writer.page);
    await writer.context.close();
    await other.context.close();
  });
});
