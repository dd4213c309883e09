/**
 * Migration tooling, run on the TypeScript in src/ (compiled on require by swc, as in Jest), against
 * throw-away databases it creates and drops itself:
 *   node scripts/migrations.cjs check          fails if the migrations differ from the entities
 *   node scripts/migrations.cjs generate Name  writes src/database/migrations/<ts>-Name.ts
 * `check` builds one database with every migration and another from the entities plus
 * src/database/extra-schema.ts (what entities cannot declare), and compares their catalogues:
 * tables, columns, indexes, constraints, extensions, enums, functions and triggers.
 * The server is DATABASE_URL's (its database part is ignored) or the embedded PostgreSQL.
 */
require('../test/swc-register.cjs');
require('reflect-metadata');
const { writeFileSync, readFileSync, mkdtempSync, rmSync, chmodSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const drift = require('./schema-drift.ts');

async function withServer(run) {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const { startEmbeddedPostgres } = require('../src/database/embedded-postgres.ts');
  const dir = mkdtempSync(join(tmpdir(), 'cg-migrations-'));
  chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, () => undefined);
  try {
    return await run(pg.url);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function check(server) {
  return drift.withScratchDatabase(server, (migratedUrl) =>
    drift.withScratchDatabase(server, async (declaredUrl) => {
      await drift.migrate(migratedUrl);
      const pending = await drift.pendingChanges(migratedUrl);
      const problems = await drift.buildFromEntities(declaredUrl);
      const [migrated, declared] = await Promise.all([
        drift.readCatalogue(migratedUrl),
        drift.readCatalogue(declaredUrl),
      ]);
      return { pending, problems, differences: drift.diffCatalogues(migrated, declared) };
    }),
  );
}

function report({ pending, problems, differences }) {
  if (pending.up.length) {
    console.error('migrations: TypeORM would still change the migrated database to match the entities:');
    for (const x of pending.up) console.error(`  ${x.query};`);
    console.error('Run: npx pnpm@10 --filter @common-ground/api run migration:generate <Name>');
  }
  if (problems.length || differences.length) {
    console.error('migrations: the migrated schema differs from the entities plus src/database/extra-schema.ts:');
    for (const line of [...problems, ...differences]) console.error(`  ${line}`);
  }
  const clean = !pending.up.length && !problems.length && !differences.length;
  if (clean) console.log('migrations: the migrated schema matches the entities plus src/database/extra-schema.ts');
  return clean;
}

const q = (query) => '`' + query.query.replace(/`/g, '\\`').replace(/\$\{/g, '\\${') + '`';

function writeMigration(name, up, down) {
  const ts = Date.now();
  const className = `${name}${ts}`;
  const file = join(__dirname, '..', 'src', 'database', 'migrations', `${ts}-${name}.ts`);
  const body = `import type { MigrationInterface, QueryRunner } from 'typeorm';

/** ${name}: generated from the entities, then reviewed. */
export class ${className} implements MigrationInterface {
  name = '${className}';

  public async up(queryRunner: QueryRunner): Promise<void> {
${up.map((x) => `    await queryRunner.query(${q(x)});`).join('\n')}
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
${down
  .slice()
  .reverse()
  .map((x) => `    await queryRunner.query(${q(x)});`)
  .join('\n')}
  }
}
`;
  writeFileSync(file, body);
  const index = join(__dirname, '..', 'src', 'database', 'migrations', 'index.ts');
  const current = readFileSync(index, 'utf8');
  const importLine = `import { ${className} } from './${ts}-${name}';\n`;
  const next = (importLine + current).replace(/export const MIGRATIONS = \[([^\]]*)\];/, (_m, list) => {
    const items = list
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    items.push(className);
    return `export const MIGRATIONS = [${items.join(', ')}];`;
  });
  writeFileSync(index, next);
  console.log(`wrote ${file}`);
}

async function main() {
  const [command, name] = process.argv.slice(2);
  if (command === 'check') {
    if (!report(await withServer(check))) process.exit(1);
  } else if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
    const result = await withServer((server) =>
      drift.withScratchDatabase(server, async (url) => {
        await drift.migrate(url);
        return drift.pendingChanges(url);
      }),
    );
    if (!result.up.length) {
      console.log('No changes: nothing to generate.');
      return;
    }
    writeMigration(name, result.up, result.down);
  } else {
    console.error('usage: migrations.cjs check | generate VerbNoun');
    process.exit(2);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
