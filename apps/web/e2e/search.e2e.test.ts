import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

describe('one search', () => {
  let browser: Browser;
  let learner: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Sadia Search-Learner');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a learner search a word in Polish from the header and open the glossary entry it belongs to', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto('/learn');
    const header = page.getByRole('search', { name: 'Search Common Ground' });
    await header.getByRole('searchbox', { name: 'Search Common Ground' }).fill('tłumacz');
    await header.getByRole('button', { name: 'Search' }).click();

    await expect.poll(() => page.title()).toBe('Search results for “tłumacz” – Common Ground');
    const result = page.getByRole('link', { name: 'Interpreter', exact: true });
    await expect.poll(() => result.count()).toBe(1);
    await expect
      .poll(() => page.locator('.app-search-results mark', { hasText: 'tłumacz' }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'search-results');
    // At 320 CSS pixels the header's box and the results reflow without scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await snap(page, 'search-results-320');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Narrowed to glossary terms, then without the Polish letters.
    await page
      .getByRole('navigation', { name: 'Show only' })
      .getByRole('link', { name: /^Glossary terms/ })
      .click();
    await expect.poll(() => new URL(page.url()).searchParams.get('kind')).toBe('GLOSSARY_TERM');
    await expect.poll(() => page.getByText(/in glossary terms$/).count()).toBe(1);
    await page.getByRole('searchbox', { name: /Search lessons, forums/ }).fill('tlumacz ustny');
    await page.getByRole('main').getByRole('button', { name: 'Search' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('tlumacz ustny');
    await expect.poll(() => result.count()).toBe(1);

    await result.click();
    await expect.poll(() => page.title()).toBe('Interpreter – Glossary – Common Ground');
    await expect.poll(() => page.locator('span[lang="pl"]', { hasText: 'tłumacz ustny' }).count()).toBe(1);
    await context.close();
  });

  it('shows a signed-out visitor only public content and says when nothing is found', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/search?q=interpreter');
    await expect.poll(() => page.getByRole('link', { name: 'Interpreter', exact: true }).count()).toBe(1);
    // Forum threads need an account: none are found by a visitor.
    await expect.poll(() => page.getByText('Forum thread', { exact: true }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto('/search?q=qwxzv');
    await expect.poll(() => page.getByRole('heading', { name: 'No results found' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'search-no-results');
    await context.close();
  });
});
