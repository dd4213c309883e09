/**
 * Migration tooling that runs on the built API (dist/), against a throw-away database
 * it creates and drops itself:
 *   node scripts/migrations.cjs check          fails if the entities differ from the migrations
 *   node scripts/migrations.cjs generate Name  writes src/database/migrations/<ts>-Name.ts
 * The server is DATABASE_URL's (its database part is ignored) or the embedded PostgreSQL.
 */
const { writeFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { DataSource } = require('typeorm');
const { Client } = require('pg');
const { dataSourceOptions } = require('../dist/database/data-source-options');

async function withServer(run) {
  if (process.env.DATABASE_URL) return run(process.env.DATABASE_URL);
  const { startEmbeddedPostgres } = require('../dist/database/embedded-postgres');
  const { mkdtempSync, rmSync } = require('node:fs');
  const dir = mkdtempSync(join(require('node:os').tmpdir(), 'cg-migrations-'));
  require('node:fs').chmodSync(dir, 0o755);
  const pg = await startEmbeddedPostgres(dir, () => undefined);
  try {
    return await run(pg.url);
  } finally {
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function withScratchDatabase(serverUrl, run) {
  const name = `cg_migrations_${process.pid}_${Date.now()}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new Client({ connectionString: admin.toString() });
  await client.connect();
  await client.query(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    return await run(url.toString());
  } finally {
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
  }
}

async function pendingQueries(url) {
  const ds = new DataSource(dataSourceOptions(url));
  await ds.initialize();
  try {
    await ds.runMigrations({ transaction: 'each' });
    const sql = await ds.driver.createSchemaBuilder().log();
    return { up: sql.upQueries, down: sql.downQueries };
  } finally {
    await ds.destroy();
  }
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
  const result = await withServer((server) => withScratchDatabase(server, pendingQueries));
  if (command === 'check') {
    if (result.up.length) {
      console.error('migrations: the entities differ from the migrations. Missing SQL:');
      for (const x of result.up) console.error(`  ${x.query};`);
      console.error('Run: npx pnpm@10 --filter @common-ground/api run migration:generate <Name>');
      process.exit(1);
    }
    console.log('migrations: entities and migrations match');
  } else if (command === 'generate' && name && /^[A-Z][A-Za-z0-9]+$/.test(name)) {
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
