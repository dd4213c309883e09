import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { isButton, tabTo } from './keyboard';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** A tenth of a second of silence as 8 kHz, 16-bit mono WAV: a recording the server accepts by its content. */
function tinyWav(): Buffer {
  const samples = 800;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0);
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8);
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20);
  wav.writeUInt16LE(1, 22);
  wav.writeUInt32LE(8000, 24);
  wav.writeUInt32LE(16000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36);
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}

describe('glossary', () => {
  let browser: Browser;
  let learner: Account;
  let editor: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Gill Glossary-Learner');
    editor = await makeAccount(baseUrl, 'Eddie Glossary-Editor', ['EDITOR']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a learner search a term in Polish, with or without its accents, and open the glossary entry', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto('/library/glossary');
    await expect.poll(() => page.title()).toBe('Glossary – Common Ground');
    await expect.poll(() => page.getByRole('link', { name: 'Appointment', exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'glossary-a-z');

    // Typed without the Polish letters: results follow the box as the learner types.
    await page.getByLabel('Search in any language').fill('tlumacz');
    await expect.poll(() => page.getByRole('link', { name: 'Interpreter', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Appointment', exact: true }).count()).toBe(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('search')).toBe('tlumacz');
    await expectAccessible(page);
    await snap(page, 'glossary-search-polish');

    // With them, and only Polish words shown.
    await page.getByLabel('Search in any language').fill('tłumacz ustny');
    await page.getByLabel('Show words in').selectOption({ label: 'Polish' });
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => page.getByText('Showing 1 to 1 of 1 terms for “tłumacz ustny” in Polish').count()).toBe(1);
    await expect.poll(() => page.locator('[lang="ar"]').count()).toBe(0);

    await page.getByRole('link', { name: 'Interpreter', exact: true }).click();
    await expect.poll(() => page.title()).toBe('Interpreter – Glossary – Common Ground');
    const polish = page.locator('span[lang="pl"]', { hasText: 'tłumacz ustny' });
    await expect.poll(() => polish.getAttribute('dir')).toBe('ltr');
    const arabic = page.locator('span[lang="ar"]');
    await expect.poll(() => arabic.getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.locator('span[lang="ur"]').getAttribute('dir')).toBe('rtl');
    await expectAccessible(page);
    await snap(page, 'glossary-term');
    await context.close();
  });

  it('makes a printable language card in Urdu for chosen terms', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/library/glossary/card');
    await expect.poll(() => page.getByRole('heading', { name: 'Make a language card' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Show the card' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Select a language for the card' }).count()).toBe(1);
    await expect.poll(() => page.title()).toBe('Error: Make a language card – Common Ground');
    await expectAccessible(page);
    await page.getByLabel('Language', { exact: true }).selectOption({ label: 'Urdu' });
    for (const term of ['GP', 'Interpreter', 'Rent', 'Emergency']) await page.getByLabel(term, { exact: true }).check();
    await page.getByRole('button', { name: 'Show the card' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'English and Urdu' }).count()).toBe(1);
    await expect.poll(() => page.locator('.app-language-card [lang="ur"][dir="rtl"]').count()).toBe(4);
    await expectAccessible(page);
    await snap(page, 'glossary-card');
    await page.emulateMedia({ media: 'print' });
    await expect.poll(() => page.locator('.govuk-template__header').isVisible()).toBe(false);
    await expect.poll(() => page.locator('.govuk-template__footer').isVisible()).toBe(false);
    await expect.poll(() => page.getByRole('button', { name: 'Print this card' }).isVisible()).toBe(false);
    await snap(page, 'glossary-card-print');
    await context.close();
  });

  it('links glossary terms in a lesson, opened and closed with the keyboard', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/learn/managing-language-barriers');
    await page.getByRole('link', { name: 'Interpreters, plain English and checking understanding' }).click();
    const term = page.getByRole('button', { name: 'interpreter', exact: true });
    await expect.poll(() => term.count()).toBe(1);
    await tabTo(page, isButton('interpreter'));
    await page.keyboard.press('Enter');
    await expect.poll(() => term.getAttribute('aria-expanded')).toBe('true');
    const panel = page.getByRole('group', { name: 'Interpreter: glossary' });
    await expect.poll(() => panel.isVisible()).toBe(true);
    await expect.poll(() => panel.locator('[lang="ar"]').getAttribute('dir')).toBe('rtl');
    await expectAccessible(page);
    await snap(page, 'glossary-lesson-popover');
    await page.keyboard.press('Escape');
    await expect.poll(() => panel.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('interpreter');
    await context.close();
  });

  it('lets an editor add a term with a right-to-left translation, which readers then find', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, editor);
    await page.goto('/library/glossary');
    await page.getByRole('button', { name: 'Add a term' }).click();
    await expect.poll(() => page.title()).toBe('Add a glossary term – Common Ground');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Enter the term' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Term in English').fill('Household support fund');
    await page
      .getByLabel('What it means, in plain English')
      .fill('Small one-off help from the council with food and energy bills.');
    await page.getByLabel('Category').selectOption({ label: 'Benefits and money' });
    await page.getByLabel('Publish it now').check();
    await page.getByLabel('Language code').fill('fa');
    await page.getByLabel('Language name in English').fill('Persian');
    await page.getByLabel('The word in that language, in its own script').fill('صندوق حمایت خانوار');
    await page.getByLabel('How to say it (optional)').fill('sandugh-e hemayat-e khanevar');
    await page.getByLabel('Recording of it said aloud (optional)').setInputFiles({
      name: 'persian.wav',
      mimeType: 'audio/wav',
      buffer: tinyWav(),
    });
    await expect.poll(() => page.getByLabel('Recording of translation 1').count()).toBe(1);
    await snap(page, 'glossary-editor');
    await page.getByRole('button', { name: 'Add term' }).click();
    await expect.poll(() => page.title()).toBe('Household support fund – Glossary – Common Ground');
    await expect.poll(() => page.locator('span[lang="fa"]').getAttribute('dir')).toBe('rtl');
    await expect.poll(() => page.getByLabel('Hear “صندوق حمایت خانوار” in Persian').count()).toBe(1);
    await expectAccessible(page);
    await context.close();

    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto('/library/glossary?search=hemayat');
    await expect
      .poll(() => visitor.page.getByRole('link', { name: 'Household support fund', exact: true }).count())
      .toBe(1);
    await visitor.context.close();
  });
});
