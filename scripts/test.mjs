/**
 * `npm test`: every check and test, in order, then one plain line `N passed, N failed`
 * totalling every test that ran (each static check counts as one). A run in which no
 * test executed fails.
 */
import { ensureInstalled, pnpm, run, PNPM } from './lib.mjs';

const totals = { passed: 0, failed: 0 };
const failures = [];

function count(label, output) {
  const matches = [...output.matchAll(new RegExp(`^${label}: (\\d+) passed, (\\d+) failed`, 'gm'))];
  const last = matches.at(-1);
  if (!last) return null;
  return { passed: Number(last[1]), failed: Number(last[2]) };
}

async function check(name, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { code } = await run(cmd, args, options);
  if (code === 0) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
}

async function suite(name, label, cmd, args, options = {}) {
  process.stdout.write(`\n▶ ${name}\n`);
  const { code, output } = await run(cmd, args, { ...options, capture: true });
  const counted = count(label, output);
  if (!counted) {
    totals.failed += 1;
    failures.push(`${name} (no totals line; exit ${code})`);
    return;
  }
  totals.passed += counted.passed;
  totals.failed += counted.failed;
  if (code !== 0 && counted.failed === 0) {
    totals.failed += 1;
    failures.push(`${name} (exit ${code})`);
  } else if (counted.failed) failures.push(name);
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

  if (failures.length) {
    process.stdout.write(`\nFailed: ${failures.join('; ')}\n`);
  }
  const ran = totals.passed + totals.failed;
  process.stdout.write(`\n${totals.passed} passed, ${totals.failed} failed\n`);
  process.exit(ran === 0 || totals.failed > 0 ? 1 : 0);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.stdout.write(`\n${totals.passed} passed, ${totals.failed + 1} failed\n`);
  process.exit(1);
});
