import { createTestApp, type TestApp } from '../../../test/app';
import { makeModule, makePerson, signIn, uniqueId } from '../../../test/factories';
import type { GraphqlClient, GraphqlResponse } from '../../../test/graphql-client';
import { CertificateEntity } from '../learning/entities/certificate.entity';
import type { PersonEntity } from '../identity/entities/person.entity';
import { CompetencyEntity } from './entities/competency.entity';
import { ResourceCompetencyEntity } from './entities/resource-competency.entity';
import { ResourceEntity } from './entities/resource.entity';
import { StrandEntity } from './entities/strand.entity';
import { WorkforceGroupEntity } from './entities/workforce-group.entity';

const code = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.code;
const fields = (res: GraphqlResponse<unknown>) => res.errors?.[0]?.extensions?.fields;

const CREATE_STRAND = `mutation($input: StrandInput!) { createStrand(input: $input) { id name position } }`;
const CREATE_GROUP = `mutation($input: WorkforceGroupInput!) { createWorkforceGroup(input: $input) { id name openToPublic profileGroup } }`;
const CREATE_COMPETENCY = `mutation($input: CompetencyInput!) { createCompetency(input: $input) { id statement kind strandName workforceGroupName resourceCount } }`;
const CREATE_RESOURCE = `mutation($input: ResourceInput!) { createLearningResource(input: $input) { id kind title url moduleId competencies { id statement } } }`;
const UPDATE_RESOURCE = `mutation($input: UpdateResourceInput!) { updateLearningResource(input: $input) { id title competencies { id } } }`;
const DELETE_COMPETENCY = `mutation($input: FrameworkIdInput!) { deleteCompetency(input: $input) }`;
const GROUPS = `{ frameworkGroups { id name openToPublic isViewersGroup } }`;
const CELL = `query($s: ID!, $g: ID!) { frameworkCompetencies(strandId: $s, workforceGroupId: $g) { id statement kind viewerConfidence } }`;
const RATE = `mutation($input: RateCompetenciesInput!) { rateCompetencies(input: $input) }`;
const PLAN_FIELDS = `personId personName ratedCount gapCount resourceCount doneCount viewerCanMarkDone
  gaps { competencyId statement confidence strandName }
  resources { resourceId kind title url done completion reflection countsAutomatically serves }`;
const PLAN = `query($personId: ID) { learningPlan(personId: $personId) { ${PLAN_FIELDS} } }`;
const PUBLIC_PLAN = `query($input: RateCompetenciesInput!) { publicLearningPlan(input: $input) { ${PLAN_FIELDS} } }`;
const MARK = `mutation($input: MarkResourceDoneInput!) { markResourceDone(input: $input) { doneCount resources { resourceId done completion reflection } } }`;
const TEAM = `query($first: Int) { teamLearningPlans(first: $first) { totalCount edges { node { personId name ratedCount gapCount resourceCount doneCount } } } }`;
const GAPS = `query($filter: CompetenciesFilter, $first: Int, $after: String) { frameworkCompetencyPage(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id statement resourceCount } } } }`;
const RESOURCES = `query($first: Int) { frameworkResources(first: $first) { totalCount edges { node { id title competencies { id statement strandName } } } } }`;

interface PlanShape {
  personId: string | null;
  ratedCount: number;
  gapCount: number;
  resourceCount: number;
  doneCount: number;
  viewerCanMarkDone: boolean;
  gaps: { competencyId: string; statement: string; confidence: number }[];
  resources: {
    resourceId: string;
    kind: string;
    title: string;
    url: string | null;
    done: boolean;
    completion: string | null;
    reflection: string | null;
    countsAutomatically: boolean;
    serves: string[];
  }[];
}

describe('framework', () => {
  let t: TestApp;
  let admin: GraphqlClient;

  /** A strand and a group (public or not) with `count` competencies, inserted directly. */
  async function makeCell(options: { openToPublic?: boolean; count?: number } = {}) {
    const strand = await t.db
      .getRepository(StrandEntity)
      .save({ name: `Strand ${uniqueId()}`, description: '', position: 1 });
    const group = await t.db.getRepository(WorkforceGroupEntity).save({
      name: `Group ${uniqueId()}`,
      description: '',
      position: 1,
      profileGroup: null,
      openToPublic: options.openToPublic ?? false,
    });
    const competencies: CompetencyEntity[] = [];
    for (let i = 0; i < (options.count ?? 3); i++) {
      competencies.push(
        await t.db.getRepository(CompetencyEntity).save({
          strandId: strand.id,
          workforceGroupId: group.id,
          kind: i % 2 ? 'DO' : 'KNOW',
          statement: `Competency ${i + 1} ${uniqueId()}`,
          position: i + 1,
        }),
      );
    }
    return { strand, group, competencies };
  }

  async function makeResource(kind: ResourceEntity['kind'], competencyIds: string[], moduleId: string | null = null) {
    const resource = await t.db
      .getRepository(ResourceEntity)
      .save({ kind, title: `Resource ${uniqueId()}`, description: 'Something to learn from.', url: null, moduleId });
    await t.db
      .getRepository(ResourceCompetencyEntity)
      .insert(competencyIds.map((competencyId) => ({ resourceId: resource.id, competencyId })));
    return resource;
  }

  async function as(person: PersonEntity): Promise<GraphqlClient> {
    const client = t.client();
    await signIn(client, person.email);
    return client;
  }

  beforeAll(async () => {
    t = await createTestApp();
    admin = await as(await makePerson(t.db, { roles: ['ADMIN'] }));
  });
  afterAll(() => t.close());

  describe('admin editing', () => {
    it('lets admins build the framework: a strand, a group, a competency and resources of every kind mapped to it', async () => {
      const strand = (
        await admin.ok<{ createStrand: { id: string } }>(CREATE_STRAND, {
          input: { name: `Protecting ${uniqueId()}`, description: 'Keeping people safe.', position: 1 },
        })
      ).createStrand;
      const group = (
        await admin.ok<{ createWorkforceGroup: { id: string; openToPublic: boolean } }>(CREATE_GROUP, {
          input: { name: `Carers ${uniqueId()}`, description: 'The public.', position: 0, openToPublic: true },
        })
      ).createWorkforceGroup;
      expect(group.openToPublic).toBe(true);
      const competency = (
        await admin.ok<{ createCompetency: { id: string; strandName: string; resourceCount: number } }>(
          CREATE_COMPETENCY,
          {
            input: {
              strandId: strand.id,
              workforceGroupId: group.id,
              kind: 'KNOW',
              statement: 'Know who to tell',
              position: 1,
            },
          },
        )
      ).createCompetency;
      expect(competency.resourceCount).toBe(0);
      const module = await makeModule(t.db);
      const made = await admin.ok<{
        createLearningResource: { id: string; moduleId: string; competencies: { id: string }[] };
      }>(CREATE_RESOURCE, {
        input: {
          kind: 'MODULE',
          title: 'A module',
          description: 'E-learning.',
          moduleId: module.id,
          competencyIds: [competency.id, competency.id],
        },
      });
      expect(made.createLearningResource.moduleId).toBe(module.id);
      expect(made.createLearningResource.competencies.map((c) => c.id)).toEqual([competency.id]);
      for (const kind of ['COURSE', 'BRIEFING', 'READING', 'PODCAST', 'SHADOWING']) {
        const res = await admin.request(CREATE_RESOURCE, {
          input: { kind, title: `A ${kind}`, description: '', competencyIds: [competency.id] },
        });
        expect(res.errors).toBeUndefined();
      }
      const link = await admin.ok<{ createLearningResource: { id: string; url: string } }>(CREATE_RESOURCE, {
        input: {
          kind: 'EXTERNAL_LINK',
          title: 'A website',
          description: '',
          url: 'https://www.example.org/guide',
          competencyIds: [],
        },
      });
      expect(link.createLearningResource.url).toBe('https://www.example.org/guide');
      const changed = await admin.ok<{ updateLearningResource: { competencies: { id: string }[] } }>(UPDATE_RESOURCE, {
        input: {
          id: link.createLearningResource.id,
          kind: 'EXTERNAL_LINK',
          title: 'A website, renamed',
          description: '',
          url: 'https://www.example.org/guide',
          competencyIds: [competency.id],
        },
      });
      expect(changed.updateLearningResource.competencies).toEqual([{ id: competency.id }]);
      await admin.ok(DELETE_COMPETENCY, { input: { id: competency.id } });
      const gone = await admin.request(DELETE_COMPETENCY, { input: { id: competency.id } });
      expect(code(gone)).toBe('NOT_FOUND');
    });

    it('refuses everyone but admins (signed out: UNAUTHENTICATED; staff, editors and leads: FORBIDDEN)', async () => {
      const input = { name: `Strand ${uniqueId()}`, description: '', position: 1 };
      expect(code(await t.client().request(CREATE_STRAND, { input }))).toBe('UNAUTHENTICATED');
      for (const roles of [['LEARNER'], ['EDITOR'], ['MODERATOR']] as const) {
        const client = await as(await makePerson(t.db, { roles: [...roles] }));
        expect(code(await client.request(CREATE_STRAND, { input }))).toBe('FORBIDDEN');
        expect(code(await client.request(GAPS, { first: 5 }))).toBe('FORBIDDEN');
        expect(code(await client.request(RESOURCES, { first: 5 }))).toBe('FORBIDDEN');
      }
      expect(await t.db.getRepository(StrandEntity).countBy({ name: input.name })).toBe(0);
    });

    it('answers bad input with a coded error on the field, and changes nothing', async () => {
      const { competencies } = await makeCell();
      const blank = await admin.request(CREATE_STRAND, { input: { name: '  ', description: '', position: 1 } });
      expect(code(blank)).toBe('BAD_USER_INPUT');
      expect(fields(blank)).toHaveProperty('name');
      const long = await admin.request(CREATE_COMPETENCY, {
        input: {
          strandId: 'x',
          workforceGroupId: competencies[0].workforceGroupId,
          kind: 'KNOW',
          statement: 'a'.repeat(401),
          position: -1,
        },
      });
      expect(code(long)).toBe('BAD_USER_INPUT');
      expect(Object.keys(fields(long) ?? {})).toEqual(expect.arrayContaining(['strandId', 'statement', 'position']));
      const noModule = await admin.request(CREATE_RESOURCE, {
        input: { kind: 'MODULE', title: 'No module', description: '', competencyIds: [] },
      });
      expect(fields(noModule)).toHaveProperty('moduleId');
      const noLink = await admin.request(CREATE_RESOURCE, {
        input: { kind: 'EXTERNAL_LINK', title: 'No link', description: '', competencyIds: [] },
      });
      expect(fields(noLink)).toHaveProperty('url');
      const script = await admin.request(CREATE_RESOURCE, {
        input: { kind: 'READING', title: 'Bad link', description: '', url: 'javascript:alert(1)', competencyIds: [] },
      });
      expect(fields(script)).toHaveProperty('url');
      const unknown = await admin.request(CREATE_RESOURCE, {
        input: { kind: 'READING', title: 'Unknown', description: '', competencyIds: [crypto.randomUUID()] },
      });
      expect(fields(unknown)).toHaveProperty('competencyIds');
      const tooMany = await admin.request(CREATE_RESOURCE, {
        input: {
          kind: 'READING',
          title: 'Too many',
          description: '',
          competencyIds: Array.from({ length: 41 }, () => crypto.randomUUID()),
        },
      });
      expect(code(tooMany)).toBe('BAD_USER_INPUT');
      const name = `Strand ${uniqueId()}`;
      await admin.ok(CREATE_STRAND, { input: { name, description: '', position: 2 } });
      const twice = await admin.request(CREATE_STRAND, { input: { name, description: '', position: 3 } });
      expect(code(twice)).toBe('CONFLICT');
      expect(await t.db.getRepository(ResourceEntity).countBy({ title: 'Too many' })).toBe(0);
    });

    it('lists the competencies no resource serves yet (the mapping gaps) and pages through them', async () => {
      const { strand, competencies } = await makeCell({ count: 5 });
      await makeResource('READING', [competencies[0].id, competencies[1].id]);
      const first = await admin.ok<{
        frameworkCompetencyPage: {
          totalCount: number;
          pageInfo: { endCursor: string };
          edges: { node: { id: string; resourceCount: number } }[];
        };
      }>(GAPS, { filter: { strandId: strand.id, unmappedOnly: true }, first: 2 });
      expect(first.frameworkCompetencyPage.totalCount).toBe(3);
      const next = await admin.ok<typeof first>(GAPS, {
        filter: { strandId: strand.id, unmappedOnly: true },
        first: 2,
        after: first.frameworkCompetencyPage.pageInfo.endCursor,
      });
      const ids = [...first.frameworkCompetencyPage.edges, ...next.frameworkCompetencyPage.edges].map((e) => e.node.id);
      expect(ids).toEqual(competencies.slice(2).map((c) => c.id));
      expect(next.frameworkCompetencyPage.edges.every((e) => e.node.resourceCount === 0)).toBe(true);
    });

    it('reads a page of competencies or resources in the same number of statements whatever its size', async () => {
      const { strand, competencies } = await makeCell({ count: 12 });
      for (const c of competencies) await makeResource('BRIEFING', [...new Set([c.id, competencies[0].id])]);
      const gaps = (first: number) =>
        t.queries.measure(() => admin.ok(GAPS, { filter: { strandId: strand.id }, first }));
      expect(await gaps(2)).toBe(await gaps(12));
      const resources = (first: number) => t.queries.measure(() => admin.ok(RESOURCES, { first }));
      expect(await resources(2)).toBe(await resources(12));
    });
  });

  describe('the tool and learning plans', () => {
    it('gives a signed-in person their group, what it needs, their ratings and a plan for the gaps', async () => {
      const { strand, group, competencies } = await makeCell({ count: 4 });
      await t.db.getRepository(WorkforceGroupEntity).update(group.id, { profileGroup: 'INTENSIVE_CONTACT' });
      const person = await makePerson(t.db, { workforceGroup: 'INTENSIVE_CONTACT' });
      const client = await as(person);
      const groups = await client.ok<{ frameworkGroups: { id: string; isViewersGroup: boolean }[] }>(GROUPS);
      expect(groups.frameworkGroups.find((g) => g.id === group.id)?.isViewersGroup).toBe(true);
      const briefing = await makeResource('BRIEFING', [competencies[0].id, competencies[1].id]);
      await makeResource('READING', [competencies[3].id]);
      await client.ok(RATE, {
        input: {
          ratings: [
            { competencyId: competencies[0].id, confidence: 1 },
            { competencyId: competencies[1].id, confidence: 2 },
            { competencyId: competencies[2].id, confidence: 2 },
            { competencyId: competencies[3].id, confidence: 4 },
          ],
        },
      });
      const cell = await client.ok<{ frameworkCompetencies: { id: string; viewerConfidence: number }[] }>(CELL, {
        s: strand.id,
        g: group.id,
      });
      expect(cell.frameworkCompetencies.map((c) => c.viewerConfidence)).toEqual([1, 2, 2, 4]);
      const { learningPlan: plan } = await client.ok<{ learningPlan: PlanShape }>(PLAN);
      expect(plan).toMatchObject({ personId: person.id, ratedCount: 4, gapCount: 3, resourceCount: 1, doneCount: 0 });
      expect(plan.gaps.map((g) => g.competencyId)).toEqual(competencies.slice(0, 3).map((c) => c.id));
      expect(plan.resources[0]).toMatchObject({ resourceId: briefing.id, done: false, countsAutomatically: false });
      expect(plan.resources[0].serves).toEqual([competencies[0].statement, competencies[1].statement]);
    });

    it('counts a completed module as done by itself, and marks anything else done with a clean reflection', async () => {
      const { competencies } = await makeCell({ count: 2 });
      const module = await makeModule(t.db);
      const moduleResource = await makeResource('MODULE', [competencies[0].id], module.id);
      const shadowing = await makeResource('SHADOWING', [competencies[1].id]);
      const person = await makePerson(t.db);
      const client = await as(person);
      await client.ok(RATE, {
        input: { ratings: competencies.map((c) => ({ competencyId: c.id, confidence: 1 })) },
      });
      await t.db.getRepository(CertificateEntity).save({
        personId: person.id,
        moduleId: module.id,
        code: uniqueId().toUpperCase().padEnd(10, 'X').slice(0, 10),
      });
      const { learningPlan: plan } = await client.ok<{ learningPlan: PlanShape }>(PLAN);
      const auto = plan.resources.find((r) => r.resourceId === moduleResource.id);
      expect(auto).toMatchObject({ done: true, completion: 'AUTOMATIC', url: `/learn/${module.slug}` });
      const refused = await client.request(MARK, { input: { resourceId: moduleResource.id, reflection: 'Done' } });
      expect(code(refused)).toBe('BAD_USER_INPUT');
      const marked = await client.ok<{ markResourceDone: PlanShape }>(MARK, {
        input: {
          resourceId: shadowing.id,
          reflection:
            '<p onclick="x()">I saw how <b>referrals</b> are decided &amp; recorded.</p><script>alert(1)</script>\u202E',
        },
      });
      expect(marked.markResourceDone.doneCount).toBe(2);
      expect(marked.markResourceDone.resources.find((r) => r.resourceId === shadowing.id)).toMatchObject({
        done: true,
        completion: 'MARKED',
        reflection: 'I saw how referrals are decided & recorded.',
      });
      const tooLong = await client.request(MARK, { input: { resourceId: shadowing.id, reflection: 'a'.repeat(1001) } });
      expect(code(tooLong)).toBe('BAD_USER_INPUT');
      const unknown = await client.request(MARK, { input: { resourceId: crypto.randomUUID(), reflection: '' } });
      expect(code(unknown)).toBe('NOT_FOUND');
    });

    it('lets a signed-out visitor use the tool for the public group only, keeping nothing', async () => {
      const open = await makeCell({ openToPublic: true, count: 2 });
      const closed = await makeCell({ count: 1 });
      const resource = await makeResource('EXTERNAL_LINK', [open.competencies[0].id]);
      const visitor = t.client();
      const groups = await visitor.ok<{ frameworkGroups: { id: string; openToPublic: boolean }[] }>(GROUPS);
      expect(groups.frameworkGroups.length).toBeGreaterThan(0);
      expect(groups.frameworkGroups.every((g) => g.openToPublic)).toBe(true);
      const cell = await visitor.ok<{ frameworkCompetencies: { viewerConfidence: number | null }[] }>(CELL, {
        s: open.strand.id,
        g: open.group.id,
      });
      expect(cell.frameworkCompetencies).toHaveLength(2);
      expect(code(await visitor.request(CELL, { s: closed.strand.id, g: closed.group.id }))).toBe('UNAUTHENTICATED');
      const ratings = [
        { competencyId: open.competencies[0].id, confidence: 1 },
        { competencyId: open.competencies[1].id, confidence: 3 },
      ];
      const { publicLearningPlan: plan } = await visitor.ok<{ publicLearningPlan: PlanShape }>(PUBLIC_PLAN, {
        input: { ratings },
      });
      expect(plan).toMatchObject({ personId: null, ratedCount: 2, gapCount: 1, viewerCanMarkDone: false });
      expect(plan.resources.map((r) => r.resourceId)).toEqual([resource.id]);
      const other = await visitor.request(PUBLIC_PLAN, {
        input: { ratings: [{ competencyId: closed.competencies[0].id, confidence: 1 }] },
      });
      expect(code(other)).toBe('BAD_USER_INPUT');
      expect(code(await visitor.request(RATE, { input: { ratings } }))).toBe('UNAUTHENTICATED');
      expect(code(await visitor.request(PLAN))).toBe('UNAUTHENTICATED');
    });

    it('refuses confidence outside 1–4 and competencies that do not exist, saving none of the batch', async () => {
      const { competencies } = await makeCell({ count: 1 });
      const client = await as(await makePerson(t.db));
      const bad = await client.request(RATE, {
        input: { ratings: [{ competencyId: competencies[0].id, confidence: 5 }] },
      });
      expect(code(bad)).toBe('BAD_USER_INPUT');
      const unknown = await client.request(RATE, {
        input: {
          ratings: [
            { competencyId: competencies[0].id, confidence: 2 },
            { competencyId: crypto.randomUUID(), confidence: 2 },
          ],
        },
      });
      expect(code(unknown)).toBe('BAD_USER_INPUT');
      const { learningPlan } = await client.ok<{ learningPlan: PlanShape }>(PLAN);
      expect(learningPlan.ratedCount).toBe(0);
    });
  });

  describe('line managers', () => {
    it('see their own team’s plans and progress, and nobody else’s', async () => {
      const { competencies } = await makeCell({ count: 2 });
      const briefing = await makeResource('BRIEFING', [competencies[0].id]);
      const manager = await makePerson(t.db);
      const report = await makePerson(t.db, { lineManagerId: manager.id });
      await makePerson(t.db, { lineManagerId: manager.id });
      const stranger = await makePerson(t.db);
      const reportClient = await as(report);
      await reportClient.ok(RATE, {
        input: { ratings: competencies.map((c) => ({ competencyId: c.id, confidence: 2 })) },
      });
      await reportClient.ok(MARK, { input: { resourceId: briefing.id, reflection: 'Useful.' } });
      const managerClient = await as(manager);
      const team = await managerClient.ok<{
        teamLearningPlans: {
          totalCount: number;
          edges: { node: { personId: string; gapCount: number; doneCount: number } }[];
        };
      }>(TEAM, { first: 10 });
      expect(team.teamLearningPlans.totalCount).toBe(2);
      expect(team.teamLearningPlans.edges.find((e) => e.node.personId === report.id)?.node).toMatchObject({
        gapCount: 2,
        doneCount: 1,
      });
      const seen = await managerClient.ok<{ learningPlan: PlanShape }>(PLAN, { personId: report.id });
      expect(seen.learningPlan).toMatchObject({ personId: report.id, doneCount: 1, viewerCanMarkDone: false });
      expect(code(await managerClient.request(PLAN, { personId: stranger.id }))).toBe('NOT_FOUND');
      const strangerClient = await as(stranger);
      expect(code(await strangerClient.request(PLAN, { personId: report.id }))).toBe('NOT_FOUND');
      const strangerTeam = await strangerClient.ok<{ teamLearningPlans: { totalCount: number } }>(TEAM, { first: 10 });
      expect(strangerTeam.teamLearningPlans.totalCount).toBe(0);
      const lead = await as(await makePerson(t.db, { roles: ['MODERATOR'] }));
      expect((await lead.ok<{ learningPlan: PlanShape }>(PLAN, { personId: report.id })).learningPlan.personId).toBe(
        report.id,
      );
    });

    it('read a team page in the same number of statements whatever its size', async () => {
      const { competencies } = await makeCell({ count: 2 });
      const module = await makeModule(t.db);
      await makeResource('MODULE', [competencies[0].id], module.id);
      await makeResource('BRIEFING', [competencies[1].id]);
      const manager = await makePerson(t.db);
      for (let i = 0; i < 8; i++) {
        const member = await makePerson(t.db, { lineManagerId: manager.id });
        await as(member).then((c) =>
          c.ok(RATE, { input: { ratings: competencies.map((x) => ({ competencyId: x.id, confidence: 1 })) } }),
        );
      }
      const client = await as(manager);
      await client.ok(TEAM, { first: 1 });
      const statements = (first: number) => t.queries.measure(() => client.ok(TEAM, { first }));
      expect(await statements(2)).toBe(await statements(8));
    });
  });

  describe('the plan as a PDF', () => {
    it('is a tagged PDF for the person and their manager, and NOT_FOUND for anyone else', async () => {
      const { competencies } = await makeCell({ count: 1 });
      await makeResource('READING', [competencies[0].id]);
      const manager = await makePerson(t.db);
      const person = await makePerson(t.db, { lineManagerId: manager.id });
      const client = await as(person);
      await client.ok(RATE, { input: { ratings: [{ competencyId: competencies[0].id, confidence: 1 }] } });
      const own = await fetch(`${t.url}/api/framework/plan.pdf`, { headers: { cookie: client.sessionCookie } });
      expect(own.status).toBe(200);
      expect(own.headers.get('content-type')).toBe('application/pdf');
      const bytes = Buffer.from(await own.arrayBuffer()).toString('latin1');
      expect(bytes.startsWith('%PDF-1.7')).toBe(true);
      expect(bytes).toMatch(/StructTreeRoot/);
      expect(bytes).toMatch(/\/Marked true/);
      expect(bytes).toMatch(/\/Lang \(en-GB\)/);
      const managerClient = await as(manager);
      const theirs = await fetch(`${t.url}/api/framework/plan.pdf?person=${person.id}`, {
        headers: { cookie: managerClient.sessionCookie },
      });
      expect(theirs.status).toBe(200);
      const strangerClient = await as(await makePerson(t.db));
      const refused = await fetch(`${t.url}/api/framework/plan.pdf?person=${person.id}`, {
        headers: { cookie: strangerClient.sessionCookie },
      });
      expect(refused.status).toBe(404);
      expect((await fetch(`${t.url}/api/framework/plan.pdf`)).status).toBe(401);
    });
  });
});
