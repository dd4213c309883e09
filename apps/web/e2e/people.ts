import { randomBytes } from 'node:crypto';
import type { RoleName } from '@common-ground/shared';
import { type APIRequestContext, type Page, request } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The demo admin, shared by every browser test file. Files only use it to invite the
 * accounts they need; nothing a file does changes a demo account, so no file depends on
 * what another did before it.
 */
const DEMO_ADMIN = { email: 'admin@fenmouth-council.example', password: 'Fenmouth-demo-2026' };

/** The demo partnership's council: its domain is the one new accounts are given. */
const DEMO_DOMAIN = 'fenmouth-council.example';

/** A person a browser test file made for itself, with the password to sign in as them. */
export interface Account {
  name: string;
  email: string;
  password: string;
}

interface InvitationData {
  createInvitation: { link: string };
}

/** Sends one GraphQL operation from an API context (keeping its cookies); fails loudly on any error. */
async function graphql<T>(api: APIRequestContext, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await api.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T | null; errors?: unknown[] };
  if (!res.ok() || body.errors?.length || !body.data) {
    throw new Error(`GraphQL answered ${res.status()}: ${JSON.stringify(body)}`);
  }
  return body.data;
}

/** The invitation token at the end of an invitation link. */
function tokenOf(link: string): string {
  const token = new URL(link).pathname.split('/').pop();
  if (!token) throw new Error(`no token in ${link}`);
  return token;
}

/**
 * A new account in the demo council, made as a real person gets one: the demo admin
 * invites the address with the roles given (LEARNER always included) and the person
 * accepts by signing up with the invitation, which confirms the address. Each file makes
 * the accounts it changes (password, profile, roles, progress, certificates) this way.
 */
export async function makeAccount(baseURL: string, name: string, roles: RoleName[] = []): Promise<Account> {
  const id = randomBytes(4).toString('hex');
  const account: Account = {
    name,
    email: `${name.toLowerCase().replace(/[^a-z]+/g, '.')}.${id}@${DEMO_DOMAIN}`,
    password: `kettle orbit marmalade ${id}`,
  };
  const admin = await request.newContext({ baseURL });
  let token: string;
  try {
    await graphql(admin, 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: DEMO_ADMIN });
    const { viewer } = await graphql<{ viewer: { organisation: { id: string } } }>(
      admin,
      '{ viewer { organisation { id } } }',
    );
    const invited = await graphql<InvitationData>(
      admin,
      'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { link } }',
      { input: { email: account.email, organisationId: viewer.organisation.id, roles } },
    );
    token = tokenOf(invited.createInvitation.link);
  } finally {
    await admin.dispose();
  }
  const invitee = await request.newContext({ baseURL });
  try {
    await graphql(invitee, 'mutation($input: SignUpInput!) { signUp(input: $input) { email } }', {
      input: {
        name: account.name,
        email: account.email,
        password: account.password,
        jobTitle: 'Customer services adviser',
        workforceGroup: 'GENERAL_CONTACT',
        preferredLanguage: 'en',
        invitationToken: token,
      },
    });
  } finally {
    await invitee.dispose();
  }
  return account;
}

/** Signs in through the sign-in page, as a person would, and waits until the page says so. */
export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect.poll(() => page.getByRole('button', { name: 'Sign out' }).count()).toBe(1);
}
