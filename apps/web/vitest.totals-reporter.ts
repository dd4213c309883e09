import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one plain line, `web: N passed, N failed, N skipped` (or another label), that the root
 * test script sums with the API's totals, and fails the run when the suite proves less than it
 * claims:
 *   - a test file that fails to load has no tests to count, so it counts as one failure;
 *   - a file that leaves tests skipped (.skip, .todo, skipIf, ctx.skip(), or hidden by a focused
 *     test) counts as one failure and its skipped tests are named;
 *   - a run in which no test executed counts as one failure.
 * Focused tests themselves fail through `allowOnly: false` in the Vitest configs.
 */
export default class TotalsReporter implements Reporter {
  private readonly label: string;

  constructor(options: { label?: string } = {}) {
    this.label = options.label ?? 'web';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    let executed = 0;
    const problems: string[] = [];
    for (const testModule of testModules) {
      let failedInModule = 0;
      const left: string[] = [];
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        if (state === 'failed') failedInModule += 1;
        if (state === 'passed' || state === 'failed') executed += 1;
        if (state === 'skipped' || state === 'pending')
          left.push(`${test.fullName} (${state === 'skipped' ? test.options.mode : state})`);
      }
      if (failedInModule === 0 && testModule.state() === 'failed') {
        failedInModule = 1;
        const reason = testModule.errors()[0]?.message ?? 'see above';
        problems.push(`${testModule.relativeModuleId} failed outside its tests: ${reason}`);
      }
      failed += failedInModule;
      if (left.length) {
        skipped += left.length;
        failed += 1;
        problems.push(`${testModule.relativeModuleId} leaves ${left.length} test(s) skipped: ${left.join('; ')}`);
      }
    }
    if (executed === 0) {
      failed += 1;
      problems.push('no test executed');
    }
    for (const problem of problems) console.log(`${this.label}: FAIL ${problem}`);
    console.log(`${this.label}: ${passed} passed, ${failed} failed, ${skipped} skipped`);
    if (problems.length) process.exitCode = 1;
  }
}
