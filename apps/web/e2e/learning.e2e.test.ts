import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { DEMO_MODULES } from '../../api/src/database/seed/learning';
import { expectAccessible, launch, newPage, snap } from './browser';
import { isButton, tabTo } from './keyboard';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');
const MODULE = DEMO_MODULES.find((m) => m.slug === 'managing-language-barriers')!;

/** Answers a knowledge check on the page with the content's right answers (or the first option of each). */
async function answerCheck(page: Page, lessonTitle: string, right: boolean) {
  const lesson = MODULE.lessons.find((l) => l.title === lessonTitle);
  if (!lesson || lesson.kind !== 'KNOWLEDGE_CHECK') throw new Error(`no check ${lessonTitle}`);
  for (const question of lesson.content.questions) {
    const group = page.getByRole('group', { name: new RegExp(question.prompt.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    const options = right ? question.options.filter((o) => o.correct) : question.options.slice(0, 1);
    for (const option of options) await group.getByLabel(option.label, { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Check my answers' }).click();
}

describe('learning', () => {
  let browser: Browser;
  /** This file's own learner: its progress and certificates are nobody else's. */
  let learner: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Lee Learning-Learner');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('shows the public module to visitors and every module to staff', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await page.goto('/learn');
    await expect.poll(() => page.getByRole('link', { name: MODULE.title }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Social cohesion' }).count()).toBe(0);
    await expectAccessible(page);
    await signIn(page, learner);
    await page.goto('/learn');
    await expect.poll(() => page.getByRole('link', { name: 'Social cohesion' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'catalogue');
    await context.close();
  });

  it('lets a learner play a scenario to an ending with only the keyboard, finish the module and get a certificate', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto(`/learn/${MODULE.slug}`);
    await expect.poll(() => page.title()).toBe(`${MODULE.title} – Common Ground`);
    await expectAccessible(page);
    await snap(page, 'module');

    // Pre-test: any answers complete it.
    await page.getByRole('button', { name: 'Start module' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Check my answers' }).count()).toBe(1);
    await expectAccessible(page);
    await answerCheck(page, MODULE.lessons[0].title, false);
    await page.getByRole('button', { name: 'Continue' }).click();

    // Article.
    await expect.poll(() => page.getByRole('button', { name: 'Mark as read and continue' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Mark as read and continue' }).click();

    // The scenario, by keyboard only.
    await expect.poll(() => page.getByRole('button', { name: 'Start scenario' }).count()).toBe(1);
    await expectAccessible(page);
    await tabTo(page, isButton(/Start scenario/));
    await page.keyboard.press('Enter');
    for (let step = 0; step < 30; step++) {
      await expect
        .poll(async () => (await page.getByRole('button', { name: /^(Continue|Try the scenario again)$/ }).count()) > 0)
        .toBe(true);
      if ((await page.getByRole('button', { name: 'Try the scenario again' }).count()) > 0) break;
      if (step === 0) await expectAccessible(page);
      await tabTo(page, (el) => el.tag === 'INPUT' && el.type === 'radio');
      await page.keyboard.press('Space');
      await tabTo(page, isButton('Continue'));
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('button', { name: 'Saving your choice…' }).count()).toBe(0);
      if (step === 0) {
        await snap(page, 'feedback');
        await expectAccessible(page);
      }
      await tabTo(page, isButton(/^(Continue|See how it ends)$/));
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => page.getByRole('button', { name: 'Try the scenario again' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'ending');
    await tabTo(page, isButton('Continue to next lesson'));
    await page.keyboard.press('Enter');

    // Post-test, passed.
    await expect.poll(() => page.getByRole('button', { name: 'Check my answers' }).count()).toBe(1);
    const postTest = MODULE.lessons[MODULE.lessons.length - 1];
    await answerCheck(page, postTest.title, true);
    await expect.poll(() => page.getByText(/certificate/i).count()).toBeGreaterThan(0);

    await page.goto('/my-learning');
    await expect.poll(() => page.getByRole('link', { name: new RegExp(MODULE.title) }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    const certificateLink = page.locator('a[href^="/certificates/"]').first();
    const href = await certificateLink.getAttribute('href');
    const code = href!.split('/').pop()!;
    await certificateLink.click();
    await expect.poll(() => page.getByText(MODULE.title).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'certificate');

    const pdf = await context.request.get(`/api/certificates/${code}.pdf`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toContain('application/pdf');
    expect((await pdf.body()).subarray(0, 4).toString()).toBe('%PDF');

    // Anyone can verify the code.
    const { context: visitor, page: check } = await newPage(browser, baseUrl);
    await check.goto(`/certificates/verify/${code}`);
    await expect.poll(() => check.getByText(/genuine/i).count()).toBeGreaterThan(0);
    await expectAccessible(check);
    await visitor.close();
    await context.close();
  });
});
