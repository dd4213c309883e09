import { createTestApp, type TestApp } from '../../../test/app';
import { makePerson, signIn } from '../../../test/factories';

describe('what one member of staff may see of another', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const signedIn = async (roles: ('LEARNER' | 'MODERATOR' | 'ADMIN')[] = ['LEARNER']) => {
    const person = await makePerson(t.db, { roles, name: `Someone ${roles.join(' ')}` });
    const client = t.client();
    await signIn(client, person.email);
    return { person, client };
  };
  const profile = (lineManagerEmail: string) => ({
    input: {
      name: 'Ana Learner',
      jobTitle: 'Adviser',
      workforceGroup: 'GENERAL_CONTACT',
      preferredLanguage: 'en',
      lineManagerEmail,
    },
  });

  it('names a line manager with name, job title and organisation only, whoever they are', async () => {
    const admin = await makePerson(t.db, { roles: ['LEARNER', 'ADMIN'], name: 'Pat Admin' });
    const { client } = await signedIn();
    const result = await client.ok<{ updateProfile: { lineManager: Record<string, unknown> } }>(
      `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) {
        lineManager { __typename id name jobTitle organisation { id } } } }`,
      profile(admin.email),
    );
    expect(result.updateProfile.lineManager).toEqual({
      __typename: 'Colleague',
      id: admin.id,
      name: 'Pat Admin',
      jobTitle: admin.jobTitle,
      organisation: { id: admin.organisationId },
    });
    for (const field of ['roles', 'email', 'lineManagerEmail', 'active', 'viewerCan { manageRoles }']) {
      const probe = await client.request(
        `mutation($input: UpdateProfileInput!) { updateProfile(input: $input) { lineManager { ${field} } } }`,
        profile(admin.email),
      );
      expect({ field, code: probe.errors?.[0]?.extensions?.code }).toEqual({
        field,
        code: 'GRAPHQL_VALIDATION_FAILED',
      });
    }
  });

  it('hides another person’s account from a learner exactly as one that does not exist', async () => {
    const admin = await makePerson(t.db, { roles: ['LEARNER', 'ADMIN'] });
    const { person, client } = await signedIn();
    const ask = (id: string) => client.request('query($id: ID!) { person(id: $id) { id roles email } }', { id });
    const hidden = await ask(admin.id);
    const missing = await ask('00000000-0000-4000-8000-000000000000');
    expect(hidden).toEqual(missing);
    expect(hidden.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(hidden)).not.toContain('ADMIN');
    expect((await ask(person.id)).data).toEqual({ person: { id: person.id, roles: ['LEARNER'], email: person.email } });
  });

  it('lets moderators and admins see a person’s account', async () => {
    const subject = await makePerson(t.db);
    for (const role of ['MODERATOR', 'ADMIN'] as const) {
      const { client } = await signedIn(['LEARNER', role]);
      const seen = await client.ok<{ person: { id: string; roles: string[] } }>(
        'query($id: ID!) { person(id: $id) { id roles } }',
        { id: subject.id },
      );
      expect(seen.person).toEqual({ id: subject.id, roles: ['LEARNER'] });
    }
  });
});
