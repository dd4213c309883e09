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
    const reply = page.getByRole('article').filter({ hasText: 'We ask the GP practice' });
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
});
