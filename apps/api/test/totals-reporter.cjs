/**
 * Prints one plain line `api: N passed, N failed` for the root test runner to total;
 * a suite that fails to load counts as one failure so it can never look green.
 */
class TotalsReporter {
  onRunComplete(_contexts, results) {
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\napi: ${results.numPassedTests} passed, ${failed} failed\n`);
  }
}
module.exports = TotalsReporter;
