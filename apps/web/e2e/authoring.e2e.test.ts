import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { isButton, tabTo } from './keyboard';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

const h1 = (page: Page) => page.getByRole('heading', { level: 1 }).textContent();

/** A scene's card in the form view (scenes added in the editor get ids scene-1, scene-2…). */
const card = (page: Page, sceneId: string) => page.locator(`#scene-card-${sceneId}`);

/** Adds a scene with the editor's button and gives it a title; the new card opens for editing. */
async function addScene(page: Page, sceneId: string, title: string) {
  await page.getByRole('button', { name: 'Add a scene', exact: true }).click();
  const titleField = page.locator(`#scene-${sceneId}-title`);
  // The editor moves focus to the new scene's title, so typing goes there.
  await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe(`scene-${sceneId}-title`);
  await titleField.fill(title);
}

/** Makes an open scene an ending, with a summary for the learner and a rating. */
async function makeEnding(page: Page, sceneId: string, summary: string, rating: 'Good' | 'Mixed' | 'Poor') {
  await card(page, sceneId).getByLabel('An ending', { exact: true }).check();
  await page.locator(`#scene-${sceneId}-summary`).fill(summary);
  await card(page, sceneId).getByLabel(rating, { exact: true }).check();
}

describe('authoring', () => {
  let browser: Browser;
  /** This file's own editor, so the modules it creates are nobody else's. */
  let editor: Account;
  beforeAll(async () => {
    browser = await launch();
    editor = await makeAccount(baseUrl, 'Eden Authoring-Editor', ['EDITOR']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets an editor build a branching scenario, see why it cannot be published, fix it and publish it', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, editor);

    // The modules list.
    await page.goto('/authoring');
    await expect.poll(() => h1(page)).toContain('Learning modules');
    await expect.poll(() => page.locator('table a[href^="/authoring/modules/"]').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'authoring-modules');

    // A new module.
    const moduleTitle = `Handling complaints at the counter ${randomBytes(4).toString('hex')}`;
    await page.getByRole('button', { name: 'Create a module' }).click();
    await expect.poll(() => h1(page)).toContain('Create a module');
    await page.getByLabel('Title', { exact: true }).fill(moduleTitle);
    await page
      .getByLabel('Summary', { exact: true })
      .fill('For front-desk staff: listening, apologising and passing a complaint on.');
    await page.getByLabel('Topic', { exact: true }).fill('Communication');
    await page.getByLabel('Staff only', { exact: true }).check();
    await page.getByRole('button', { name: 'Create module' }).click();
    await expect.poll(() => page.url()).toMatch(/\/authoring\/modules\/[^/]+$/);
    await expect.poll(() => h1(page)).toContain(moduleTitle);
    await expect.poll(() => page.getByText(`${moduleTitle} has been created`).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'authoring-module');

    // A branching scenario lesson in it.
    const lessonTitle = 'A resident who speaks little English';
    await page.getByRole('button', { name: 'Add a lesson' }).click();
    await expect.poll(() => h1(page)).toContain('Add a lesson');
    await page.getByLabel('Branching scenario', { exact: true }).check();
    await page.getByLabel('Title', { exact: true }).fill(lessonTitle);
    await page.getByRole('button', { name: 'Add lesson' }).click();
    await expect.poll(() => page.url()).toMatch(/\/authoring\/lessons\/[^/]+$/);
    await expect.poll(() => h1(page)).toContain(lessonTitle);
    await expect.poll(() => page.getByRole('button', { name: 'Add a scene', exact: true }).count()).toBe(1);
    await expectAccessible(page);

    // The start scene, with two choices.
    await addScene(page, 'scene-1', 'At the front desk');
    await expect.poll(() => page.getByLabel('Start scene').inputValue()).toBe('scene-1');
    const addChoice = page.getByRole('button', { name: 'Add a choice to At the front desk' });
    await addChoice.click();
    await addChoice.click();
    await page.locator('#choice-choice-1-label').fill('Book a telephone interpreter');
    await page.locator('#choice-choice-1-feedback').fill('The resident can explain the problem in their own words.');
    await page.locator('#choice-choice-2-label').fill('Ask their child to interpret');
    await page.locator('#choice-choice-2-feedback').fill('It is quicker, but the child hears everything.');
    await page.getByRole('button', { name: 'Done editing At the front desk' }).click();

    // Two endings.
    await addScene(page, 'scene-2', 'The interpreter joins the call');
    await makeEnding(page, 'scene-2', 'The resident is understood and leaves with an appointment.', 'Good');
    await page.getByRole('button', { name: 'Done editing The interpreter joins the call' }).click();
    await addScene(page, 'scene-3', 'The child interprets');
    await makeEnding(page, 'scene-3', 'The resident is embarrassed and some details are lost.', 'Poor');
    await page.getByRole('button', { name: 'Done editing The child interprets' }).click();

    // Lead the first choice to its ending, and forget the second.
    await page.getByRole('button', { name: 'Edit At the front desk' }).click();
    await page.locator('#choice-choice-1-next').selectOption({ label: 'The interpreter joins the call (ending)' });
    await page.getByRole('button', { name: 'Done editing At the front desk' }).click();
    await expect.poll(() => card(page, 'scene-1').getByText('1 problem', { exact: true }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'authoring-scenario-form');

    // The map shows the same scenario.
    await page.getByRole('button', { name: 'Map', exact: true }).click();
    await expect.poll(() => page.locator('.app-map__node').count()).toBe(3);
    await expect.poll(() => page.locator('.app-map__node--problem').count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await snap(page, 'authoring-scenario-map');
    await page.getByRole('button', { name: 'Form', exact: true }).click();
    await expect.poll(() => card(page, 'scene-1').count()).toBe(1);

    // Publishing is refused, and says why: in the list above the page and on the scene.
    await tabTo(page, isButton('Publish now'), 400);
    await page.keyboard.press('Enter');
    const refused = page.locator('.app-publish-problems');
    await expect.poll(() => refused.count()).toBe(1);
    await expect
      .poll(() => refused.getByText('The lesson was not published. Nothing you wrote has been lost.').count())
      .toBe(1);
    const problemLink = refused.getByRole('link', { name: 'At the front desk: This choice does not lead to a scene.' });
    await expect.poll(() => problemLink.count()).toBe(1);
    await expect
      .poll(() => refused.getByRole('link', { name: /^The child interprets: No path reaches this scene/ }).count())
      .toBe(1);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expect.poll(() => card(page, 'scene-1').getAttribute('class')).toContain('app-summary-card--error');
    await expect.poll(() => card(page, 'scene-3').getAttribute('class')).toContain('app-summary-card--error');
    await expect
      .poll(() => card(page, 'scene-3').getByText('No path reaches this scene from the start.').count())
      .toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: /^Version \d+ published$/ }).count()).toBe(0);
    await expectAccessible(page);
    await snap(page, 'authoring-publish-refused');

    // The problem's link takes the editor to the scene, where the choice shows it too.
    await problemLink.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id ?? '')).toBe('scene-card-heading-scene-1');
    await page.getByRole('button', { name: 'Edit At the front desk' }).click();
    const next = page.locator('#choice-choice-2-next');
    await expect.poll(() => next.getAttribute('aria-describedby')).toMatch(/error/);
    await expect
      .poll(() => page.locator('#choice-choice-2').getByText('This choice does not lead to a scene.').count())
      .toBe(1);
    await expectAccessible(page);

    // Fixed, it publishes.
    await next.selectOption({ label: 'The child interprets (ending)' });
    await expect.poll(() => page.getByText('No problems found. This scenario can be published.').count()).toBe(1);
    await page.getByRole('button', { name: 'Done editing At the front desk' }).click();
    await tabTo(page, isButton('Publish now'), 400);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { name: 'Version 1 published' }).count()).toBe(1);
    await expect.poll(() => refused.count()).toBe(0);
    await expect.poll(() => page.getByText('Version 1 is live for learners.').count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'authoring-published');

    // The module page lists the lesson as published.
    await page.getByRole('link', { name: 'Back', exact: true }).click();
    await expect.poll(() => h1(page)).toContain(moduleTitle);
    await expect.poll(() => page.getByRole('link', { name: lessonTitle }).count()).toBe(1);
    await expectAccessible(page);
    await context.close();
  });
});
