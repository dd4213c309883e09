import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { ROLES, type RoleName } from '@common-ground/shared';
import { type Access, decideAccess } from '../src/common/auth/access';
import type { Actor } from '../src/common/auth/actor';
import { graphqlOptions } from '../src/common/graphql/graphql-options';
import { InvitationEntity } from '../src/modules/identity/entities/invitation.entity';
import { MediaEntity } from '../src/modules/media/entities/media.entity';
import { AccessSweep, appEntryPoints, expressRoutes, type Persona, refusalIn } from './access-sweep';
import { createTestApp, type TestApp } from './app';
import {
  makeForumCategory,
  makeForumThread,
  makeLesson,
  makeModule,
  makeOrganisation,
  makePerson,
  SMALL_CHECK,
  SMALL_SCENARIO,
  signIn,
} from './factories';

describe('platform', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves exactly the schema committed in schema.gql', () => {
    const committed = readFileSync(join(__dirname, '..', 'schema.gql'), 'utf8');
    const served = printSchema(lexicographicSortSchema(t.app.get(GraphQLSchemaHost).schema));
    expect(committed.slice(committed.indexOf('\n\n') + 2).trim()).toBe(served.trim());
  });

  it('reports the database in /health', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', checks: { database: { status: 'up' } } });
  });

  /**
   * One persona per role (each signed-in one also a LEARNER, as everyone is), plus a
   * signed-out visitor, all in one organisation with a line manager.
   */
  const makePersonas = async (organisationId: string): Promise<Persona[]> => {
    const manager = await makePerson(t.db, { organisationId });
    const visitor = t.client();
    const list: Persona[] = [
      { name: 'signed out', actor: null, client: visitor, restore: async () => visitor.forgetCookie() },
    ];
    for (const role of ROLES) {
      const roles: RoleName[] = role === 'LEARNER' ? ['LEARNER'] : ['LEARNER', role];
      const person = await makePerson(t.db, {
        organisationId,
        roles,
        lineManagerId: manager.id,
        lineManagerEmail: manager.email,
      });
      const client = t.client();
      await signIn(client, person.email);
      const actor: Actor = { id: person.id, organisationId, roles };
      const restore = async () => {
        client.forgetCookie();
        await signIn(client, person.email);
      };
      list.push({ name: role.toLowerCase(), actor, client, restore });
    }
    return list;
  };

  /**
   * Rows for every type to have something to show: a public module with one lesson of each
   * kind and a draft, a scenario whose character and scenes have a picture, an invitation,
   * a forum category with a thread of two posts.
   */
  const seedWorld = async (organisationId: string, invitedById: string) => {
    const picture = await t.db.getRepository(MediaEntity).save({
      kind: 'IMAGE',
      mime: 'image/png',
      size: 68,
      storageKey: `sweep-${randomBytes(6).toString('hex')}.png`,
      originalName: 'sweep.png',
      uploadedById: invitedById,
    });
    const module = await makeModule(t.db, { audience: 'PUBLIC' });
    await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Read this first.</p>' }, { position: 1 });
    await makeLesson(t.db, module.id, 'KNOWLEDGE_CHECK', SMALL_CHECK, { position: 2 });
    const scenario = {
      ...SMALL_SCENARIO,
      characters: SMALL_SCENARIO.characters.map((c) => ({ ...c, avatarMediaId: picture.id })),
      scenes: SMALL_SCENARIO.scenes.map((s) => ({ ...s, mediaId: picture.id })),
    };
    const played = await makeLesson(t.db, module.id, 'SCENARIO', scenario, { position: 3 });
    await makeLesson(t.db, module.id, 'ARTICLE', { html: '<p>Not yet.</p>' }, { position: 4, publish: false });
    await t.db.getRepository(InvitationEntity).save({
      email: `invited-${randomBytes(4).toString('hex')}@people.example`,
      organisationId,
      roles: ['LEARNER'],
      tokenHash: randomBytes(32).toString('hex'),
      invitedById,
      expiresAt: new Date(Date.now() + 7 * 24 * 3600 * 1000),
    });
    const category = await makeForumCategory(t.db);
    const thread = await makeForumThread(t.db, category.id, [invitedById], 2);
    // A notification for everyone in the organisation, so each persona reaches its fields.
    await t.db.query(
      `insert into notification (recipient_id, kind, actor_id, thread_id, post_seq)
       select id, 'REPLY', $1, $2, 2 from person where organisation_id = $3`,
      [invitedById, thread.id, organisationId],
    );
    // A reported post in the moderation queue and a suspension in force, so moderators reach their fields.
    await t.db.query(`update post set queued_at = now() where thread_id = $1 and seq = 2`, [thread.id]);
    const reported: { id: string }[] = await t.db.query(`select id from post where thread_id = $1 and seq = 2`, [
      thread.id,
    ]);
    await t.db.query(`insert into post_flag (post_id, flagger_id, reason) values ($1, $2, 'Sweep')`, [
      reported[0].id,
      invitedById,
    ]);
    const suspended = await makePerson(t.db, { organisationId });
    await t.db.query(
      `insert into suspension (person_id, reason, ends_at) values ($1, 'Sweep', now() + interval '1 day')`,
      [suspended.id],
    );
    // A published FAQ and myth-buster (evidence, a link, a reviewer, the rumour it began as), so readers reach their fields.
    await t.db.query(
      `with category as (insert into faq_category (name) values ('Sweep') returning id),
        faq_item as (insert into content_item (kind, status, audience, title, slug, body, published_at)
          values ('FAQ', 'PUBLISHED', 'PUBLIC', 'Sweep question', 'sweep-question', '<p>Answer</p>', now()) returning id),
        faq_row as (insert into faq (content_item_id, category_id) select faq_item.id, category.id from faq_item, category),
        myth_item as (insert into content_item (kind, status, audience, title, slug, body, published_at)
          values ('MYTH', 'PUBLISHED', 'PUBLIC', 'Sweep myth', 'sweep-myth', '<p>Facts</p>', now()) returning id),
        myth_row as (insert into myth (content_item_id, verdict, reviewer_id, reviewed_at, heard_in_post_id, reported_by_id, reported_at)
          select id, 'FALSE', $1, now(), $2, $1, now() from myth_item),
        evidence as (insert into myth_evidence (myth_id, position, title, publisher, url)
          select id, 0, 'Source', 'Publisher', 'https://example.org' from myth_item)
       insert into myth_link (myth_id, related_id) select myth_item.id, faq_item.id from myth_item, faq_item`,
      [invitedById, reported[0].id],
    );
    // A public show with a published episode and its recording, so readers reach the episode's fields.
    await t.db.query(
      `with media as (insert into media (kind, mime, size, storage_key, original_name, duration_seconds)
          values ('AUDIO', 'audio/mpeg', 10, 'sweep-audio', 'sweep.mp3', 10) returning id),
        show as (insert into podcast_show (slug, title, description, audience)
          values ('sweep-show', 'Sweep show', 'About', 'PUBLIC') returning id),
        item as (insert into content_item (kind, status, audience, title, slug, body, published_at)
          values ('PODCAST_EPISODE', 'PUBLISHED', 'PUBLIC', 'Sweep episode', 'sweep-episode', '<p>Notes</p>', now()) returning id)
       insert into podcast_episode (content_item_id, show_id, audio_media_id, chapters, voices)
       select item.id, show.id, media.id, '[{"startTime": 0, "title": "Start"}]', '[{"name": "Ana", "role": "migrant worker"}]'
         from item, show, media`,
    );
    return { playedLessonId: played.id };
  };

  it('finds exactly one access declaration on every operation, field resolver and route', () => {
    const points = appEntryPoints(t.app);
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
      Object.keys(type?.getFields() ?? {}).map((name) => `${type?.name}.${name}`),
    );
    const keys = new Set(points.map((p) => p.key));
    expect(points.filter((p) => !p.access).map((p) => `${p.key} (${p.handler})`)).toEqual([]);
    expect(points.filter((p) => p.kind !== 'field' && p.access?.kind === 'SAME_AS_PARENT').map((p) => p.key)).toEqual(
      [],
    );
    expect(roots.filter((key) => !keys.has(key))).toEqual([]);
    expect(points.filter((p) => p.kind === 'field' && !schema.getType(p.key.split('.')[0])).map((p) => p.key)).toEqual(
      [],
    );
    expect(expressRoutes(t.app).filter((route) => !keys.has(route))).toEqual([]);
    // Without this the guard would never see a field resolver, and field declarations would be decoration.
    expect(graphqlOptions(t.config, true).fieldResolverEnhancers).toContain('guards');
    expect(points.filter((p) => p.kind === 'route').length).toBeGreaterThanOrEqual(4);
  });

  it('keeps who may reach what in a reviewed snapshot, so any change of access shows in review', () => {
    const declared = (access: Access | undefined) =>
      !access ? 'NOTHING' : access.kind === 'ROLES' ? `ROLES ${access.roles.join(', ')}` : access.kind;
    const map = appEntryPoints(t.app).map((p) => `${p.key}: ${declared(p.access)}`);
    expect(map.join('\n')).toMatchSnapshot();
  });

  it('gives every persona exactly what the code declares, on every field of every type it reaches', async () => {
    const organisation = await makeOrganisation(t.db);
    const personas = await makePersonas(organisation.id);
    const admin = personas.find((p) => p.actor?.roles.includes('ADMIN'));
    const { playedLessonId } = await seedWorld(organisation.id, admin?.actor?.id ?? '');
    for (const persona of personas.filter((p) => p.actor)) {
      await persona.client.ok('mutation($input: LessonIdInput!) { startLesson(input: $input) { id } }', {
        input: { lessonId: playedLessonId },
      });
    }
    const sweep = new AccessSweep(t.app);
    for (const persona of personas) await sweep.sweep(persona);
    expect(sweep.problems).toEqual([]);

    // Each persona reached the field resolvers it may use; for any it could not reach with
    // real rows, the guard itself is asked with that resolver's metadata.
    for (const persona of personas) {
      for (const point of sweep.unreached(persona)) {
        expect({ field: point.key, decision: sweep.guardDecision(point, persona.actor) }).toEqual({
          field: point.key,
          decision: decideAccess(point.access, persona.actor, true),
        });
      }
    }
    const everyone = new Set(personas.flatMap((p) => [...(sweep.reached.get(p.name) ?? [])]));
    const fields = appEntryPoints(t.app).filter((p) => p.kind === 'field');
    expect(fields.filter((p) => !everyone.has(p.key)).map((p) => p.key)).toEqual([]);
  }, 300_000);

  it('answers every REST route signed out and as a learner as its declaration says', async () => {
    const learner = await makePerson(t.db);
    const client = t.client();
    await signIn(client, learner.email);
    const personas = [
      { name: 'signed out', actor: null, cookie: '' },
      {
        name: 'learner',
        actor: { id: learner.id, organisationId: learner.organisationId, roles: learner.roles },
        cookie: client.sessionCookie,
      },
    ];
    const routes = appEntryPoints(t.app).filter((p) => p.kind === 'route');
    for (const route of routes) {
      const [method, path] = route.key.split(' ');
      const url = path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');
      for (const persona of personas) {
        const res = await fetch(`${t.url}${url}`, {
          method,
          headers: persona.cookie ? { cookie: persona.cookie } : {},
        });
        const body = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
        const refused = [401, 403].includes(res.status) ? refusalIn(body) : 'ALLOW';
        expect({ route: route.key, persona: persona.name, refused }).toEqual({
          route: route.key,
          persona: persona.name,
          refused: decideAccess(route.access, persona.actor, false),
        });
      }
    }
  });

  it('sends security headers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
