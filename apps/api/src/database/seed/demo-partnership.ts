import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { RoleName, SectorName, WorkforceGroupName } from '@common-ground/shared';
import { OrganisationEntity } from '../../modules/identity/entities/organisation.entity';
import { PersonEntity } from '../../modules/identity/entities/person.entity';

/** A demo sign-in printed at start so every role has someone to act. */
export interface DemoAccount {
  role: string;
  email: string;
  password: string;
}

/** The one password every demo account shares; printed at start, demo data only. */
export const DEMO_PASSWORD = 'Fenmouth-demo-2026';

interface DemoOrganisation {
  key: string;
  name: string;
  sector: SectorName;
  fundsPartnership: boolean;
  saferProgrammeMember: boolean;
  domains: string[];
}

interface DemoPerson {
  org: string;
  name: string;
  email: string;
  jobTitle: string;
  group: WorkforceGroupName;
  roles: RoleName[];
  language?: string;
  manager?: string;
}

/** A fictional partnership around the made-up town of Fenmouth; domains use .example. */
const ORGANISATIONS: DemoOrganisation[] = [
  {
    key: 'council',
    name: 'Fenmouth Borough Council',
    sector: 'STATUTORY',
    fundsPartnership: true,
    saferProgrammeMember: false,
    domains: ['fenmouth-council.example'],
  },
  {
    key: 'county',
    name: 'Westfen County Council',
    sector: 'STATUTORY',
    fundsPartnership: true,
    saferProgrammeMember: false,
    domains: ['westfen-county.example'],
  },
  {
    key: 'nhs',
    name: 'Fenmouth and Marshland NHS Trust',
    sector: 'HEALTH',
    fundsPartnership: true,
    saferProgrammeMember: false,
    domains: ['fenmouth-nhs.example'],
  },
  {
    key: 'police',
    name: 'Westfen Constabulary',
    sector: 'POLICE',
    fundsPartnership: true,
    saferProgrammeMember: false,
    domains: ['westfen-police.example'],
  },
  {
    key: 'school',
    name: 'Saltings Academy Trust',
    sector: 'EDUCATION',
    fundsPartnership: false,
    saferProgrammeMember: false,
    domains: ['saltings-academy.example'],
  },
  {
    key: 'harbour',
    name: 'Harbour Lights Welcome Centre',
    sector: 'VOLUNTARY_AND_COMMUNITY',
    fundsPartnership: false,
    saferProgrammeMember: true,
    domains: ['harbourlights.example'],
  },
  {
    key: 'advice',
    name: 'Fenland Neighbourhood Advice',
    sector: 'VOLUNTARY_AND_COMMUNITY',
    fundsPartnership: false,
    saferProgrammeMember: false,
    domains: ['fenland-advice.example'],
  },
  {
    key: 'care',
    name: 'Brightwater Care Homes Ltd',
    sector: 'PRIVATE',
    fundsPartnership: false,
    saferProgrammeMember: false,
    domains: ['brightwater-care.example'],
  },
];

const PEOPLE: DemoPerson[] = [
  {
    org: 'council',
    name: 'Amara Okafor',
    email: 'admin@fenmouth-council.example',
    jobTitle: 'Partnership systems administrator',
    group: 'LEADERSHIP',
    roles: ['LEARNER', 'ADMIN'],
  },
  {
    org: 'council',
    name: 'Tom Hadley',
    email: 'editor@fenmouth-council.example',
    jobTitle: 'Learning content editor',
    group: 'SPECIFIC_CONTACT',
    roles: ['LEARNER', 'EDITOR'],
  },
  {
    org: 'county',
    name: 'Priya Raman',
    email: 'lead@westfen-county.example',
    jobTitle: 'Partnership workforce development lead',
    group: 'LEADERSHIP',
    roles: ['LEARNER', 'MODERATOR'],
  },
  {
    org: 'council',
    name: 'Jo Whitlock',
    email: 'jo.whitlock@fenmouth-council.example',
    jobTitle: 'Customer services team leader',
    group: 'LEADERSHIP',
    roles: ['LEARNER'],
  },
  {
    org: 'council',
    name: 'Sam Carter',
    email: 'learner@fenmouth-council.example',
    jobTitle: 'Customer services adviser',
    group: 'GENERAL_CONTACT',
    roles: ['LEARNER'],
    manager: 'jo.whitlock@fenmouth-council.example',
  },
  {
    org: 'council',
    name: 'Kasia Nowak',
    email: 'kasia.nowak@fenmouth-council.example',
    jobTitle: 'Housing options officer',
    group: 'SPECIFIC_CONTACT',
    roles: ['LEARNER'],
    language: 'pl',
    manager: 'jo.whitlock@fenmouth-council.example',
  },
  {
    org: 'nhs',
    name: 'Daniel Mensah',
    email: 'daniel.mensah@fenmouth-nhs.example',
    jobTitle: 'Community midwife',
    group: 'INTENSIVE_CONTACT',
    roles: ['LEARNER'],
  },
  {
    org: 'nhs',
    name: 'Ruth Ellingham',
    email: 'ruth.ellingham@fenmouth-nhs.example',
    jobTitle: 'GP practice receptionist',
    group: 'GENERAL_CONTACT',
    roles: ['LEARNER'],
  },
  {
    org: 'police',
    name: 'Gareth Pryce',
    email: 'gareth.pryce@westfen-police.example',
    jobTitle: 'Police community support officer',
    group: 'SPECIFIC_CONTACT',
    roles: ['LEARNER'],
  },
  {
    org: 'school',
    name: 'Helen Baptiste',
    email: 'helen.baptiste@saltings-academy.example',
    jobTitle: 'Designated safeguarding lead',
    group: 'INTENSIVE_CONTACT',
    roles: ['LEARNER'],
  },
  {
    org: 'harbour',
    name: 'Andrei Popescu',
    email: 'andrei.popescu@harbourlights.example',
    jobTitle: 'Volunteer co-ordinator',
    group: 'SPECIFIC_CONTACT',
    roles: ['LEARNER'],
    language: 'ro',
  },
  {
    org: 'advice',
    name: 'Lina Petrauskaitė',
    email: 'lina.p@fenland-advice.example',
    jobTitle: 'Benefits and debt adviser',
    group: 'SPECIFIC_CONTACT',
    roles: ['LEARNER'],
    language: 'lt',
  },
  {
    org: 'care',
    name: 'Marcus Bell',
    email: 'marcus.bell@brightwater-care.example',
    jobTitle: 'Care home manager',
    group: 'LEADERSHIP',
    roles: ['LEARNER'],
  },
];

/** The demo editor, who is recorded as the author of the demo learning content. */
export const DEMO_EDITOR_EMAIL = 'editor@fenmouth-council.example';

const ACCOUNTS: DemoAccount[] = [
  { role: 'Admin', email: 'admin@fenmouth-council.example', password: DEMO_PASSWORD },
  { role: 'Editor', email: 'editor@fenmouth-council.example', password: DEMO_PASSWORD },
  { role: 'Moderator', email: 'lead@westfen-county.example', password: DEMO_PASSWORD },
  { role: 'Learner', email: 'learner@fenmouth-council.example', password: DEMO_PASSWORD },
];

/**
 * Loads the demo partnership once: if any organisation exists the database is left
 * alone. Returns the demo accounts when they exist, else null.
 */
export async function loadDemoPartnership(dataSource: DataSource): Promise<DemoAccount[] | null> {
  const orgs = dataSource.getRepository(OrganisationEntity);
  const people = dataSource.getRepository(PersonEntity);
  if ((await orgs.count()) > 0) {
    return (await people.existsBy({ email: ACCOUNTS[0].email })) ? ACCOUNTS : null;
  }
  const passwordHash = await argon2.hash(DEMO_PASSWORD, { type: argon2.argon2id });
  await dataSource.transaction(async (tx) => {
    const orgIds = new Map<string, string>();
    for (const o of ORGANISATIONS) {
      const saved = await tx.getRepository(OrganisationEntity).save({
        name: o.name,
        sector: o.sector,
        fundsPartnership: o.fundsPartnership,
        saferProgrammeMember: o.saferProgrammeMember,
        emailDomains: o.domains,
      });
      orgIds.set(o.key, saved.id);
    }
    const personIds = new Map<string, string>();
    const verifiedAt = new Date();
    for (const p of PEOPLE) {
      const saved = await tx.getRepository(PersonEntity).save({
        organisationId: orgIds.get(p.org),
        name: p.name,
        email: p.email,
        jobTitle: p.jobTitle,
        workforceGroup: p.group,
        roles: p.roles,
        preferredLanguage: p.language ?? 'en',
        passwordHash,
        emailVerifiedAt: verifiedAt,
        lineManagerId: p.manager ? (personIds.get(p.manager) ?? null) : null,
        lineManagerEmail: p.manager ?? null,
      });
      personIds.set(p.email, saved.id);
    }
  });
  return ACCOUNTS;
}
