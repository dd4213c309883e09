/**
 * Proves the rules `npm test` claims: a skipped, todo or focused test fails the run, a suite or a
 * run that executed no test fails, and every suite's closing line counts skipped tests. The Jest
 * and Vitest cases run the real reporters (and, for Jest, the real environment and config) on
 * fixture files written to a temporary folder, outside every test pattern of the real suites.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { root } from './lib.mjs';
import { readTotals, Tally } from './totals.mjs';

const apiDir = join(root, 'apps', 'api');
const webDir = join(root, 'apps', 'web');
const scratch = mkdtempSync(join(tmpdir(), 'cg-test-rules-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

let fixtureCount = 0;

/** Writes the given files into a fresh folder and returns its path. */
function fixture(files) {
  const dir = join(scratch, `case-${(fixtureCount += 1)}`);
  mkdirSync(dir);
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

/** Runs a test tool as a person would: not in CI mode, and not as a child of this node:test run. */
function runTool(cmd, args, cwd) {
  const { NODE_TEST_CONTEXT: _child, ...env } = process.env;
  const { status, stdout, stderr } = spawnSync(cmd, args, { cwd, encoding: 'utf8', env: { ...env, CI: '' } });
  return { code: status, output: `${stdout}\n${stderr}` };
}

/** Runs Jest on one fixture file with the API config's own environment and reporters. */
function jest(source) {
  const dir = fixture({
    'case.fixture.js': source,
    'jest.config.cjs': `const api = require(${JSON.stringify(join(apiDir, 'jest.config.cjs'))});
module.exports = { rootDir: __dirname, testMatch: ['<rootDir>/*.fixture.js'], transform: {},
  testEnvironment: api.testEnvironment, reporters: api.reporters };`,
  });
  return runTool(join(apiDir, 'node_modules', '.bin', 'jest'), ['--config', join(dir, 'jest.config.cjs'), '--ci'], dir);
}

/** Runs Vitest on one fixture file with the web reporter and the configs' `allowOnly: false`. */
function vitest(source) {
  const dir = fixture({ 'case.fixture.test.ts': source });
  const reporter = join(webDir, 'vitest.totals-reporter.ts');
  const args = ['run', '--root', dir, '--allowOnly=false', '--reporter=default', `--reporter=${reporter}`];
  return runTool(join(webDir, 'node_modules', '.bin', 'vitest'), args, dir);
}

function expectLine(result, label, line) {
  assert.deepEqual(readTotals(label, result.output), line, result.output);
}

describe('Jest (API) reporter and environment', () => {
  test('a clean file passes with nothing skipped', () => {
    const result = jest(`it('runs', () => {});`);
    expectLine(result, 'api', { passed: 1, failed: 0, skipped: 0 });
    assert.equal(result.code, 0, result.output);
  });

  test('a skipped test is counted, named and fails the run', () => {
    const result = jest(`it('runs', () => {});\nit.skip('left behind', () => {});`);
    expectLine(result, 'api', { passed: 1, failed: 1, skipped: 1 });
    assert.match(result.output, /case\.fixture\.js leaves 1 test\(s\) skipped: left behind \(pending\)/);
    assert.notEqual(result.code, 0);
  });

  test('a todo test is counted as skipped and fails the run', () => {
    const result = jest(`it('runs', () => {});\nit.todo('write me');`);
    expectLine(result, 'api', { passed: 1, failed: 1, skipped: 1 });
    assert.match(result.output, /write me \(todo\)/);
    assert.notEqual(result.code, 0);
  });

  test('a focused test fails, and the tests it hides count as skipped', () => {
    const result = jest(`it.only('focused', () => {});\nit('hidden', () => {});`);
    expectLine(result, 'api', { passed: 0, failed: 2, skipped: 1 });
    assert.match(result.output, /This test is focused/);
    assert.notEqual(result.code, 0);
  });

  test('focus spelled so that lint cannot see it still fails, even with nothing to hide', () => {
    const result = jest(`describe['on' + 'ly']('group', () => { it('alone', () => {}); });`);
    expectLine(result, 'api', { passed: 0, failed: 1, skipped: 0 });
    assert.match(result.output, /Its describe block "group" is focused/);
    assert.notEqual(result.code, 0);
  });

  test('a file with no test fails', () => {
    const result = jest(`describe('empty', () => {});`);
    expectLine(result, 'api', { passed: 0, failed: 2, skipped: 0 });
    assert.match(result.output, /must contain at least one test/);
    assert.match(result.output, /api: FAIL no test executed/);
    assert.notEqual(result.code, 0);
  });
});

describe('Vitest (web and browser) reporter', () => {
  test('a clean file passes with nothing skipped', () => {
    const result = vitest(`import { it } from 'vitest';\nit('runs', () => {});`);
    expectLine(result, 'web', { passed: 1, failed: 0, skipped: 0 });
    assert.equal(result.code, 0, result.output);
  });

  test('skipped and todo tests are counted, named and fail the run', () => {
    const result = vitest(
      `import { it } from 'vitest';\nit('runs', () => {});\nit.skip('left behind', () => {});\nit.todo('write me');`,
    );
    expectLine(result, 'web', { passed: 1, failed: 1, skipped: 2 });
    assert.match(result.output, /leaves 2 test\(s\) skipped: left behind \(skip\); write me \(todo\)/);
    assert.notEqual(result.code, 0);
  });

  test('a focused test fails, and the tests it hides count as skipped', () => {
    const result = vitest(
      `import { it } from 'vitest';\nit['on' + 'ly']('focused', () => {});\nit('hidden', () => {});`,
    );
    expectLine(result, 'web', { passed: 0, failed: 2, skipped: 1 });
    assert.notEqual(result.code, 0);
  });

  test('a file with no test fails', () => {
    const result = vitest(`import { describe } from 'vitest';\ndescribe('empty', () => {});`);
    expectLine(result, 'web', { passed: 0, failed: 2, skipped: 0 });
    assert.match(result.output, /web: FAIL no test executed/);
    assert.notEqual(result.code, 0);
  });
});

describe('node:test reporter', () => {
  test('a skipped test is counted, named and fails the run', () => {
    const dir = fixture({
      'case.test.mjs': `import { test } from 'node:test';\ntest('runs', () => {});\ntest.skip('left behind', () => {});`,
    });
    const reporter = join(root, 'scripts', 'node-test-totals.mjs');
    const result = runTool('node', ['--test', `--test-reporter=${reporter}`, 'case.test.mjs'], dir);
    expectLine(result, 'runner', { passed: 1, failed: 1, skipped: 1 });
    assert.match(result.output, /leaves 1 test\(s\) skipped: left behind \(skip\)/);
  });
});

describe('npm test totals', () => {
  test('a line without the skipped count is not read as a totals line', () => {
    assert.equal(readTotals('api', 'api: 3 passed, 0 failed\n'), null);
  });

  test('the closing line adds every suite and counts each static check as one test', () => {
    const tally = new Tally();
    tally.check('lint', 0);
    tally.suite('api tests', 'api', 0, 'noise\napi: 5 passed, 0 failed, 0 skipped\n');
    tally.suite('web tests', 'web', 0, 'web: 2 passed, 0 failed, 0 skipped\n');
    assert.deepEqual(tally.finish(), { ok: true, line: '8 passed, 0 failed, 0 skipped' });
  });

  test('skipped tests fail the run even when their reporter counted no failure', () => {
    const tally = new Tally();
    tally.suite('web tests', 'web', 0, 'web: 2 passed, 0 failed, 1 skipped\n');
    assert.deepEqual(tally.finish(), { ok: false, line: '2 passed, 1 failed, 1 skipped' });
    assert.deepEqual(tally.failures, ['web tests: 1 skipped']);
  });

  test('a suite that executed no test fails', () => {
    const tally = new Tally();
    tally.suite('web tests', 'web', 0, 'web: 3 passed, 0 failed, 0 skipped\n');
    tally.suite('browser tests', 'e2e', 0, 'e2e: 0 passed, 0 failed, 0 skipped\n');
    assert.equal(tally.finish().ok, false);
    assert.deepEqual(tally.failures, ['browser tests: no test executed']);
  });

  test('a run whose checks pass but whose suites executed no test fails', () => {
    const tally = new Tally();
    tally.check('lint', 0);
    tally.check('type check', 0);
    assert.deepEqual(tally.finish(), { ok: false, line: '2 passed, 1 failed, 0 skipped' });
    assert.deepEqual(tally.failures, ['no test executed in the whole run']);
  });

  test('a suite without a totals line, or exiting non-zero with no failure counted, fails', () => {
    const tally = new Tally();
    tally.suite('api tests', 'api', 1, 'Cannot find module\n');
    tally.suite('web tests', 'web', 1, 'web: 4 passed, 0 failed, 0 skipped\n');
    assert.equal(tally.finish().line, '4 passed, 2 failed, 0 skipped');
    assert.deepEqual(tally.failures, [
      'api tests: no "api: N passed, N failed, N skipped" line (exit 1)',
      'web tests: exit 1',
    ]);
  });
});
