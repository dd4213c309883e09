import { type APIRequestContext, type Browser, request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** Signs an API context in as the account and returns a caller that fails loudly on errors. */
async function apiAs(account: Account): Promise<{
  call: <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;
  api: APIRequestContext;
}> {
  const api = await request.newContext({ baseURL: baseUrl });
  const call = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await api.post('/graphql', { data: { query, variables } });
    const body = (await res.json()) as { data?: T; errors?: unknown[] };
    if (body.errors?.length || !body.data) throw new Error(JSON.stringify(body));
    return body.data;
  };
  await call('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: account.email, password: account.password },
  });
  return { call, api };
}

/** A course needing the line manager's approval, with a session 60 days ahead, added by a lead through the API. */
async function makeApprovalSession(lead: Account, title: string): Promise<string> {
  const { call, api } = await apiAs(lead);
  try {
    const { createCourse } = await call<{ createCourse: { id: string } }>(
      'mutation($input: CourseInput!) { createCourse(input: $input) { id } }',
      {
        input: {
          title,
          description: 'Recognising exploitation of migrant workers, and who to tell.',
          outcomes: ['Know the signs and the referral routes'],
          targetGroups: ['Front-line staff'],
          trainer: 'Tomasz Nowak',
          requiresManagerApproval: true,
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
          venue: 'Fenmouth Library, Market Street',
          joiningInstructions: 'Meeting room 2, first floor.',
          locality: 'Fenmouth',
          nation: 'ENGLAND_AND_WALES',
          capacity: 6,
          trainer: '',
        },
      },
    );
    return createCourseSession.id;
  } finally {
    await api.dispose();
  }
}

describe('course booking life cycle', () => {
  let browser: Browser;
  let learner: Account;
  let lead: Account;
  let admin: Account;
  beforeAll(async () => {
    browser = await launch();
    learner = await makeAccount(baseUrl, 'Ola Booking-Learner');
    lead = await makeAccount(baseUrl, 'Pat Booking-Lead', ['MODERATOR']);
    admin = await makeAccount(baseUrl, 'Ash Booking-Admin', ['ADMIN']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('waits for the manager’s approval from the emailed link, then a lead cancels the session for everyone', async () => {
    const title = `Spotting labour exploitation ${Date.now()}`;
    const sessionId = await makeApprovalSession(lead, title);
    const managerEmail = `manager.${Date.now()}@fenmouth-council.example`;

    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, learner);
    await page.goto(`/courses/sessions/${sessionId}`);
    await expect.poll(() => page.getByText(/count once the applicant’s line manager approves them/).count()).toBe(1);
    await page.getByLabel('Which locality do you work in?').fill('Fenmouth');
    await page.getByLabel('Your line manager’s name').fill('Morgan Manager');
    await page.getByLabel('Your line manager’s email address').fill(managerEmail);
    await page.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Waiting for manager' }).count()).toBe(1);
    await expect.poll(() => page.getByText(/We have emailed them a link/).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'booking-awaiting-manager');

    // The manager's email, as an admin reads it in the outbox.
    const reader = await apiAs(admin);
    let link = '';
    try {
      const { outboxMessages } = await reader.call<{
        outboxMessages: { edges: { node: { to: string; text: string } }[] };
      }>('{ outboxMessages(first: 50) { edges { node { to text } } } }');
      const text = outboxMessages.edges.find((e) => e.node.to === managerEmail)?.node.text ?? '';
      link = /https?:\/\/\S+\/courses\/approval\?token=[A-Za-z0-9_-]+/.exec(text)?.[0] ?? '';
    } finally {
      await reader.api.dispose();
    }
    expect(link).not.toBe('');
    const path = new URL(link).pathname + new URL(link).search;

    const manager = await newPage(browser, baseUrl);
    await manager.page.goto(path);
    await expect
      .poll(() => manager.page.getByRole('heading', { level: 1, name: 'Approve a course application' }).count())
      .toBe(1);
    await expect.poll(() => manager.page.getByText(title).count()).toBe(1);
    await expectAccessible(manager.page);
    await snap(manager.page, 'booking-manager-approval');
    await manager.page.getByRole('button', { name: 'Send my decision' }).click();
    await expect
      .poll(() => manager.page.getByRole('link', { name: 'Select whether you approve the application' }).count())
      .toBe(1);
    await expectAccessible(manager.page);
    await manager.page.getByLabel('Yes, approve it').check();
    await manager.page.getByRole('button', { name: 'Send my decision' }).click();
    await expect.poll(() => manager.page.getByRole('heading', { name: 'Application approved' }).count()).toBe(1);
    await expectAccessible(manager.page);
    await manager.page.goto(path);
    await expect
      .poll(() => manager.page.getByRole('heading', { level: 1, name: 'Approval link not working' }).count())
      .toBe(1);
    await expectAccessible(manager.page);
    await manager.context.close();

    await page.reload();
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Applied' }).count()).toBe(1);

    const leadPage = await newPage(browser, baseUrl);
    await signIn(leadPage.page, lead);
    await leadPage.page.goto(`/courses/sessions/${sessionId}/manage`);
    await leadPage.page.getByRole('button', { name: 'Cancel session' }).click();
    await expect.poll(() => leadPage.page.getByRole('button', { name: 'Yes, cancel the session' }).count()).toBe(1);
    await expectAccessible(leadPage.page);
    await snap(leadPage.page, 'booking-cancel-session');
    await leadPage.page.getByRole('button', { name: 'Yes, cancel the session' }).click();
    await expect.poll(() => leadPage.page.getByText('This session was cancelled').count()).toBe(1);
    await expectAccessible(leadPage.page);
    await leadPage.context.close();

    await page.reload();
    await expect.poll(() => page.getByText(/This session has been cancelled by the organisers/).count()).toBe(1);
    await expect.poll(() => page.locator('.govuk-tag', { hasText: 'Cancelled' }).count()).toBe(1);
    await context.close();
  });
});
