import { LIMITS } from '@common-ground/shared';
import { createTestApp, type TestApp } from '../../../test/app';
import { makeOrganisation, makePerson, signIn, TEST_PASSWORD, uniqueId } from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';

const STRONG = 'kettle orbit marmalade';

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) { email verificationRequired viewer { id roles email organisation { id } } }
}`;
const SIGN_IN = 'mutation($input: SignInInput!) { signIn(input: $input) { id email } }';
const VIEWER = 'query { viewer { id email roles } }';
const VERIFY = 'mutation($input: TokenInput!) { verifyEmail(input: $input) { id emailVerified email } }';

interface SignUpData {
  signUp: {
    email: string;
    verificationRequired: boolean;
    viewer: { id: string; roles: string[]; email: string | null; organisation: { id: string } } | null;
  };
}

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const fields = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields ?? {};

describe('identity', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Behind a trusted proxy the client's address comes from X-Forwarded-For, so each test
    // that fails sign-ins does so from an address of its own (see signInFrom).
    t = await createTestApp({ TRUST_PROXY: 'true' });
  });
  afterAll(async () => {
    await t?.close();
  });

  /** The newest email sent to an address. */
  const lastEmail = async (to: string): Promise<{ subject: string; text: string } | undefined> => {
    const rows: { subject: string; text: string }[] = await t.db.query(
      'select subject, text from outbox_message where "to" = $1 order by created_at desc limit 1',
      [to],
    );
    return rows[0];
  };
  const emailCount = async (to: string): Promise<number> => {
    const rows: { n: number }[] = await t.db.query('select count(*)::int as n from outbox_message where "to" = $1', [
      to,
    ]);
    return rows[0].n;
  };
  const tokenIn = (text: string | undefined, path: string): string => {
    const match = new RegExp(`${path}([A-Za-z0-9_-]{20,})`).exec(text ?? '');
    if (!match) throw new Error(`no ${path} link in: ${text}`);
    return match[1];
  };
  const signUpInput = (email: string, extra: Record<string, unknown> = {}) => ({
    name: 'Sam Jones',
    email,
    password: STRONG,
    jobTitle: 'Housing officer',
    workforceGroup: 'GENERAL_CONTACT',
    preferredLanguage: 'en',
    ...extra,
  });
  const admin = async (): Promise<{ client: GraphqlClient; id: string; email: string }> => {
    const person = await makePerson(t.db, { roles: ['LEARNER', 'ADMIN'] });
    const client = t.client();
    await signIn(client, person.email);
    return { client, id: person.id, email: person.email };
  };
  /**
   * An address no other test signs in from. Failed sign-ins are counted per address as
   * well as per account; a test's failures must never count against another test.
   */
  let addresses = 0;
  const ownAddress = () => {
    addresses += 1;
    return `10.0.${Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
  };
  /** One sign-in attempt arriving (through the trusted proxy) from `address`. */
  const signInFrom = (address: string, email: string, password: string, client = t.client()) =>
    client.raw<{ signIn: { id: string; email: string } }>(
      JSON.stringify({ query: SIGN_IN, variables: { input: { email, password } } }),
      { 'x-forwarded-for': address },
    );
  const personCount = async (email: string): Promise<number> => {
    const rows: { n: number }[] = await t.db.query('select count(*)::int as n from person where email = $1', [email]);
    return rows[0].n;
  };

  describe('sign-up', () => {
    it('creates an unconfirmed learner in the organisation owning the email domain, and emails a link', async () => {
      const org = await makeOrganisation(t.db);
      const domain = org.emailDomains[0];
      const res = await t
        .client()
        .ok<SignUpData>(SIGN_UP, { input: signUpInput(`  Sam.Jones@${domain.toUpperCase()} `) });
      const email = `sam.jones@${domain}`;
      expect(res.signUp).toEqual({ email, verificationRequired: true, viewer: null });
      const [row] = await t.db.query(
        'select roles, email_verified_at, organisation_id, password_hash from person where email = $1',
        [email],
      );
      expect(row.roles).toEqual(['LEARNER']);
      expect(row.email_verified_at).toBeNull();
      expect(row.organisation_id).toBe(org.id);
      expect(row.password_hash).toMatch(/^\$argon2id\$/);
      const mail = await lastEmail(email);
      expect(mail?.text).toContain(`${t.config.publicUrl}/verify-email?token=`);
      expect(mail?.text).toMatch(/48 hours/);
    });

    it('refuses an email domain no organisation uses, saving nothing', async () => {
      const res = await t.client().request(SIGN_UP, { input: signUpInput('someone@nowhere-in-partnership.example') });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(fields(res).email).toBe(
        "No organisation in the partnership uses the email address ending @nowhere-in-partnership.example. Ask your organisation's administrator for an invitation.",
      );
      expect(await personCount('someone@nowhere-in-partnership.example')).toBe(0);
    });

    it('refuses an email address that already has an account, whatever its case', async () => {
      const org = await makeOrganisation(t.db);
      const existing = await makePerson(t.db, { organisationId: org.id, email: `taken@${org.emailDomains[0]}` });
      const res = await t.client().request(SIGN_UP, { input: signUpInput(existing.email.toUpperCase()) });
      expect(code(res)).toBe('CONFLICT');
      expect(res.errors?.[0]?.message).toBe(
        'An account with this email address already exists. Sign in or reset your password.',
      );
      expect(await personCount(existing.email)).toBe(1);
    });

    it('says why a password is too weak', async () => {
      const org = await makeOrganisation(t.db);
      const email = `weak@${org.emailDomains[0]}`;
      const short = await t.client().request(SIGN_UP, { input: signUpInput(email, { password: 'short' }) });
      expect(code(short)).toBe('BAD_USER_INPUT');
      expect(fields(short).password).toBe('Your password must be at least 12 characters long');
      const ownEmail = await t.client().request(SIGN_UP, { input: signUpInput(email, { password: email }) });
      expect(fields(ownEmail).password).toBe('Your password must not be your email address');
      expect(await personCount(email)).toBe(0);
    });

    it('refuses oversized and malformed fields, naming each', async () => {
      const org = await makeOrganisation(t.db);
      const res = await t.client().request(SIGN_UP, {
        input: signUpInput(`long@${org.emailDomains[0]}`, {
          name: 'x'.repeat(121),
          jobTitle: 'y'.repeat(121),
          preferredLanguage: 'xx',
        }),
      });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fields(res)).sort()).toEqual(['jobTitle', 'name', 'preferredLanguage']);
      const badEmail = await t.client().request(SIGN_UP, { input: signUpInput('not-an-email') });
      expect(fields(badEmail).email).toMatch(/correct format/);
      const tooLong = await t
        .client()
        .request(SIGN_UP, { input: signUpInput(`${'a'.repeat(250)}@${org.emailDomains[0]}`) });
      expect(code(tooLong)).toBe('BAD_USER_INPUT');
    });

    it('signs an invited person straight in with the invitation’s organisation and roles, once', async () => {
      const { client: adminClient } = await admin();
      const org = await makeOrganisation(t.db, { emailDomains: [] });
      const email = 'invited.person@anywhere.example';
      const created = await adminClient.ok<{
        createInvitation: { id: string; link: string; status: string; roles: string[] };
      }>(
        `mutation($input: CreateInvitationInput!) {
          createInvitation(input: $input) { id link status roles organisation { id } invitedBy { id } }
        }`,
        { input: { email: ' Invited.Person@Anywhere.example', organisationId: org.id, roles: ['EDITOR'] } },
      );
      expect(created.createInvitation.status).toBe('PENDING');
      expect(created.createInvitation.roles).toEqual(['LEARNER', 'EDITOR']);
      const token = tokenIn(created.createInvitation.link, '/invitations/');
      expect(created.createInvitation.link).toBe(`${t.config.publicUrl}/invitations/${token}`);
      expect((await lastEmail(email))?.text).toContain(created.createInvitation.link);

      const listed = await adminClient.ok<{ invitations: { edges: { node: { id: string; link: string | null } }[] } }>(
        'query { invitations(first: 5) { edges { node { id link } } } }',
      );
      expect(listed.invitations.edges.find((e) => e.node.id === created.createInvitation.id)?.node.link).toBeNull();

      const visitor = t.client();
      const preview = await visitor.ok<{ invitation: { email: string; organisationName: string } | null }>(
        'query($token: String!) { invitation(token: $token) { email organisationName expiresAt } }',
        { token },
      );
      expect(preview.invitation).toMatchObject({ email, organisationName: org.name });

      const wrongEmail = await visitor.request(SIGN_UP, {
        input: signUpInput('other@anywhere.example', { invitationToken: token }),
      });
      expect(fields(wrongEmail).email).toBe(`This invitation was sent to ${email}. Sign up with that email address.`);

      const res = await visitor.ok<SignUpData>(SIGN_UP, { input: signUpInput(email, { invitationToken: token }) });
      expect(res.signUp.verificationRequired).toBe(false);
      expect(res.signUp.viewer).toMatchObject({ roles: ['LEARNER', 'EDITOR'], email, organisation: { id: org.id } });
      const viewer = await visitor.ok<{ viewer: { id: string } | null }>(VIEWER);
      expect(viewer.viewer?.id).toBe(res.signUp.viewer?.id);

      const again = await t.client().request(SIGN_UP, { input: signUpInput(email, { invitationToken: token }) });
      expect(fields(again).invitationToken).toMatch(/already been used/);
      const gone = await visitor.ok<{ invitation: unknown }>(
        'query($token: String!) { invitation(token: $token) { email } }',
        { token },
      );
      expect(gone.invitation).toBeNull();
    });

    it('refuses revoked and expired invitations, saying what to do', async () => {
      const { client: adminClient } = await admin();
      const org = await makeOrganisation(t.db);
      const invite = async (email: string) =>
        (
          await adminClient.ok<{ createInvitation: { id: string; link: string } }>(
            'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id link } }',
            { input: { email, organisationId: org.id, roles: [] } },
          )
        ).createInvitation;
      const revoked = await invite('revoked@elsewhere.example');
      const revokeRes = await adminClient.ok<{ revokeInvitation: { status: string } }>(
        'mutation($input: IdInput!) { revokeInvitation(input: $input) { status } }',
        { input: { id: revoked.id } },
      );
      expect(revokeRes.revokeInvitation.status).toBe('REVOKED');
      const r1 = await t.client().request(SIGN_UP, {
        input: signUpInput('revoked@elsewhere.example', { invitationToken: tokenIn(revoked.link, '/invitations/') }),
      });
      expect(fields(r1).invitationToken).toMatch(/withdrawn/);

      const expired = await invite('expired@elsewhere.example');
      await t.db.query(`update invitation set expires_at = now() - interval '1 minute' where id = $1`, [expired.id]);
      const r2 = await t.client().request(SIGN_UP, {
        input: signUpInput('expired@elsewhere.example', { invitationToken: tokenIn(expired.link, '/invitations/') }),
      });
      expect(fields(r2).invitationToken).toBe(
        'This invitation has expired. Ask your administrator to send you a new one.',
      );
      expect(await personCount('expired@elsewhere.example')).toBe(0);
    });

    it('refuses to invite an address that already has an account', async () => {
      const { client: adminClient } = await admin();
      const person = await makePerson(t.db);
      const res = await adminClient.request(
        'mutation($input: CreateInvitationInput!) { createInvitation(input: $input) { id } }',
        { input: { email: person.email, organisationId: person.organisationId, roles: [] } },
      );
      expect(code(res)).toBe('CONFLICT');
    });
  });

  describe('email verification', () => {
    const signUpAndGetToken = async () => {
      const org = await makeOrganisation(t.db);
      const email = `verify@${org.emailDomains[0]}`;
      await t.client().ok(SIGN_UP, { input: signUpInput(email) });
      return { email, token: tokenIn((await lastEmail(email))?.text, 'token=') };
    };

    it('confirms the address once and signs the person in', async () => {
      const { email, token } = await signUpAndGetToken();
      const client = t.client();
      const res = await client.ok<{ verifyEmail: { emailVerified: boolean; email: string } }>(VERIFY, {
        input: { token },
      });
      expect(res.verifyEmail).toMatchObject({ emailVerified: true, email });
      expect((await client.ok<{ viewer: { email: string } | null }>(VIEWER)).viewer?.email).toBe(email);

      const reused = await t.client().request(VERIFY, { input: { token } });
      expect(code(reused)).toBe('BAD_USER_INPUT');
      expect(fields(reused).token).toMatch(/already been used/);
    });

    it('refuses an expired or unknown link', async () => {
      const { email, token } = await signUpAndGetToken();
      // Only this test's own link expires: other tests' links are left alone.
      await t.db.query(
        `update auth_token set expires_at = now() - interval '1 second'
         where purpose = 'VERIFY_EMAIL' and person_id = (select id from person where email = $1)`,
        [email],
      );
      const expired = await t.client().request(VERIFY, { input: { token } });
      expect(fields(expired).token).toBe('This link has expired. Ask for a new one.');
      const unknown = await t.client().request(VERIFY, { input: { token: 'x'.repeat(43) } });
      expect(code(unknown)).toBe('BAD_USER_INPUT');
    });

    it('resends a link only to an unconfirmed account, and always answers true', async () => {
      const { email } = await signUpAndGetToken();
      const before = await emailCount(email);
      const resend = 'mutation($input: EmailInput!) { resendVerificationEmail(input: $input) }';
      expect(await t.client().ok(resend, { input: { email } })).toEqual({ resendVerificationEmail: true });
      expect(await emailCount(email)).toBe(before + 1);
      expect(await t.client().ok(resend, { input: { email: 'nobody@nowhere.example' } })).toEqual({
        resendVerificationEmail: true,
      });
      expect(await emailCount('nobody@nowhere.example')).toBe(0);
    });
  });

  describe('sign-in', () => {
    /** Moves a test's own failed attempts out of the throttling window, instead of waiting for it to pass. */
    const ageAttempts = async (column: 'email' | 'ip', value: string) => {
      const minutes = LIMITS.signInWindowMinutes + 1;
      await t.db.query(
        `update sign_in_attempt set created_at = now() - make_interval(mins => $2) where ${column} = $1`,
        [value, minutes],
      );
    };

    it('signs in with the right password and never says which part was wrong', async () => {
      const person = await makePerson(t.db);
      const client = t.client();
      const res = await client.ok<{ signIn: { id: string; email: string } }>(SIGN_IN, {
        input: { email: ` ${person.email.toUpperCase()}`, password: TEST_PASSWORD },
      });
      expect(res.signIn).toEqual({ id: person.id, email: person.email });
      expect(client.sessionCookie).toMatch(/^cg\.sid=/);

      const address = ownAddress();
      const wrong = await signInFrom(address, person.email, 'not the password');
      const unknown = await signInFrom(address, 'who@nowhere.example', TEST_PASSWORD);
      for (const r of [wrong, unknown]) {
        expect(code(r)).toBe('UNAUTHENTICATED');
        expect(r.errors?.[0]?.message).toBe('The email address or password is not right.');
      }
    });

    it('asks an unconfirmed person to confirm first and sends a new link', async () => {
      const person = await makePerson(t.db, { emailVerifiedAt: null });
      const res = await signInFrom(ownAddress(), person.email, TEST_PASSWORD);
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('Confirm your email address first: we have sent you a new link.');
      expect((await lastEmail(person.email))?.text).toContain('/verify-email?token=');
    });

    it('refuses a deactivated account, saying so', async () => {
      const person = await makePerson(t.db);
      await t.db.query('update person set deactivated_at = now() where id = $1', [person.id]);
      const res = await signInFrom(ownAddress(), person.email, TEST_PASSWORD);
      expect(code(res)).toBe('FORBIDDEN');
      expect(res.errors?.[0]?.message).toBe('Your account has been deactivated. Contact your administrator.');
    });

    it('locks an account out after 10 failures, before checking the password', async () => {
      const person = await makePerson(t.db);
      const address = ownAddress();
      for (let i = 0; i < LIMITS.signInFailuresPerAccount; i += 1) {
        const r = await signInFrom(address, person.email, `wrong password ${i}`);
        expect(code(r)).toBe('UNAUTHENTICATED');
      }
      const locked = await signInFrom(address, person.email, TEST_PASSWORD);
      expect(code(locked)).toBe('RATE_LIMITED');
      expect(locked.errors?.[0]?.message).toMatch(
        /^Too many failed attempts\. Try again after \d{1,2}:\d{2}(am|pm)( tomorrow)?\.$/,
      );
      const [{ n }] = await t.db.query('select count(*)::int as n from sign_in_attempt where email = $1', [
        person.email,
      ]);
      expect(n).toBe(LIMITS.signInFailuresPerAccount);
      // Other accounts from the same address are not locked by one account's failures.
      const other = await makePerson(t.db);
      expect((await signInFrom(address, other.email, TEST_PASSWORD)).data?.signIn.id).toBe(other.id);
      // Once the failures age out of the window, the right password works again.
      await ageAttempts('email', person.email);
      expect((await signInFrom(address, person.email, TEST_PASSWORD)).data?.signIn.id).toBe(person.id);
    });

    it('locks an address out after too many failures across accounts, leaving other addresses alone', async () => {
      const person = await makePerson(t.db);
      const address = ownAddress();
      // The failures are this test's own rows, written directly: the rule reads only their
      // address, outcome and time, and fifty slow password checks would prove nothing more.
      await t.db.query(
        `insert into sign_in_attempt (email, ip, succeeded)
         select 'guess-' || n || '@nowhere.example', $1, false from generate_series(1, $2) as n`,
        [address, LIMITS.signInFailuresPerAddress],
      );
      const locked = await signInFrom(address, person.email, TEST_PASSWORD);
      expect(code(locked)).toBe('RATE_LIMITED');
      expect((await signInFrom(ownAddress(), person.email, TEST_PASSWORD)).data?.signIn.id).toBe(person.id);
      await ageAttempts('ip', address);
      expect((await signInFrom(address, person.email, TEST_PASSWORD)).data?.signIn.id).toBe(person.id);
    });
  });

  describe('sessions', () => {
    it('signs out of this browser', async () => {
      const person = await makePerson(t.db);
      const client = t.client();
      await signIn(client, person.email);
      expect(await client.ok('mutation { signOut }')).toEqual({ signOut: true });
      expect((await client.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
    });

    it('signs out everywhere, ending the person’s other sessions', async () => {
      const person = await makePerson(t.db);
      const laptop = t.client();
      const phone = t.client();
      await signIn(laptop, person.email);
      await signIn(phone, person.email);
      const bystander = await makePerson(t.db);
      const other = t.client();
      await signIn(other, bystander.email);
      expect(await phone.ok('mutation { signOutEverywhere }')).toEqual({ signOutEverywhere: true });
      expect((await laptop.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
      expect((await phone.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
      expect((await other.ok<{ viewer: { id: string } }>(VIEWER)).viewer?.id).toBe(bystander.id);
    });

    it('refuses signOut to a signed-out visitor', async () => {
      expect(code(await t.client().request('mutation { signOut }'))).toBe('UNAUTHENTICATED');
    });
  });

  describe('password reset', () => {
    const REQUEST = 'mutation($input: EmailInput!) { requestPasswordReset(input: $input) }';
    const RESET = 'mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }';

    it('emails a link only for an account, resets once, and ends every session', async () => {
      const person = await makePerson(t.db);
      const session = t.client();
      await signIn(session, person.email);

      expect(await t.client().ok(REQUEST, { input: { email: 'ghost@nowhere.example' } })).toEqual({
        requestPasswordReset: true,
      });
      expect(await emailCount('ghost@nowhere.example')).toBe(0);
      expect(await t.client().ok(REQUEST, { input: { email: person.email.toUpperCase() } })).toEqual({
        requestPasswordReset: true,
      });
      const mail = await lastEmail(person.email);
      expect(mail?.text).toContain(`${t.config.publicUrl}/reset-password?token=`);
      expect(mail?.text).toMatch(/60 minutes/);
      const token = tokenIn(mail?.text, 'token=');

      const weak = await t.client().request(RESET, { input: { token, password: 'aaaaaaaaaaaaaaaa' } });
      expect(fields(weak).password).toBe('Your password must not be one character repeated');

      expect(await t.client().ok(RESET, { input: { token, password: 'a brand new passphrase' } })).toEqual({
        resetPassword: true,
      });
      expect((await session.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
      await signIn(t.client(), person.email, 'a brand new passphrase');
      const oldPassword = await signInFrom(ownAddress(), person.email, TEST_PASSWORD);
      expect(code(oldPassword)).toBe('UNAUTHENTICATED');

      const reused = await t.client().request(RESET, { input: { token, password: 'another new passphrase' } });
      expect(fields(reused).token).toMatch(/already been used/);
    });

    it('refuses an expired link', async () => {
      const person = await makePerson(t.db);
      await t.client().ok(REQUEST, { input: { email: person.email } });
      const token = tokenIn((await lastEmail(person.email))?.text, 'token=');
      await t.db.query(`update auth_token set expires_at = now() - interval '1 second' where person_id = $1`, [
        person.id,
      ]);
      const res = await t.client().request(RESET, { input: { token, password: 'a brand new passphrase' } });
      expect(code(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toBe('This link has expired. Ask for a new one.');
    });

    it('changes a password when signed in, proving the current one', async () => {
      const person = await makePerson(t.db);
      const client = t.client();
      await signIn(client, person.email);
      const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) }';
      const wrong = await client.request(CHANGE, {
        input: { currentPassword: 'not it at all', newPassword: 'a brand new passphrase' },
      });
      expect(fields(wrong).currentPassword).toBe('Your current password is not right.');
      expect(
        await client.ok(CHANGE, { input: { currentPassword: TEST_PASSWORD, newPassword: 'a brand new passphrase' } }),
      ).toEqual({
        changePassword: true,
      });
      expect((await client.ok<{ viewer: { id: string } }>(VIEWER)).viewer?.id).toBe(person.id);
    });
  });

  describe('roles and accounts', () => {
    const SET_ROLES = 'mutation($input: SetPersonRolesInput!) { setPersonRoles(input: $input) { id roles } }';

    it('lets an admin grant a role, keeping LEARNER', async () => {
      const { client } = await admin();
      const person = await makePerson(t.db);
      const res = await client.ok<{ setPersonRoles: { roles: string[] } }>(SET_ROLES, {
        input: { personId: person.id, roles: ['EDITOR', 'EDITOR'] },
      });
      expect(res.setPersonRoles.roles).toEqual(['LEARNER', 'EDITOR']);
    });

    it('refuses role changes to learners and to signed-out visitors', async () => {
      const learner = await makePerson(t.db);
      const client = t.client();
      await signIn(client, learner.email);
      const input = { personId: learner.id, roles: ['ADMIN'] };
      expect(code(await client.request(SET_ROLES, { input }))).toBe('FORBIDDEN');
      expect(code(await t.client().request(SET_ROLES, { input }))).toBe('UNAUTHENTICATED');
      const [row] = await t.db.query('select roles from person where id = $1', [learner.id]);
      expect(row.roles).toEqual(['LEARNER']);
    });

    it('stops an admin removing their own admin role or deactivating themself', async () => {
      const { client, id } = await admin();
      const res = await client.request(SET_ROLES, { input: { personId: id, roles: ['LEARNER'] } });
      expect(code(res)).toBe('CONFLICT');
      const self = await client.request('mutation($input: PersonIdInput!) { deactivatePerson(input: $input) { id } }', {
        input: { personId: id },
      });
      expect(code(self)).toBe('FORBIDDEN');
    });

    it('deactivates a person, ending their sessions, and reactivates them', async () => {
      const { client } = await admin();
      const person = await makePerson(t.db);
      const theirs = t.client();
      await signIn(theirs, person.email);
      const res = await client.ok<{ deactivatePerson: { active: boolean; viewerCan: { deactivate: boolean } } }>(
        'mutation($input: PersonIdInput!) { deactivatePerson(input: $input) { active viewerCan { deactivate } } }',
        { input: { personId: person.id } },
      );
      expect(res.deactivatePerson).toEqual({ active: false, viewerCan: { deactivate: true } });
      expect((await theirs.ok<{ viewer: unknown }>(VIEWER)).viewer).toBeNull();
      const back = await client.ok<{ reactivatePerson: { active: boolean } }>(
        'mutation($input: PersonIdInput!) { reactivatePerson(input: $input) { active } }',
        { input: { personId: person.id } },
      );
      expect(back.reactivatePerson.active).toBe(true);
      await signIn(t.client(), person.email);
    });

    it('answers NOT_FOUND for unknown or malformed ids', async () => {
      const { client } = await admin();
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        expect(code(await client.request('query($id: ID!) { person(id: $id) { id } }', { id }))).toBe('NOT_FOUND');
        expect(code(await client.request('query($id: ID!) { organisation(id: $id) { id } }', { id }))).toBe(
          'NOT_FOUND',
        );
        expect(code(await client.request(SET_ROLES, { input: { personId: id, roles: [] } }))).toBe('NOT_FOUND');
      }
    });
  });

  describe('profiles and email visibility', () => {
    const PERSON =
      'query($id: ID!) { person(id: $id) { id email lineManagerEmail lineManager { id } viewerCan { editProfile } } }';
    const UPDATE = `mutation($input: UpdateProfileInput!) {
      updateProfile(input: $input) { name lineManagerEmail lineManager { id name } }
    }`;
    const profile = (extra: Record<string, unknown> = {}) => ({
      name: '  Alex Smith ',
      jobTitle: 'Support worker',
      workforceGroup: 'SPECIFIC_CONTACT',
      preferredLanguage: 'pl',
      ...extra,
    });

    it('links a line manager with an account, and shows the account and its email only to self and admins', async () => {
      const org = await makeOrganisation(t.db);
      const manager = await makePerson(t.db, { organisationId: org.id });
      const person = await makePerson(t.db, { organisationId: org.id });
      const colleague = await makePerson(t.db, { organisationId: org.id });
      const self = t.client();
      await signIn(self, person.email);

      const own = await self.request(UPDATE, { input: profile({ lineManagerEmail: person.email }) });
      expect(fields(own).lineManagerEmail).toBe("Enter your line manager's email address, not your own.");

      const updated = await self.ok<{ updateProfile: { name: string; lineManager: { id: string } | null } }>(UPDATE, {
        input: profile({ lineManagerEmail: ` ${manager.email.toUpperCase()} ` }),
      });
      expect(updated.updateProfile).toMatchObject({
        name: 'Alex Smith',
        lineManagerEmail: manager.email,
        lineManager: { id: manager.id },
      });

      const seenBy = (client: GraphqlClient) =>
        client.request<{ person: { email: string | null; lineManagerEmail: string | null } }>(PERSON, {
          id: person.id,
        });
      expect((await seenBy(self)).data?.person.email).toBe(person.email);
      const { client: adminClient } = await admin();
      expect((await seenBy(adminClient)).data?.person).toMatchObject({
        email: person.email,
        lineManagerEmail: manager.email,
      });
      // To anyone else, their line manager included, the account does not exist.
      for (const other of [manager, colleague]) {
        const client = t.client();
        await signIn(client, other.email);
        expect(code(await seenBy(client))).toBe('NOT_FOUND');
      }

      const unlinked = await self.ok<{ updateProfile: { lineManagerEmail: string; lineManager: unknown } }>(UPDATE, {
        input: profile({ lineManagerEmail: 'manager-without-account@elsewhere.example' }),
      });
      expect(unlinked.updateProfile).toMatchObject({
        lineManagerEmail: 'manager-without-account@elsewhere.example',
        lineManager: null,
      });
    });
  });

  describe('organisations', () => {
    const CREATE = `mutation($input: CreateOrganisationInput!) {
      createOrganisation(input: $input) { id name sector emailDomains peopleCount }
    }`;
    const UPDATE =
      'mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name emailDomains } }';
    const details = (name: string, emailDomains: string[]) => ({
      name,
      sector: 'VOLUNTARY_AND_COMMUNITY',
      fundsPartnership: false,
      saferProgrammeMember: true,
      emailDomains,
    });

    it('creates and updates organisations with unique names and domains', async () => {
      const { client } = await admin();
      const suffix = uniqueId();
      const created = await client.ok<{
        createOrganisation: { id: string; emailDomains: string[]; peopleCount: number };
      }>(CREATE, {
        input: details(`Riverside Food Bank ${suffix}`, [` @Riverside-${suffix}.ORG.uk `]),
      });
      expect(created.createOrganisation).toMatchObject({
        emailDomains: [`riverside-${suffix}.org.uk`],
        peopleCount: 0,
      });

      const clash = await client.request(CREATE, {
        input: details(`Another Group ${suffix}`, [`riverside-${suffix}.org.uk`]),
      });
      expect(code(clash)).toBe('CONFLICT');
      expect(clash.errors?.[0]?.message).toContain(`Riverside Food Bank ${suffix}`);

      const sameName = await client.request(CREATE, { input: details(`riverside food bank ${suffix}`, []) });
      expect(code(sameName)).toBe('CONFLICT');

      const badDomain = await client.request(CREATE, { input: details(`Bad Domains ${suffix}`, ['not a domain']) });
      expect(code(badDomain)).toBe('BAD_USER_INPUT');
      expect(fields(badDomain).emailDomains).toMatch(/like example\.org/);

      const other = await client.ok<{ createOrganisation: { id: string } }>(CREATE, {
        input: details(`Other ${suffix}`, []),
      });
      const stolen = await client.request(UPDATE, {
        input: { id: other.createOrganisation.id, ...details(`Other ${suffix}`, [`riverside-${suffix}.org.uk`]) },
      });
      expect(code(stolen)).toBe('CONFLICT');
      const renamed = await client.ok<{ updateOrganisation: { name: string; emailDomains: string[] } }>(UPDATE, {
        input: {
          id: created.createOrganisation.id,
          ...details(`Riverside Food Bank CIO ${suffix}`, [`riverside-${suffix}.org.uk`, `rfb-${suffix}.org`]),
        },
      });
      expect(renamed.updateOrganisation).toEqual({
        id: created.createOrganisation.id,
        name: `Riverside Food Bank CIO ${suffix}`,
        emailDomains: [`riverside-${suffix}.org.uk`, `rfb-${suffix}.org`],
      });
      const missing = await client.request(UPDATE, { input: { id: 'nope', ...details(`Missing ${suffix}`, []) } });
      expect(code(missing)).toBe('NOT_FOUND');
    });

    it('refuses organisation changes to non-admins', async () => {
      const learner = await makePerson(t.db);
      const client = t.client();
      await signIn(client, learner.email);
      expect(code(await client.request(CREATE, { input: details('Nope', []) }))).toBe('FORBIDDEN');
    });

    it('lists organisations by name with people counts in a bounded number of statements', async () => {
      const learner = await makePerson(t.db);
      const client = t.client();
      await signIn(client, learner.email);
      const tag = `Paging ${uniqueId()}`;
      for (const letter of ['C', 'A', 'B']) {
        const org = await makeOrganisation(t.db, { name: `${tag} ${letter}` });
        await makePerson(t.db, { organisationId: org.id });
      }
      const LIST =
        'query($first: Int, $after: String, $search: String) { organisations(first: $first, after: $after, search: $search) { totalCount edges { node { name peopleCount } } pageInfo { hasNextPage endCursor } } }';
      type List = {
        organisations: {
          totalCount: number;
          edges: { node: { name: string; peopleCount: number } }[];
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
      const first = await client.ok<List>(LIST, { first: 2, search: tag });
      expect(first.organisations.totalCount).toBe(3);
      expect(first.organisations.edges.map((e) => e.node)).toEqual([
        { name: `${tag} A`, peopleCount: 1 },
        { name: `${tag} B`, peopleCount: 1 },
      ]);
      const second = await client.ok<List>(LIST, {
        first: 2,
        search: tag,
        after: first.organisations.pageInfo.endCursor,
      });
      expect(second.organisations.edges.map((e) => e.node.name)).toEqual([`${tag} C`]);
      expect(second.organisations.pageInfo.hasNextPage).toBe(false);

      // Measured over this test's own organisations, so other tests' rows change nothing.
      const small = await t.queries.measure(() => client.ok(LIST, { first: 1, search: tag }));
      const large = await t.queries.measure(() => client.ok(LIST, { first: 3, search: tag }));
      expect(large).toBe(small);
    });
  });

  describe('people directory', () => {
    const PEOPLE = `query($first: Int, $after: String, $search: String, $organisationId: ID, $role: Role, $includeDeactivated: Boolean) {
      people(first: $first, after: $after, search: $search, organisationId: $organisationId, role: $role, includeDeactivated: $includeDeactivated) {
        totalCount
        edges { node { name email organisation { id } lineManager { id } } }
        pageInfo { hasNextPage endCursor }
      }
    }`;
    type People = {
      people: {
        totalCount: number;
        edges: {
          node: {
            name: string;
            email: string | null;
            organisation: { id: string };
            lineManager: { id: string } | null;
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };

    it('searches by name or email, escapes wildcards, filters and pages by name', async () => {
      const { client } = await admin();
      const org = await makeOrganisation(t.db);
      const boss = await makePerson(t.db, { organisationId: org.id, name: 'Zed Boss' });
      for (const name of ['Dana Evans', 'Bea Cole', 'Ann Able', 'Cal 100% Dunn']) {
        await makePerson(t.db, { organisationId: org.id, name, lineManagerId: boss.id });
      }
      await makePerson(t.db, { organisationId: org.id, name: 'Eve Gone', roles: ['LEARNER', 'MODERATOR'] }).then((p) =>
        t.db.query('update person set deactivated_at = now() where id = $1', [p.id]),
      );

      const names: string[] = [];
      let after: string | null = null;
      do {
        const page: People = await client.ok<People>(PEOPLE, { first: 2, after, organisationId: org.id });
        expect(page.people.totalCount).toBe(5);
        names.push(...page.people.edges.map((e) => e.node.name));
        after = page.people.pageInfo.hasNextPage ? page.people.pageInfo.endCursor : null;
      } while (after);
      expect(names).toEqual(['Ann Able', 'Bea Cole', 'Cal 100% Dunn', 'Dana Evans', 'Zed Boss']);

      const withGone = await client.ok<People>(PEOPLE, { organisationId: org.id, includeDeactivated: true });
      expect(withGone.people.totalCount).toBe(6);
      const moderators = await client.ok<People>(PEOPLE, {
        organisationId: org.id,
        role: 'MODERATOR',
        includeDeactivated: true,
      });
      expect(moderators.people.edges.map((e) => e.node.name)).toEqual(['Eve Gone']);

      const percent = await client.ok<People>(PEOPLE, { search: '0%', organisationId: org.id });
      expect(percent.people.edges.map((e) => e.node.name)).toEqual(['Cal 100% Dunn']);
      const underscore = await client.ok<People>(PEOPLE, { search: 'a_n', organisationId: org.id });
      expect(underscore.people.totalCount).toBe(0);
      const byEmail = await client.ok<People>(PEOPLE, { search: boss.email.toUpperCase() });
      expect(byEmail.people.edges.map((e) => e.node.email)).toEqual([boss.email]);

      const unknownOrg = await client.ok<People>(PEOPLE, { organisationId: 'not-a-uuid' });
      expect(unknownOrg.people.totalCount).toBe(0);
      const badCursor = await client.request(PEOPLE, { after: 'garbage' });
      expect(code(badCursor)).toBe('BAD_USER_INPUT');
      const tooMany = await client.request(PEOPLE, { first: 101 });
      expect(code(tooMany)).toBe('BAD_USER_INPUT');
    });

    it('costs the same number of statements whatever the page size', async () => {
      const { client } = await admin();
      const org = await makeOrganisation(t.db);
      // Named so that both pages start with someone who has a line manager: each page then
      // needs every loader, and only the page size differs.
      const boss = await makePerson(t.db, { organisationId: org.id, name: 'Zoe Boss' });
      for (let i = 0; i < 6; i += 1) {
        await makePerson(t.db, { organisationId: org.id, lineManagerId: boss.id, name: `Alex Report ${i}` });
      }
      // The first request after signing in also refreshes the session; measure after it.
      await client.ok(VIEWER);
      const small = await t.queries.measure(() => client.ok(PEOPLE, { first: 1, organisationId: org.id }));
      const large = await t.queries.measure(() => client.ok(PEOPLE, { first: 7, organisationId: org.id }));
      expect(large).toBe(small);
    });

    it('is for admins only', async () => {
      const learner = await makePerson(t.db);
      const client = t.client();
      await signIn(client, learner.email);
      expect(code(await client.request(PEOPLE, {}))).toBe('FORBIDDEN');
      expect(code(await t.client().request(PEOPLE, {}))).toBe('UNAUTHENTICATED');
    });
  });
});
