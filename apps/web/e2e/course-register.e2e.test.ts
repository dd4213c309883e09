import { readFile } from 'node:fs/promises';
import { type APIRequestContext, type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { isButton, tabTo } from './keyboard';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** One GraphQL call from an API context (keeping its cookies); fails loudly on any error. */
async function call<T>(api: APIRequestContext, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body));
  return body.data;
}

/** A signed-in API context for an account. */
async function apiAs(account: Account): Promise<APIRequestContext> {
  const api = await request.newContext({ baseURL: baseUrl });
  await call(api, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: account.email, password: account.password },
  });
  return api;
}

const SESSION_FIELDS = {
  venue: 'Westfen Library, Meeting Room 2',
  joiningInstructions: 'Ask at the counter for Meeting Room 2.',
  locality: 'Westfen',
  nation: 'ENGLAND_AND_WALES',
  capacity: 6,
  trainer: '',
};

describe('course register, evaluation and certificate', () => {
  let browser: Browser;
  let lead: Account;
  let delegate: Account;
  beforeAll(async () => {
    browser = await launch();
    lead = await makeAccount(baseUrl, 'Rhona Register-Lead', ['MODERATOR']);
    delegate = await makeAccount(baseUrl, 'Dev Delegate');
  });
  afterAll(async () => {
    await browser.close();
  });

  it('takes a delegate from a confirmed place through the register and evaluation to a certificate that verifies', async () => {
    const title = `Rights and entitlements in practice ${Date.now()}`;
    // A lead adds the course and a session 60 days ahead; the delegate applies.
    const leadApi = await apiAs(lead);
    const { createCourse } = await call<{ createCourse: { id: string } }>(
      leadApi,
      'mutation($input: CourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          title,
          description: 'What newly arrived people can get, and where to send them.',
          outcomes: ['Answer the common questions correctly'],
          targetGroups: ['Front-line staff'],
          trainer: 'Tomasz Wiśniewski',
        },
      },
    );
    const starts = new Date(Date.now() + 60 * 86_400_000);
    starts.setUTCHours(10, 0, 0, 0);
    const { createCourseSession } = await call<{ createCourseSession: { id: string } }>(
      leadApi,
      'mutation($input: CreateSessionInput!) { createCourseSession(input: $input) { id } }',
      {
        input: {
          courseId: createCourse.id,
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 3 * 3600_000).toISOString(),
          ...SESSION_FIELDS,
        },
      },
    );
    const sessionId = createCourseSession.id;
    const delegateApi = await apiAs(delegate);
    await call(delegateApi, 'mutation($input: ApplyForSessionInput!) { applyForSession(input: $input) { id } }', {
      input: {
        sessionId,
        locality: 'Westfen',
        managerName: 'Morgan Manager',
        managerEmail: 'morgan.manager@fenmouth-council.example',
      },
    });
    await delegateApi.dispose();

    // The lead runs shortlisting on the manage page: the delegate gets the place.
    const leadPage = await newPage(browser, baseUrl);
    await signIn(leadPage.page, lead);
    await leadPage.page.goto(`/courses/sessions/${sessionId}/manage`);
    await expect.poll(() => leadPage.page.getByText(delegate.name).count()).toBe(1);
    await leadPage.page.getByRole('button', { name: 'Preview the outcome' }).click();
    await expect.poll(() => leadPage.page.getByText(/If shortlisting ran now: 1 places/).count()).toBe(1);
    await leadPage.page.getByRole('button', { name: 'Give out places and email everyone' }).click();
    await expect.poll(() => leadPage.page.getByText('Places given out').count()).toBe(1);
    await expect.poll(() => leadPage.page.locator('.govuk-tag', { hasText: 'Place confirmed' }).count()).toBe(1);

    // The day comes: the session is moved to have been held this morning.
    const heldFrom = new Date(Date.now() - 3 * 3600_000);
    await call(leadApi, 'mutation($input: UpdateSessionInput!) { updateCourseSession(input: $input) { id } }', {
      input: {
        sessionId,
        startsAt: heldFrom.toISOString(),
        endsAt: new Date(heldFrom.getTime() + 2 * 3600_000).toISOString(),
        ...SESSION_FIELDS,
      },
    });
    await leadApi.dispose();

    // The register, on a 320 px wide phone, marked with the keyboard alone.
    await leadPage.page.setViewportSize({ width: 320, height: 800 });
    await leadPage.page.reload();
    await leadPage.page.getByRole('link', { name: 'Mark the attendance register' }).click();
    await expect.poll(() => leadPage.page.title()).toMatch(/^Register: /);
    await expect.poll(() => leadPage.page.getByRole('group', { name: new RegExp(delegate.name) }).count()).toBe(1);
    await expectAccessible(leadPage.page);
    expect(await leadPage.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await tabTo(leadPage.page, (el) => el.type === 'radio' && el.label === 'Whole session');
    await leadPage.page.keyboard.press('Space');
    await tabTo(leadPage.page, isButton('Save the register'));
    await leadPage.page.keyboard.press('Enter');
    await expect.poll(() => leadPage.page.getByText('1 delegate marked.').count()).toBe(1);
    await expect.poll(() => leadPage.page.getByText(/all marked/).count()).toBe(1);
    await expectAccessible(leadPage.page);
    await snap(leadPage.page, 'courses-register-320');
    await leadPage.context.close();

    // The delegate cannot mark the register, but finds the evaluation in My learning.
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, delegate);
    await page.goto(`/courses/sessions/${sessionId}/register`);
    await expect.poll(() => page.getByRole('heading', { name: 'You cannot mark this register' }).count()).toBe(1);
    await page.goto('/my-learning');
    await expect.poll(() => page.getByRole('heading', { name: 'Courses attended' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('link', { name: `Complete the evaluation for ${title}` }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: `Evaluate ${title}` }).count()).toBe(1);
    await expectAccessible(page);

    // Sending it unanswered shows the errors at the top, linked to the questions.
    await page.getByRole('button', { name: 'Send evaluation' }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expect
      .poll(() => page.getByRole('link', { name: /Choose a rating for the session overall/ }).count())
      .toBe(1);
    await expectAccessible(page);

    for (const legend of [
      'The session overall',
      'What the session covered',
      'How the trainer led the session',
      'How useful it will be in your work',
    ]) {
      await page.getByRole('group', { name: legend }).getByLabel('5 (excellent)').check();
    }
    await page
      .getByLabel('What will you do differently in your work after this session?')
      .fill('Check entitlement before signposting, and book an interpreter early.');
    await page.getByLabel('Any other comments').fill('A useful morning.');
    await page.getByRole('button', { name: 'Send evaluation' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Evaluation sent' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'courses-evaluation-sent');

    // The certificate downloads as a PDF…
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download your certificate (PDF)' }).click(),
    ]);
    const bytes = await readFile((await download.path()) ?? '');
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const code = /certificate ID is ([0-9A-Z]{10})/.exec((await page.locator('main').textContent()) ?? '')?.[1] ?? '';
    expect(code).toMatch(/^[0-9A-Z]{10}$/);

    // …and the shared verification page shows it, to anyone.
    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto(`/certificates/verify/${code}`);
    await expect.poll(() => visitor.page.getByRole('heading', { name: 'This certificate is genuine' }).count()).toBe(1);
    await expect
      .poll(() => visitor.page.getByText(`${delegate.name} attended the whole of the course ${title}`).count())
      .toBe(1);
    await expectAccessible(visitor.page);
    await visitor.context.close();

    // A second evaluation is not offered: My learning now links the certificate.
    await page.goto('/my-learning');
    await expect.poll(() => page.getByRole('link', { name: `Download certificate for ${title}` }).count()).toBe(1);
    await page.goto(`/courses/sessions/${sessionId}/evaluation`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: 'You have evaluated this session' }).count())
      .toBe(1);
    await context.close();
  });
});
