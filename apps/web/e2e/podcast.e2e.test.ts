import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { isButton, tabTo } from './keyboard';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');
const DEMO = join(__dirname, '..', '..', 'api', 'src', 'database', 'seed', 'library', 'podcast-demo');

/** Where the page's player is, in seconds (the <audio> element's own clock). */
const position = (page: Page) => page.evaluate(() => document.querySelector('audio')?.currentTime ?? -1);

describe('podcasts', () => {
  let browser: Browser;
  let learner: Account;
  let editor: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Lena Podcast-Learner');
    editor = await makeAccount(baseUrl, 'Eli Podcast-Editor', ['EDITOR']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets an editor publish an episode with a transcript, and a learner play it and seek from the transcript', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, editor);
    await page.goto('/library/podcasts');
    await expect.poll(() => page.title()).toBe('Podcasts – Common Ground');
    await expectAccessible(page);
    await snap(page, 'podcast-shows');
    await page.getByRole('link', { name: 'Common Ground voices' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Arriving for the harvest' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'podcast-show');

    await page.getByRole('button', { name: 'Add an episode' }).click();
    await expect.poll(() => page.title()).toBe('Add an episode – Common Ground');
    await page.getByLabel('Title').fill('At the advice centre');
    await page.getByLabel('Summary').fill('A morning at the advice centre, told by a council worker.');
    const notes = page.getByRole('textbox', { name: 'Show notes' });
    await notes.click();
    await page.keyboard.type('Sarah spends a morning at the advice centre.');
    await page.getByLabel('Recording').setInputFiles({
      name: 'advice-centre.mp3',
      mimeType: 'audio/mpeg',
      buffer: readFileSync(join(DEMO, 'first-week-on-the-front-desk.mp3')),
    });
    await expect.poll(() => page.getByText('advice-centre.mp3 uploaded.').count()).toBe(1);
    await page
      .getByLabel('Transcript (WebVTT)')
      .fill(readFileSync(join(DEMO, 'first-week-on-the-front-desk.vtt'), 'utf8'));
    await page.getByRole('button', { name: 'Add a chapter' }).click();
    await page.getByLabel('Chapter 1 starts at').fill('0:00');
    await page.getByLabel('Chapter 1 title').fill('Welcome');
    await page.getByRole('button', { name: 'Add another chapter' }).click();
    await page.getByLabel('Chapter 2 starts at').fill('0:30');
    await page.getByLabel('Chapter 2 title').fill('What I do now');
    await page.getByRole('button', { name: 'Add a voice' }).click();
    await page.getByLabel('Voice 1 name').fill('Sarah Whitlock');
    await page.getByLabel('Voice 1 is a').fill('council worker');
    await expectAccessible(page);
    await snap(page, 'podcast-episode-editor');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect.poll(() => page.title()).toBe('Edit At the advice centre – Common Ground');
    await expect.poll(() => page.getByRole('group', { name: 'Or publish it later' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Publish now' }).click();
    await expect.poll(() => page.getByText('Episode published').count()).toBe(1);
    await expectAccessible(page);
    await context.close();

    const listener = await newPage(browser, baseUrl);
    const learnerPage = listener.page;
    await signIn(learnerPage, learner);
    await learnerPage.goto('/library/podcasts/common-ground-voices');
    await learnerPage.getByRole('link', { name: 'At the advice centre' }).click();
    await expect.poll(() => learnerPage.title()).toBe('At the advice centre – Common Ground');
    const play = learnerPage.getByRole('button', { name: 'Play', exact: true });
    await expect.poll(() => play.count()).toBe(1);
    await expectAccessible(learnerPage);
    await snap(learnerPage, 'podcast-episode');

    await play.click();
    await expect.poll(() => learnerPage.getByRole('button', { name: 'Pause', exact: true }).count()).toBe(1);
    const cue = learnerPage.getByRole('button', { name: /Nodding is often politeness/ });
    await cue.click();
    await expect.poll(() => position(learnerPage)).toBeGreaterThanOrEqual(21);
    await expect.poll(() => cue.getAttribute('aria-current')).toBe('true');
    await expect
      .poll(() => learnerPage.getByRole('status').filter({ hasText: 'Playing from 21 seconds' }).count())
      .toBe(1);

    // Keyboard only: pause, then seek from a chapter.
    await tabTo(learnerPage, isButton('Pause'));
    await learnerPage.keyboard.press('Enter');
    await expect.poll(() => learnerPage.getByRole('button', { name: 'Play', exact: true }).count()).toBe(1);
    await tabTo(learnerPage, isButton(/What I do now/));
    await learnerPage.keyboard.press('Enter');
    await expect.poll(() => position(learnerPage)).toBeGreaterThanOrEqual(30);
    await expect
      .poll(() => learnerPage.getByRole('button', { name: /Now I ask which language/ }).getAttribute('aria-current'))
      .toBe('true');
    await learnerPage.getByLabel('Speed').selectOption({ label: '1.5 times' });
    await expect.poll(() => learnerPage.evaluate(() => document.querySelector('audio')?.playbackRate)).toBe(1.5);
    await expectAccessible(learnerPage);
    await snap(learnerPage, 'podcast-episode-seeked');
    await listener.context.close();
  });

  it('reads the public feed and shows a visitor a public episode', async () => {
    const { context, page } = await newPage(browser, baseUrl);
    const feed = await page.request.get('/api/feeds/podcasts/common-ground-voices.xml');
    expect(feed.status()).toBe(200);
    expect(await feed.text()).toContain('<podcast:transcript');
    await page.goto('/library/podcasts/episodes/arriving-for-the-harvest');
    await expect.poll(() => page.getByRole('button', { name: /nobody told me/i }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Sign in' }).count()).toBeGreaterThan(0);
    await expectAccessible(page);
    await context.close();
  });

  it('gives a member of staff a private feed address for a staff-only show, shown once, and lets them turn it off', async () => {
    const editing = await newPage(browser, baseUrl);
    await signIn(editing.page, editor);
    await editing.page.goto('/library/podcasts/new');
    await editing.page.getByLabel('Title').fill('Staff room voices');
    await editing.page.getByLabel('What is the show about?').fill('Colleagues talk about hard days at the desk.');
    await editing.page.getByLabel('Staff only').check();
    await expectAccessible(editing.page);
    await editing.page.getByRole('button', { name: 'Start the show' }).click();
    await expect.poll(() => editing.page.title()).toBe('Staff room voices – Common Ground');
    await editing.page.getByRole('link', { name: 'Change the show' }).click();
    await expect.poll(() => editing.page.title()).toBe('Change Staff room voices – Common Ground');
    await expect.poll(() => editing.page.getByLabel('Staff only').isChecked()).toBe(true);
    await expectAccessible(editing.page);
    await editing.page
      .getByLabel('What is the show about?')
      .fill('Colleagues talk about the hard days and the good ones.');
    await editing.page.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => editing.page.getByText('the hard days and the good ones').count()).toBe(1);
    await editing.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto('/library/podcasts/staff-room-voices');
    await page.getByRole('link', { name: 'Get your private feed address' }).click();
    await expect.poll(() => page.title()).toBe('Your private feed of Staff room voices – Common Ground');
    await page.getByRole('button', { name: 'Make my private feed address' }).click();
    const address = page.getByLabel('Your private feed address');
    await expect.poll(() => address.inputValue()).toMatch(/\/api\/feeds\/podcasts\/private\/[A-Za-z0-9_-]{43}\.xml$/);
    const url = new URL(await address.inputValue());
    expect((await page.request.get(url.pathname)).status()).toBe(200);
    await expectAccessible(page);
    await snap(page, 'podcast-private-feed');
    await page.getByRole('button', { name: 'Turn off my private feed' }).click();
    await expect.poll(() => page.getByText('Your private feed has been turned off.').count()).toBe(1);
    expect((await page.request.get(url.pathname)).status()).toBe(404);
    await context.close();
  });
});
