import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints one machine-readable line, `web: N passed, N failed` (or another label), that the root
 * test script sums with the API's totals. A test file that fails to load has
 * no tests to count, so it counts as one failure on its own.
 */
export default class TotalsReporter implements Reporter {
  private readonly label: string;

  constructor(options: { label?: string } = {}) {
    this.label = options.label ?? 'web';
  }

  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    for (const testModule of testModules) {
      let failedInModule = 0;
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') passed += 1;
        else if (state === 'failed') failedInModule += 1;
      }
      if (failedInModule === 0 && testModule.state() === 'failed') failedInModule = 1;
      failed += failedInModule;
    }
    console.log(`${this.label}: ${passed} passed, ${failed} failed`);
  }
}
