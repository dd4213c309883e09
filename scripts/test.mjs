/**
 * `npm test`: every check and test, in order, then one plain line `N passed, N failed, N skipped`
 * totalling every test that ran (each static check counts as one). The rules (scripts/totals.mjs):
 * a skipped or focused test fails the run, and so does a suite, or a whole run, that executed no
 * test.
 */
import { ensureInstalled, pnpm, run, PNPM } from './lib.mjs';
import { Tally } from './totals.mjs';

const tally = new Tally();

async function check(name, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { code } = await run(cmd, args, options);
  tally.check(name, code);
}

async function suite(name, label, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { code, output } = await run(cmd, args, { ...options, capture: true });
  tally.suite(name, label, code, output);
}

const p = (...args) => [PNPM[0], [...PNPM.slice(1), ...args]];

async function main() {
  process.stdout.write('▶ install (frozen lockfile)\n');
  await ensureInstalled();
  await pnpm(['--filter', '@common-ground/shared', 'run', 'build']);

  await check('type check: shared', ...p('--filter', '@common-ground/shared', 'run', 'typecheck'));
  await check('type check: api', ...p('--filter', '@common-ground/api', 'run', 'typecheck'));
  await check('type check: web', ...p('--filter', '@common-ground/web', 'run', 'typecheck'));
  await check('lint (zero warnings)', ...p('exec', 'eslint', '.', '--max-warnings', '0'));
  await check('format', ...p('exec', 'prettier', '--check', '.', '--log-level', 'warn'));
  await check('drift: schema.gql matches the API code', ...p('--filter', '@common-ground/api', 'run', 'schema:check'));
  await check('drift: generated client types match schema.gql', 'node', ['scripts/check-codegen.mjs']);
  await check('build: api', ...p('--filter', '@common-ground/api', 'run', 'build'));
  await check('drift: migrations match the entities', ...p('--filter', '@common-ground/api', 'run', 'migration:check'));

  await suite('test runner rules (node:test)', 'runner', 'node', [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/node-test-totals.mjs',
    '--test-reporter-destination=stdout',
    'scripts/test-rules.test.mjs',
  ]);
  await suite(
    'api tests (unit and integration, real PostgreSQL)',
    'api',
    ...p('--filter', '@common-ground/api', 'exec', 'jest', '--config', 'jest.config.cjs', '--ci'),
  );
  await suite('web tests (components)', 'web', ...p('--filter', '@common-ground/web', 'exec', 'vitest', 'run'));
  await check('build: web', ...p('--filter', '@common-ground/web', 'run', 'build'));
  await suite(
    'browser tests (Chromium, axe-core)',
    'e2e',
    ...p('--filter', '@common-ground/web', 'exec', 'vitest', 'run', '--config', 'e2e/vitest.config.ts'),
  );

  const { ok, line } = tally.finish();
  if (tally.failures.length) process.stdout.write(`\nFailed: ${tally.failures.join('; ')}\n`);
  process.stdout.write(`\n${line}\n`);
  process.exit(ok ? 0 : 1);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  tally.fail(error.message);
  process.stdout.write(`\n${tally.finish().line}\n`);
  process.exit(1);
});
