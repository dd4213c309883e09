import { randomBytes } from 'node:crypto';
import * as argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import type { LessonKindName, RoleName, SectorName, WorkforceGroupName } from '@common-ground/shared';
import { DiscussionThreadEntity } from '../src/modules/discussion/entities/discussion-thread.entity';
import { ForumCategoryEntity } from '../src/modules/discussion/entities/forum-category.entity';
import { PostEntity } from '../src/modules/discussion/entities/post.entity';
import { LearningModuleEntity } from '../src/modules/learning/entities/learning-module.entity';
import { LessonRevisionEntity } from '../src/modules/learning/entities/lesson-revision.entity';
import { LessonEntity } from '../src/modules/learning/entities/lesson.entity';
import { mediaIdsOf } from '../src/modules/learning/lesson-media';
import { OrganisationEntity } from '../src/modules/identity/entities/organisation.entity';
import { PersonEntity } from '../src/modules/identity/entities/person.entity';
import type { GraphqlClient } from './graphql-client';

export const TEST_PASSWORD = 'correct-horse-battery-staple';
let hashed: Promise<string> | null = null;
const passwordHash = () => (hashed ??= argon2.hash(TEST_PASSWORD, { type: argon2.argon2id }));

/** A short random id for names and emails that must not clash with any other test's rows. */
export const uniqueId = (): string => randomBytes(4).toString('hex');

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
  const id = uniqueId();
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
  const id = uniqueId();
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

/** A new person (see makePerson) and a client signed in as them. */
export async function signedInPerson(
  t: { db: DataSource; client(): GraphqlClient },
  overrides: Parameters<typeof makePerson>[1] = {},
): Promise<{ person: PersonEntity; client: GraphqlClient }> {
  const person = await makePerson(t.db, overrides);
  const client = t.client();
  await signIn(client, person.email);
  return { person, client };
}

/** A module (PUBLISHED, STAFF by default) inserted directly, as the demo seed does. */
export async function makeModule(
  db: DataSource,
  overrides: Partial<LearningModuleEntity> = {},
): Promise<LearningModuleEntity> {
  const id = uniqueId();
  return db.getRepository(LearningModuleEntity).save({
    slug: `module-${id}`,
    title: `Module ${id}`,
    summary: 'A test module.',
    outcomes: ['Use a professional interpreter'],
    topic: 'Language',
    audience: 'STAFF',
    status: 'PUBLISHED',
    position: 1,
    ...overrides,
  } as LearningModuleEntity);
}

/** A lesson with the given content, published (a revision frozen from it) unless `publish: false`. */
export async function makeLesson(
  db: DataSource,
  moduleId: string,
  kind: LessonKindName,
  content: unknown,
  overrides: Partial<LessonEntity> & { publish?: boolean } = {},
): Promise<LessonEntity> {
  const { publish = true, ...rest } = overrides;
  const lesson = await db.getRepository(LessonEntity).save({
    moduleId,
    kind,
    title: `Lesson ${uniqueId()}`,
    outcomes: [],
    testRole: 'NONE',
    draftContent: content,
    status: 'DRAFT',
    position: 1,
    ...rest,
  } as LessonEntity);
  if (!publish) return lesson;
  const revision = await db.getRepository(LessonRevisionEntity).save({
    lessonId: lesson.id,
    number: 1,
    title: lesson.title,
    content,
    mediaIds: mediaIdsOf(kind, content),
  } as LessonRevisionEntity);
  lesson.publishedRevisionId = revision.id;
  lesson.status = 'PUBLISHED';
  return db.getRepository(LessonEntity).save(lesson);
}

/** A three-scene scenario: start → (good | poor ending), with a hidden choice shown only when `trusted`. */
export const SMALL_SCENARIO = {
  characters: [{ id: 'anna', name: 'Anna', role: 'Tenant' }],
  variables: [{ name: 'trusted', kind: 'FLAG', initial: false }],
  startSceneId: 'desk',
  scenes: [
    {
      id: 'desk',
      title: 'At the desk',
      speakerId: 'anna',
      narrative: '<p>Anna speaks little English.</p>',
      choices: [
        { id: 'interpreter', label: 'Book an interpreter', feedback: 'Good call.', score: 2, nextSceneId: 'good' },
        { id: 'shout', label: 'Speak louder', feedback: 'That rarely helps.', score: -1, nextSceneId: 'poor' },
        {
          id: 'secret',
          label: 'Hidden option',
          feedback: 'Hidden.',
          nextSceneId: 'good',
          condition: { all: [{ variable: 'trusted', op: 'EQ', value: true }] },
        },
      ],
    },
    {
      id: 'good',
      title: 'Understood',
      narrative: '<p>Anna explains.</p>',
      choices: [],
      ending: { summary: 'Well done.', rating: 'GOOD' },
    },
    {
      id: 'poor',
      title: 'Confused',
      narrative: '<p>Anna leaves.</p>',
      choices: [],
      ending: { summary: 'Think again.', rating: 'POOR' },
    },
  ],
};

/** A one-question knowledge check (pass mark 100). */
export const SMALL_CHECK = {
  passMark: 100,
  questions: [
    {
      id: 'q1',
      prompt: 'Who should interpret?',
      kind: 'SINGLE',
      explanation: 'A professional interpreter is impartial.',
      options: [
        { id: 'pro', label: 'A professional interpreter', correct: true },
        { id: 'child', label: 'Her child', correct: false },
      ],
    },
  ],
};

/** A forum category (open to all staff unless restricted by the overrides), inserted directly. */
export async function makeForumCategory(
  db: DataSource,
  overrides: Partial<ForumCategoryEntity> = {},
): Promise<ForumCategoryEntity> {
  return db.getRepository(ForumCategoryEntity).save({
    title: `Category ${uniqueId()}`,
    description: 'A test category.',
    position: 0,
    allowedRoles: [],
    allowedSectors: [],
    allowedOrganisationIds: [],
    allowsAnonymous: false,
    ...overrides,
  } as ForumCategoryEntity);
}

/**
 * A forum thread in the category with `posts` posts (seq 1…n) by the given authors in
 * turn, inserted directly as the demo seed would.
 */
export async function makeForumThread(
  db: DataSource,
  categoryId: string,
  authorIds: string[],
  posts = 1,
  overrides: Partial<DiscussionThreadEntity> = {},
): Promise<DiscussionThreadEntity> {
  const thread = await db.getRepository(DiscussionThreadEntity).save({
    categoryId,
    lessonId: null,
    title: `Thread ${uniqueId()}`,
    tags: [],
    authorId: authorIds[0],
    lastActivityAt: new Date(),
    postCount: posts,
    seq: posts,
    ...overrides,
  } as DiscussionThreadEntity);
  const rows = Array.from({ length: posts }, (_, i) => ({
    threadId: thread.id,
    seq: i + 1,
    authorId: authorIds[i % authorIds.length],
    body: `<p>Post ${i + 1}</p>`,
  }));
  if (rows.length) await db.getRepository(PostEntity).insert(rows);
  return thread;
}
