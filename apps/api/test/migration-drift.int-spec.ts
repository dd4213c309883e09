import { Client } from 'pg';
import {
  buildFromEntities,
  diffCatalogues,
  migrate,
  pendingChanges,
  readCatalogue,
  withScratchDatabase,
  type Catalogue,
} from '../scripts/schema-drift';

/**
 * The migration drift check (`node scripts/migrations.cjs check`) compares a database built by the
 * migrations with one built from the entities plus src/database/extra-schema.ts. These tests run
 * its parts on this run's PostgreSQL, and break the migrated database the way a faulty migration
 * would, to show the comparison notices what TypeORM's own schema log cannot see.
 */
const server = process.env.CG_TEST_SERVER_URL!;
let declared: Catalogue;
let declarationProblems: string[];

beforeAll(async () => {
  [declared, declarationProblems] = await withScratchDatabase(server, async (url) => {
    const problems = await buildFromEntities(url);
    return [await readCatalogue(url), problems] as const;
  });
});

/** Migrates a fresh database, runs `sql` on it as a faulty migration would have left it, and compares. */
async function migratedThen(sql: string[]) {
  return withScratchDatabase(server, async (url) => {
    await migrate(url);
    const client = new Client({ connectionString: url });
    await client.connect();
    for (const statement of sql) await client.query(statement);
    await client.end();
    const pending = await pendingChanges(url);
    return { pending: pending.up.map((q) => q.query), differences: diffCatalogues(await readCatalogue(url), declared) };
  });
}

it('the migrations build exactly the entities plus the extra schema', async () => {
  const result = await migratedThen([]);
  expect(declarationProblems).toEqual([]);
  expect(result).toEqual({ pending: [], differences: [] });
  expect([...declared.index.keys()]).toEqual(expect.arrayContaining(['person_roles_idx', 'session_person_id_idx']));
});

it('finds an index declared with synchronize: false that no migration creates, which TypeORM does not', async () => {
  const result = await migratedThen(['drop index person_roles_idx']);
  expect(result.pending).toEqual([]);
  expect(result.differences).toEqual([
    'index person_roles_idx: the migrations never create it: CREATE INDEX person_roles_idx ON public.person USING gin (roles)',
  ]);
});

it('finds a missing session table, extension, and a changed column default', async () => {
  const result = await migratedThen([
    'drop table session',
    'drop extension pg_trgm cascade',
    `alter table learning_module alter column cpd_minutes set default 5`,
  ]);
  expect(result.differences).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^extension pg_trgm: the migrations never create it/),
      expect.stringMatching(/^relation session: the migrations never create it/),
      expect.stringMatching(/^column session\.sess: the migrations never create it: json not null$/),
      expect.stringMatching(/^index person_name_trgm_idx: the migrations never create it/),
      'column learning_module.cpd_minutes:\n    migrations give: integer not null default 5\n    entities give:   integer not null default 0',
    ]),
  );
});
