import { type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** A course and a session 60 days ahead, added through the API by a lead (the lead's editing pages come later). */
async function makeSession(lead: Account, title: string): Promise<string> {
  const api = await request.newContext({ baseURL: baseUrl });
  const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const res = await api.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body));
    return body.data;
  };
  try {
    await call('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: lead.email, password: lead.password },
    });
    const { createCourse } = await call<{ createCourse: { id: string } }>(
      'mutation($input: CourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          title,
          description: 'Sharing a concern across agencies, with a case study from each service.',
          outcomes: ['Know who to tell and how'],
          targetGroups: ['Front-line staff'],
          trainer: 'Nadia Okafor',
        },
      },
    );
    const starts = new Date(Date.now() + 60 * 86_400_000);
    starts.setUTCHours(9, 30, 0, 0);
    const { createCourseSession } = await call<{ createCourseSession: { id: string } }>(
      'mutation($input: CreateSessionInput!) { createCourseSession(input: $input) { id } }',
      {
        input: {
          courseId: createCourse.id,
          startsAt: starts.toISOString(),
          endsAt: new Date(starts.getTime() + 3 * 3600_000).toISOString(),
          venue: 'Saltmarsh Community Centre, Quay Road',
          joiningInstructions: 'Use the side entrance.',
          locality: 'Saltmarsh',
          nation: 'ENGLAND_AND_WALES',
          capacity: 8,
          trainer: '',
        },
      },
    );
    return createCourseSession.id;
  } finally {
    await api.dispose();
  }
}

describe('course programme', () => {
  let browser: Browser;
  let learner: Account;
  let lead: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Cora Course-Learner');
    lead = await makeAccount(baseUrl, 'Lee Course-Lead', ['MODERATOR']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a visitor browse the programme, a learner apply, and a lead preview and run shortlisting', async () => {
    const title = `Keeping people safe together ${Date.now()}`;
    const sessionId = await makeSession(lead, title);

    const visitor = await newPage(browser, baseUrl);
    await visitor.page.goto('/courses');
    await expect.poll(() => visitor.page.title()).toBe('Course programme – Common Ground');
    await expect.poll(() => visitor.page.getByRole('link', { name: new RegExp(title) }).count()).toBe(1);
    await expectAccessible(visitor.page);
    await snap(visitor.page, 'courses-programme');
    await visitor.page.getByLabel('Locality').selectOption('Saltmarsh');
    await visitor.page.getByRole('button', { name: 'Apply filters' }).click();
    await expect.poll(() => new URL(visitor.page.url()).searchParams.get('locality')).toBe('Saltmarsh');
    await expect.poll(() => visitor.page.getByRole('link', { name: new RegExp(title) }).count()).toBe(1);
    await visitor.context.close();

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto(`/courses/sessions/${sessionId}`);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: title }).count()).toBe(1);
    await expect.poll(() => page.getByText(/to avoid a charge/).count()).toBe(1);
    await expectAccessible(page);
    await page.getByLabel('Which locality do you work in?').fill('Saltmarsh');
    await page.getByLabel('Your line manager’s name').fill('Morgan Manager');
    await page.getByLabel('Your line manager’s email address').fill('not an address');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByRole('link', { name: /correct format/ }).count()).toBe(1);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expectAccessible(page);
    await page.getByLabel('Your line manager’s email address').fill('morgan.manager@fenmouth-council.example');
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Your application' }).count()).toBe(1);
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Applied' }).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'courses-session-applied');

    const leadPage = await newPage(browser, baseUrl);
    await signIn(leadPage.page, lead);
    await leadPage.page.goto(`/courses/sessions/${sessionId}/manage`);
    await expect.poll(() => leadPage.page.getByText(learner.name).count()).toBe(1);
    await leadPage.page.getByRole('button', { name: 'Preview the outcome' }).click();
    await expect
      .poll(() => leadPage.page.getByText(/If shortlisting ran now: 1 places, 0 on the waiting list/).count())
      .toBe(1);
    await expect
      .poll(() => leadPage.page.getByText(/Offered a place as the first applicant from the statutory sector/).count())
      .toBe(1);
    await expectAccessible(leadPage.page);
    await snap(leadPage.page, 'courses-shortlist-preview');
    await leadPage.page.getByRole('button', { name: 'Give out places and email everyone' }).click();
    await expect.poll(() => leadPage.page.getByText('Places given out').count()).toBe(1);
    await expectAccessible(leadPage.page);
    await leadPage.context.close();

    await page.reload();
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Place confirmed' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel my place' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Yes, cancel my place' }).count()).toBe(1);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Yes, cancel my place' }).click();
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Cancelled' }).count()).toBe(1);
    await context.close();
  });
});
