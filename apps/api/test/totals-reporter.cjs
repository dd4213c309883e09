/**
 * Prints one plain line `api: N passed, N failed, N skipped` for the root test runner to total,
 * and fails the run (Jest exits 1) when the suite proves less than it claims:
 *   - a file that fails to load counts as one failure, so it can never look green;
 *   - a file that leaves tests skipped (.skip, xit, .todo, or hidden by a focused test) counts as
 *     one failure and its skipped tests are named;
 *   - a run in which no test executed counts as one failure.
 * Focused tests themselves fail in test/strict-environment.cjs.
 */
const { relative } = require('node:path');

const SKIPPED = new Set(['pending', 'skipped', 'todo', 'disabled']);

class TotalsReporter {
  constructor(globalConfig, options = {}) {
    this.rootDir = globalConfig.rootDir;
    this.label = options.label ?? 'api';
    this.problem = undefined;
  }

  onRunComplete(_contexts, results) {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let executed = 0;
    const problems = [];
    for (const file of results.testResults) {
      const name = relative(this.rootDir, file.testFilePath);
      const left = [];
      for (const test of file.testResults) {
        if (test.status === 'passed') passed += 1;
        else if (test.status === 'failed') failed += 1;
        else if (SKIPPED.has(test.status))
          left.push(`${[...test.ancestorTitles, test.title].join(' › ')} (${test.status})`);
      }
      executed += file.testResults.length - left.length;
      if (file.testExecError) {
        failed += 1;
        const { message, stack } = file.testExecError;
        problems.push(`${name} failed outside its tests: ${(message || stack || '').trim().split('\n')[0]}`);
      }
      if (left.length) {
        skipped += left.length;
        failed += 1;
        problems.push(`${name} leaves ${left.length} test(s) skipped: ${left.join('; ')}`);
      }
    }
    if (executed === 0) {
      failed += 1;
      problems.push('no test executed');
    }
    for (const problem of problems) process.stdout.write(`\n${this.label}: FAIL ${problem}`);
    process.stdout.write(`\n${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    if (problems.length) this.problem = new Error(`${this.label}: ${problems.join('\n')}`);
  }

  getLastError() {
    return this.problem;
  }
}
module.exports = TotalsReporter;
