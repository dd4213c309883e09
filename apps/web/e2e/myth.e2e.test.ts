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

describe('FAQs and myth-busters', () => {
  let browser: Browser;
  let author: Account;
  let reader: Account;
  let editor: Account;
  beforeAll(async () => {
    browser = await launch();
    [author, reader, editor] = await Promise.all([
      makeAccount(baseUrl, 'Aled Author'),
      makeAccount(baseUrl, 'Rosa Rumour-Reader'),
      makeAccount(baseUrl, 'Erin Myth-Editor', ['EDITOR']),
    ]);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a signed-out visitor read a myth-buster: verdict, facts, evidence and ClaimReview data', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/library/myths');
    await expect.poll(() => page.title()).toBe('Myth-busters – Common Ground');
    const myth = page.getByRole('link', { name: 'You must show a passport to register with a doctor' });
    await expect.poll(() => myth.count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'myth-list');

    await myth.click();
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 1, name: /You must show a passport to register with a doctor/ }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText('Verdict: False').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Evidence' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'How to register with a GP surgery' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'GP', exact: true }).count()).toBe(1);
    const jsonLd = await page.locator('script[type="application/ld+json"]').textContent();
    expect(JSON.parse(jsonLd ?? '{}')).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'You must show a passport to register with a doctor',
      reviewRating: { alternateName: 'False' },
    });
    // Editors' parts stay hidden from the public.
    await expect.poll(() => page.getByText(/Due for review/).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'myth-page');
    await context.close();
  });

  it('lets a signed-out visitor browse FAQs by category and say whether an answer helped', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/library/faqs');
    await expect.poll(() => page.title()).toBe('Frequently asked questions – Common Ground');
    await page.getByLabel('Category').selectOption({ label: 'Health' });
    await page.getByRole('button', { name: 'Show questions' }).click();
    const question = page.getByText('Can anyone register with a GP?');
    await expect.poll(() => question.count()).toBe(1);
    await expect.poll(() => page.getByText('Does my landlord have to protect my deposit?').count()).toBe(0);
    await question.click();
    await page
      .getByRole('group', { name: /Was this helpful/ })
      .first()
      .getByRole('button', { name: 'Yes' })
      .click();
    await expect.poll(() => page.getByText('Thank you. You said this was helpful.').count()).toBe(1);
    await expect.poll(() => page.getByText(/editors only/).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'faq-list');
    await page.getByRole('link', { name: 'Open this question on its own page' }).first().click();
    await expect.poll(() => page.title()).toBe('Can anyone register with a GP? – Common Ground');
    await expectAccessible(page);
    await snap(page, 'faq-page');
    await context.close();
  });

  it('takes a rumour reported from a forum post to the editors’ queue, linked back to the post', async () => {
    const heard = `People say interpreters must be paid by the family ${Date.now()}`;
    const writer = await newPage(browser, baseUrl);
    await signIn(writer.page, author);
    await writer.page.goto('/discuss');
    await writer.page.getByRole('link', { name: 'Interpreting and language support' }).click();
    await writer.page.getByRole('button', { name: 'Start a thread' }).click();
    await writer.page.getByRole('textbox', { name: /^Title/ }).fill('Paying for interpreters');
    await write(writer.page, 'Your post', 'A neighbour told a family they must pay for the interpreter themselves.');
    await writer.page.getByRole('button', { name: 'Start thread' }).click();
    await expect
      .poll(() => writer.page.getByRole('heading', { level: 1, name: 'Paying for interpreters' }).count())
      .toBe(1);
    const threadUrl = writer.page.url();
    await writer.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, reader);
    await page.goto(threadUrl);
    await page
      .getByRole('link', { name: /^Report a rumour/ })
      .first()
      .click();
    await expect.poll(() => page.title()).toBe('Report a rumour – Common Ground');
    await page.getByRole('button', { name: 'Send to the editors' }).click();
    await expect.poll(() => page.title()).toBe('Error: Report a rumour – Common Ground');
    await expectAccessible(page);
    await page.getByLabel('What did you hear?').fill(heard);
    await page.getByRole('button', { name: 'Send to the editors' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Rumour reported' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'rumour-reported');
    await page.getByRole('link', { name: 'Go back to the discussion' }).click();
    await expect.poll(() => page.url()).toContain(new URL(threadUrl).pathname);
    await context.close();

    const desk = await newPage(browser, baseUrl);
    await signIn(desk.page, editor);
    await desk.page.goto('/library/myths/queue');
    await expect.poll(() => desk.page.getByRole('link', { name: heard, exact: true }).count()).toBe(1);
    await expectAccessible(desk.page);
    await snap(desk.page, 'myth-queue');
    await desk.page.getByRole('link', { name: heard, exact: true }).click();
    await expect.poll(() => desk.page.getByLabel('The myth, as people say it').inputValue()).toBe(heard);
    await expectAccessible(desk.page);
    await snap(desk.page, 'myth-editor');
    // No verdict yet: it cannot be published.
    await desk.page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => desk.page.getByRole('link', { name: /Write the facts/ }).count()).toBe(1);
    await write(desk.page, /^The facts$/, 'Council, NHS and police services book and pay for interpreters.');
    await desk.page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => desk.page.getByRole('link', { name: /Choose a verdict/ }).count()).toBe(1);
    await expectAccessible(desk.page);
    await snap(desk.page, 'myth-editor-refused');

    await desk.page.goto('/library/faqs/new');
    await expect.poll(() => desk.page.getByRole('heading', { level: 1, name: 'Add an FAQ' }).count()).toBe(1);
    await expectAccessible(desk.page);
    await desk.page.goto('/library/faqs/manage');
    await expect.poll(() => desk.page.getByRole('heading', { name: 'Categories' }).count()).toBe(1);
    await desk.page.getByLabel('Show FAQs that are').selectOption({ label: 'Published' });
    await expect.poll(() => desk.page.getByRole('link', { name: 'Can anyone register with a GP?' }).count()).toBe(1);
    await expectAccessible(desk.page);
    await snap(desk.page, 'faq-manage');
    await desk.context.close();
  });
  it('shows an editor an FAQ’s revision history, and archives it only after a confirmation, then restores it', async () => {
    const question = `Can I bring my own interpreter? ${Date.now()}`;
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, editor);
    await page.goto('/library/faqs/new');
    await page.getByLabel('Question').fill(question);
    await page.getByLabel('Category').selectOption({ label: 'Health' });
    await write(page, /^Answer/, 'Yes, but the service will also offer a professional interpreter.');
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Edit ‘${question}’` }).count()).toBe(1);
    const history = page.getByRole('region', { name: 'Revision history' });
    await expect.poll(() => history.getByText(/Published by Erin Myth-Editor/).count()).toBe(1);
    await history.getByText('Show the text of revision 1').click();
    await expect
      .poll(() => history.getByText('Yes, but the service will also offer a professional interpreter.').count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'faq-editor-history');

    await page.getByRole('button', { name: 'Archive' }).click();
    await expect.poll(() => page.title()).toBe(`Are you sure you want to archive ‘${question}’? – Common Ground`);
    await expectAccessible(page);
    await snap(page, 'faq-archive-confirm');
    await page.getByRole('link', { name: 'Cancel' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Edit ‘${question}’` }).count()).toBe(1);
    await page.getByRole('button', { name: 'Archive' }).click();
    await page.getByRole('button', { name: 'Yes, archive FAQ' }).click();
    await expect.poll(() => page.getByText(`‘${question}’ has been archived`).count()).toBe(1);
    await expect.poll(() => page.getByText(/Archived by Erin Myth-Editor/).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'faq-archived');

    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto('/library/faqs');
    await expect.poll(() => visitor.page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expect.poll(() => visitor.page.getByText(question).count()).toBe(0);

    await page.getByRole('button', { name: 'Publish again' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'FAQ published' }).count()).toBe(1);
    await visitor.page.reload();
    await expect.poll(() => visitor.page.getByText(question).count()).toBe(1);
    await visitor.context.close();
    await context.close();
  });
});
