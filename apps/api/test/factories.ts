import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { RoleName, SectorName, WorkforceGroupName } from '@common-ground/shared';
import { OrganisationEntity } from '../src/modules/identity/entities/organisation.entity';
import { PersonEntity } from '../src/modules/identity/entities/person.entity';
import type { GraphqlClient } from './graphql-client';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let hashed: Promise<string> | null = null;
const passwordHash = () => (hashed ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id }));

const unique = () => randomBytes(4).toString('hex');

/** An organisation with a unique name and email domain. */
export async function makeOrganisation(
  db: DataSource,
  overrides: Partial<{
    name: string;
    sector: SectorName;
    fundsPartnership: boolean;
    saferProgrammeMember: boolean;
    emailDomains: string[];
  }> = {},
): Promise<OrganisationEntity> {
  const id = unique();
  return db.getRepository(OrganisationEntity).save({
    name: `Test Organisation ${id}`,
    sector: 'STATUTORY',
    fundsPartnership: true,
    saferProgrammeMember: false,
    emailDomains: [`org-${id}.example`],
    ...overrides,
  });
}

/** A verified, active person (password TEST_PASSWORD) in the organisation given or a new one. */
export async function makePerson(
  db: DataSource,
  overrides: Partial<{
    organisationId: string;
    name: string;
    email: string;
    roles: RoleName[];
    workforceGroup: WorkforceGroupName;
    lineManagerId: string | null;
    lineManagerEmail: string | null;
    emailVerifiedAt: Date | null;
  }> = {},
): Promise<PersonEntity> {
  const organisationId = overrides.organisationId ?? (await makeOrganisation(db)).id;
  const id = unique();
  return db.getRepository(PersonEntity).save({
    name: `Person ${id}`,
    email: `person-${id}@people.example`,
    jobTitle: 'Adviser',
    workforceGroup: 'GENERAL_CONTACT',
    roles: ['LEARNER'] as RoleName[],
    preferredLanguage: 'en',
    passwordHash: await passwordHash(),
    emailVerifiedAt: new Date(),
    lineManagerId: null,
    lineManagerEmail: null,
    ...overrides,
    organisationId,
  });
}

/** Signs the client in as the person (their cookie is kept by the client). */
export async function signIn(client: GraphqlClient, email: string, password = TEST_PASSWORD): Promise<void> {
  await client.ok('mutation($input: SignInInput!) { signIn(input: $input) { id } }', { input: { email, password } });
}
