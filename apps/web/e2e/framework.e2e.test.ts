import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** The demo line manager of the demo learner (demo data only). */
const DEMO_MANAGER = { email: 'jo.whitlock@fenmouth-council.example', password: 'Fenmouth-demo-2026' };
const DEMO_ADMIN = { email: 'admin@fenmouth-council.example', password: 'Fenmouth-demo-2026' };

/** Answers every confidence question on the page with the same level (1 = not yet, 4 = confident). */
async function rateAll(page: Page, level: number): Promise<void> {
  const radios = page.locator(`input[type="radio"][value="${level}"]`);
  await expect.poll(() => radios.count()).toBeGreaterThan(0);
  for (const radio of await radios.all()) await radio.check();
}

describe('framework', () => {
  let browser: Browser;
  let learner: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Fran Framework-Learner');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a learner choose their group and strand, rate their confidence, get a plan and mark a resource done', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto('/framework');
    await expect.poll(() => page.title()).toBe('Find what you need to know and do – Common Ground');
    await expectAccessible(page);
    await snap(page, 'framework-start');

    // Continuing without choosing shows GOV.UK errors.
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.title()).toBe('Error: Find what you need to know and do – Common Ground');
    await expectAccessible(page);
    await page.getByLabel('General contact').check();
    await page.getByLabel('Protecting people').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).textContent())
      .toContain('What you need to know and do');
    await expect.poll(() => page.getByRole('heading', { name: 'What you need to know', exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await rateAll(page, 1);
    await snap(page, 'framework-needs');
    await page.getByRole('button', { name: 'Save and see my plan' }).click();

    await expect.poll(() => page.title()).toBe('Your learning plan – Common Ground');
    await expect.poll(() => page.getByText('Your answers have been saved').count()).toBe(1);
    const briefing = page.getByRole('heading', { name: 'Seven-minute briefing: noticing and telling' });
    await expect.poll(() => briefing.count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Cultural awareness' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('button', { name: 'Print this plan' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Download as a PDF' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'framework-plan');

    await page.getByRole('link', { name: 'Mark as done – Seven-minute briefing: noticing and telling' }).click();
    await expect
      .poll(() => page.title())
      .toBe('Mark as done: Seven-minute briefing: noticing and telling – Common Ground');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.title()).toContain('Error:');
    await expectAccessible(page);
    await page
      .getByLabel('What did you learn, and what will you do differently?')
      .fill('I know who our safeguarding lead is and will write down concerns the same day.');
    await page.getByRole('button', { name: 'Mark as done' }).click();
    await expect.poll(() => page.title()).toBe('Your learning plan – Common Ground');
    await expect
      .poll(() =>
        page.getByText('I know who our safeguarding lead is and will write down concerns the same day.').count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText('Done', { exact: true }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'framework-plan-done');

    const pdf = await page.request.get('/api/framework/plan.pdf');
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    await context.close();
  });

  it('lets a signed-out visitor use the tool for the public, carers and volunteers, with nothing kept on the server', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/framework');
    await expect.poll(() => page.getByLabel('The public, carers and volunteers').count()).toBe(1);
    await expect.poll(() => page.getByLabel('General contact').count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'framework-public-start');
    await page.getByLabel('Protecting people').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'What you need to do', exact: true }).count()).toBe(1);
    await rateAll(page, 2);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Save and see my plan' }).click();
    await expect.poll(() => page.title()).toBe('Your learning plan – Common Ground');
    await expect.poll(() => page.getByRole('link', { name: 'Report child abuse to a local council' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Download as a PDF' }).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'framework-public-plan');
    await context.close();
  });

  it('shows a line manager their team’s plans, and an admin the competencies with no resource', async () => {
    const manager = await newPage(browser, baseUrl);
    await signIn(manager.page, DEMO_MANAGER);
    await manager.page.goto('/framework/team');
    await expect.poll(() => manager.page.title()).toBe('Your team’s learning plans – Common Ground');
    await expectAccessible(manager.page);
    await snap(manager.page, 'framework-team');
    await manager.page.getByRole('link', { name: /^Sam Carter/ }).click();
    await expect.poll(() => manager.page.title()).toBe('Learning plan for Sam Carter – Common Ground');
    await expect
      .poll(() => manager.page.getByText('safeguarding lead’s direct number', { exact: false }).count())
      .toBe(1);
    await expectAccessible(manager.page);
    await manager.context.close();

    const admin = await newPage(browser, baseUrl);
    await signIn(admin.page, DEMO_ADMIN);
    await admin.page.goto('/framework/admin/gaps');
    await expect.poll(() => admin.page.title()).toBe('Competencies with no learning resource yet – Common Ground');
    await expect
      .poll(() =>
        admin.page.getByRole('rowheader', { name: /Know how diverse your workforce and service users are/ }).count(),
      )
      .toBe(1);
    await expectAccessible(admin.page);
    await snap(admin.page, 'framework-gaps');
    await admin.page.goto('/framework/admin');
    await admin.page.getByRole('button', { name: 'Add a strand' }).click();
    await admin.page.getByLabel('Name').fill('Keeping well at work');
    await admin.page.getByRole('button', { name: 'Add strand' }).click();
    await expect.poll(() => admin.page.getByText('Keeping well at work has been added').count()).toBe(1);
    await expectAccessible(admin.page);
    await snap(admin.page, 'framework-admin');
    await admin.page.getByRole('link', { name: 'Delete Keeping well at work' }).click();
    await expect
      .poll(() => admin.page.getByRole('heading', { level: 1 }).textContent())
      .toBe('Are you sure you want to delete “Keeping well at work”?');
    await expectAccessible(admin.page);
    await admin.page.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => admin.page.getByText('“Keeping well at work” has been deleted').count()).toBe(1);
    await admin.page.goto('/framework/admin/resources/new');
    await expect.poll(() => admin.page.getByLabel('Title').count()).toBe(1);
    await expectAccessible(admin.page);
    await snap(admin.page, 'framework-resource-form');
    await admin.context.close();
  });
});
