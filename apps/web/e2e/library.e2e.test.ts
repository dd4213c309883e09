import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** Types into the rich-text editor labelled `label` (TipTap: a contenteditable text box). */
async function write(page: Page, label: string | RegExp, text: string) {
  const box = page.getByRole('textbox', { name: label });
  await box.click();
  await page.keyboard.type(text);
}

describe('library blog', () => {
  let browser: Browser;
  /** This file's own member of staff and editor, so the posts here are theirs. */
  let writer: Account;
  let editor: Account;
  beforeAll(async () => {
    browser = await launch();
    writer = await makeAccount(baseUrl, 'Bea Blog-Writer');
    editor = await makeAccount(baseUrl, 'Ed Blog-Editor', ['EDITOR']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows a signed-out visitor the public demo posts with the featured one first, and no staff-only post', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/library');
    await expect.poll(() => h1(page)).toBe('Library');
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Blog', exact: true }).click();
    await expect.poll(() => h1(page)).toContain('Blog');
    const featured = page.getByRole('region', { name: 'Featured' });
    await expect.poll(() => featured.getByRole('link', { name: /Speak to the person/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: /What I check before a housing visit/ }).count()).toBe(1);
    expect(await page.getByText(/One family, five agencies/).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'library-blog-list');
    await context.close();
  });

  it('lets a member of staff write a post and send it for review, an editor publish it, and a visitor read it', async () => {
    const title = `Working with a BSL interpreter at the housing desk ${randomBytes(3).toString('hex')}`;

    // The member of staff writes and sends it for review.
    const staff = await newPage(browser, baseUrl);
    await signIn(staff.page, writer);
    await staff.page.goto('/library/blog');
    await staff.page.getByRole('button', { name: 'Write a blog post' }).click();
    await expect.poll(() => h1(staff.page)).toContain('Write a blog post');
    await expectAccessible(staff.page);
    // Sending an empty form shows the error summary first.
    await staff.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => staff.page.getByRole('alert').getByRole('link', { name: 'Enter a title' }).count()).toBe(1);
    await expectAccessible(staff.page);
    await staff.page.getByLabel('Title', { exact: true }).fill(title);
    await staff.page
      .getByLabel('Summary', { exact: true })
      .fill('Booking ahead, where to sit, and pacing the conversation.');
    await write(
      staff.page,
      'Your post',
      'Book the interpreter before the appointment, and face the resident when you speak.',
    );
    await staff.page.getByLabel(/Tags/).fill('interpreting, BSL');
    await staff.page.getByLabel(/Everyone, including people who are not signed in/).check();
    await staff.page.getByRole('button', { name: 'Send for review' }).click();
    await expect.poll(() => staff.page.url()).toMatch(/\/library\/blog\/[^/]+\/edit$/);
    await expect.poll(() => staff.page.getByRole('heading', { name: 'Sent for review' }).count()).toBe(1);
    await expect.poll(() => staff.page.getByText('In review', { exact: true }).count()).toBeGreaterThan(0);
    expect(await staff.page.getByRole('button', { name: 'Publish now' }).count()).toBe(0);
    await expectAccessible(staff.page);
    await snap(staff.page, 'library-blog-editor-staff');
    await staff.context.close();

    // A signed-out visitor cannot find it yet.
    const early = await newPage(browser, baseUrl);
    await early.page.goto('/library/blog?tag=bsl');
    await expect.poll(() => early.page.getByText(/No published posts have this tag/).count()).toBe(1);
    await early.context.close();

    // The editor finds it in the review queue and publishes it.
    const review = await newPage(browser, baseUrl);
    await signIn(review.page, editor);
    await review.page.goto('/library/blog/review');
    await expect.poll(() => h1(review.page)).toContain('Posts waiting for review');
    await expectAccessible(review.page);
    await snap(review.page, 'library-blog-review');
    await review.page.getByRole('link', { name: title }).click();
    await expect.poll(() => review.page.getByRole('heading', { name: 'Editor’s decision' }).count()).toBe(1);
    await expect.poll(() => review.page.getByText(/Sent for review by Bea Blog-Writer/).count()).toBe(1);
    await expectAccessible(review.page);
    await snap(review.page, 'library-blog-editor-editor');
    await review.page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => review.page.getByRole('heading', { name: 'Post published' }).count()).toBe(1);
    await expect.poll(() => review.page.getByText(/Published by Ed Blog-Editor/).count()).toBe(1);
    // Archiving asks first; the editor keeps it published.
    await review.page.getByRole('link', { name: 'Archive this post' }).click();
    await expect.poll(() => h1(review.page)).toContain('Are you sure you want to archive');
    await expectAccessible(review.page);
    await review.page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => review.page.url()).toMatch(/\/edit$/);
    // Staff comment under the published post, in its own discussion thread.
    await review.page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect.poll(() => h1(review.page)).toContain(title);
    await expect.poll(() => review.page.getByText('No comments yet', { exact: false }).count()).toBe(1);
    await write(review.page, 'Your comment', 'Thank you: we will try this at the Fenmouth desk.');
    await review.page.getByRole('button', { name: 'Post comment' }).click();
    await expect
      .poll(() => review.page.getByText('we will try this at the Fenmouth desk', { exact: false }).count())
      .toBe(1);
    await expectAccessible(review.page);
    await snap(review.page, 'library-blog-comments');
    await review.context.close();

    // A signed-out visitor reads it.
    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto('/library/blog?tag=bsl');
    await visitor.page.getByRole('link', { name: title }).click();
    await expect.poll(() => h1(visitor.page)).toContain(title);
    await expect.poll(() => visitor.page.getByText(/By Bea Blog-Writer/).count()).toBe(1);
    // Read as text of the whole post: glossary links may split it into several elements.
    await expect
      .poll(() => visitor.page.locator('.app-blog-body').textContent())
      .toContain('face the resident when you speak');
    expect(await visitor.page.getByRole('link', { name: 'Edit this post' }).count()).toBe(0);
    await expect.poll(() => visitor.page.getByText(/to read and write comments/).count()).toBe(1);
    await expectAccessible(visitor.page);
    await snap(visitor.page, 'library-blog-post');
    await visitor.context.close();
  });
});
