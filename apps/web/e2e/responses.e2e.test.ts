import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');
const DESK_THREAD = 'Telephone interpreter at the front desk: how quickly do you get one?';

/** Opens a demo thread of the interpreting forum. */
async function openThread(page: Page, title: string) {
  await page.goto('/discuss');
  await page.getByRole('link', { name: 'Interpreting and language support' }).click();
  await page.getByRole('link', { name: title }).click();
  await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
}

describe('reactions, quotes, mentions and tags', () => {
  let browser: Browser;
  let reader: Account;
  let other: Account;
  /** Opens the thread for the first time (a thread opens at a reader's first unread post). */
  let writer: Account;
  beforeAll(async () => {
    browser = await launch();
    reader = await makeAccount(baseUrl, 'Rosa Reacts');
    other = await makeAccount(baseUrl, 'Omar Onlooker');
    writer = await makeAccount(baseUrl, 'Wen Writes');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a reaction to everyone viewing the thread without a reload', async () => {
    const first = await newPage(browser, baseUrl);
    const second = await newPage(browser, baseUrl);
    await signIn(first.page, reader);
    await signIn(second.page, other);
    await openThread(first.page, DESK_THREAD);
    await openThread(second.page, DESK_THREAD);
    await expect.poll(() => second.page.getByText('2 colleagues here').count()).toBe(1);

    const opening = (page: Page) => page.getByRole('article').first();
    const before = await opening(second.page)
      .getByRole('button', { name: /^Agree \d+ (person|people)$/ })
      .textContent();
    const count = Number(before?.match(/\d+/)?.[0]);
    const agree = opening(first.page).getByRole('button', { name: /^Agree \d+ (person|people)$/ });
    await agree.click();
    await expect.poll(() => agree.getAttribute('aria-pressed')).toBe('true');
    const after = `Agree ${count + 1} ${count + 1 === 1 ? 'person' : 'people'}`;
    await expect.poll(() => opening(second.page).getByRole('button', { name: after }).count()).toBe(1);
    expect(await opening(second.page).getByRole('button', { name: after }).getAttribute('aria-pressed')).toBe('false');
    await expectAccessible(first.page);
    await snap(first.page, 'thread-reactions');
    await first.context.close();
    await second.context.close();
  });

  it('quotes a post and mentions a colleague chosen from the "@" list with the keyboard', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, writer);
    await openThread(page, DESK_THREAD);
    await page
      .getByRole('article')
      .first()
      .getByRole('button', { name: /^Quote the post from/ })
      .click();
    await expect.poll(() => page.getByText(/Your reply quotes Sam Carter’s post/).count()).toBe(1);

    const box = page.getByRole('textbox', { name: 'Your reply' });
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('Thank you. @kasia');
    const list = page.getByRole('listbox', { name: 'Colleagues to mention' });
    await expect.poll(() => list.getByRole('option', { name: /Kasia Nowak/ }).count()).toBe(1);
    // The editor names the active option just after the list renders (an effect), so wait for it.
    const firstOptionId = await list.getByRole('option').first().getAttribute('id');
    await expect.poll(() => box.getAttribute('aria-activedescendant')).toBe(firstOptionId);
    await expectAccessible(page);
    await snap(page, 'mention-suggestions');
    await page.keyboard.press('Enter');
    await expect.poll(() => list.count()).toBe(0);
    await page.keyboard.type('knows the telephone line well.');
    await page.getByRole('button', { name: 'Post reply' }).click();

    const mine = page.getByRole('article').filter({ hasText: 'knows the telephone line well' });
    await expect.poll(() => mine.count()).toBe(1);
    await expect.poll(() => mine.locator('span[data-type="mention"]').textContent()).toBe('@Kasia Nowak');
    await expect.poll(() => mine.getByRole('link', { name: 'Sam Carter’s post' }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });

  it('starts a thread with tags and lists the threads sharing one', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, reader);
    await page.goto('/discuss');
    await page.getByRole('link', { name: 'Interpreting and language support' }).click();
    await page.getByRole('button', { name: 'Start a thread' }).click();
    const title = `Interpreters for tenancy sign-ups ${Date.now()}`;
    await page.getByRole('textbox', { name: /^Title/ }).fill(title);
    await page.getByRole('textbox', { name: 'Your post' }).click();
    await page.keyboard.type('Do you book the interpreter for the whole appointment?');
    await page.getByRole('textbox', { name: 'Tags (optional)' }).fill('BSL, Tenancy  Sign-up');
    await page.getByRole('button', { name: 'Start thread' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    await expect.poll(() => page.getByText('tenancy sign-up', { exact: true }).count()).toBe(1);

    await page.getByRole('link', { name: 'Back to Interpreting and language support' }).click();
    const row = page.getByRole('row').filter({ hasText: title });
    await row.getByRole('link', { name: 'bsl' }).click();
    await expect.poll(() => page.getByText('Showing threads tagged ‘bsl’.').count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: title }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: DESK_THREAD }).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'threads-tagged');
    await context.close();
  });
});
