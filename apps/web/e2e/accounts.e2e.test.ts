import { randomBytes } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectAccessible, launch, newPage, snap } from './browser';
import { type Account, makeAccount, signIn } from './people';

const baseUrl = inject('baseUrl');

/** Reads the newest email to an address from the outbox, as an admin would in the app. */
async function latestEmailTo(admin: Page, to: string): Promise<string> {
  const res = await admin.context().request.post('/graphql', {
    data: { query: '{ outboxMessages(first: 50) { edges { node { to subject text } } } }' },
  });
  const body = (await res.json()) as { data: { outboxMessages: { edges: { node: { to: string; text: string } }[] } } };
  const message = body.data.outboxMessages.edges.find((e) => e.node.to === to);
  if (!message) throw new Error(`no email to ${to}`);
  return message.node.text;
}

describe('accounts', () => {
  let browser: Browser;
  /** This file's own admin: reads the outbox and grants roles. */
  let admin: Account;
  beforeAll(async () => {
    browser = await launch();
    admin = await makeAccount(baseUrl, 'Avery Accounts-Admin', ['ADMIN']);
  });
  afterAll(async () => {
    await browser.close();
  });

  it('lets a member of staff sign up, confirm their email, sign in and out, but not reach admin pages', async () => {
    const email = `casey.morgan.${randomBytes(4).toString('hex')}@fenmouth-council.example`;
    const password = 'a-long-and-memorable-passphrase';
    const { context, page } = await newPage(browser, baseUrl);
    const { context: adminContext, page: adminPage } = await newPage(browser, baseUrl);

    await page.goto('/');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Common Ground');
    await expectAccessible(page);
    await snap(page, 'home');

    await page.getByRole('link', { name: 'Create an account' }).first().click();
    await expect.poll(() => page.title()).toMatch(/^Create an account – Common Ground$/);
    await expectAccessible(page);

    // Submitting nothing shows the error summary, focused, in GOV.UK style.
    await page.getByRole('button', { name: /create/i }).click();
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('govuk-error-summary');
    await expectAccessible(page);

    await page.getByLabel('Full name').fill('Casey Morgan');
    await page.getByLabel('Work email address').fill(email);
    await page.getByLabel('Job title').fill('Customer services adviser');
    await page.getByLabel('General contact').check();
    await page.getByLabel('Create a password').fill(password);
    await page.getByRole('button', { name: /create/i }).click();
    await expect.poll(() => page.title()).toBe('Check your email – Common Ground');
    await expectAccessible(page);
    await snap(page, 'check-email');

    await signIn(adminPage, admin);
    const text = await latestEmailTo(adminPage, email);
    const link = /https?:\/\/\S+\/verify-email\?token=\S+/.exec(text)?.[0];
    expect(link).toBeTruthy();

    await page.goto(new URL(link!).pathname + new URL(link!).search);
    await expect.poll(() => page.getByText('Email address confirmed').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await page.goto('/admin');
    await expect.poll(() => page.title()).toBe('You do not have permission to see this page – Common Ground');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect.poll(() => page.title()).toBe('You have signed out – Common Ground');
    await expectAccessible(page);

    await signIn(page, { email, password });
    await page.goto('/profile');
    await expect.poll(() => page.getByText('Casey Morgan').count()).toBeGreaterThan(0);
    await expectAccessible(page);

    await context.close();
    await adminContext.close();
  });

  it('lets an admin grant a role, which the person then holds', async () => {
    const member = await makeAccount(baseUrl, 'Jordan Price');
    const { context, page } = await newPage(browser, baseUrl);
    await signIn(page, admin);

    await page.goto('/admin/people');
    await expect.poll(() => page.title()).toBe('People – Common Ground');
    await expectAccessible(page);
    await page.getByLabel('Name or email address').fill(member.email);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.getByRole('link', { name: member.name }).click();
    await expect.poll(() => page.title()).toBe(`${member.name} – Common Ground`);
    await expectAccessible(page);

    await page.getByLabel('Editor').check();
    await page.getByRole('button', { name: 'Save roles' }).click();
    await expect.poll(() => page.getByText(`${member.name}’s roles have been updated`).count()).toBe(1);
    await expectAccessible(page);
    await snap(page, 'admin-person');

    const { context: personContext, page: person } = await newPage(browser, baseUrl);
    await signIn(person, member);
    const res = await personContext.request.post('/graphql', { data: { query: '{ viewer { roles } }' } });
    expect(await res.json()).toEqual({ data: { viewer: { roles: ['LEARNER', 'EDITOR'] } } });

    await personContext.close();
    await context.close();
  });
});
