/**
 * The rules `npm test` applies to what each step reports, kept apart from the process plumbing
 * so they can be tested: every static check counts as one test; each test suite prints
 * `label: N passed, N failed, N skipped`; skipped tests, a suite that executed no test, and a
 * run that executed no test at all are failures.
 */

/** Reads the last `label: N passed, N failed, N skipped` line in a suite's output, or null. */
export function readTotals(label, output) {
  const pattern = new RegExp(`^${label}: (\\d+) passed, (\\d+) failed, (\\d+) skipped$`, 'gm');
  const last = [...output.matchAll(pattern)].at(-1);
  if (!last) return null;
  return { passed: Number(last[1]), failed: Number(last[2]), skipped: Number(last[3]) };
}

/** Accumulates the run's totals and the names of the steps that failed, with the reason. */
export class Tally {
  passed = 0;
  failed = 0;
  skipped = 0;
  /** Tests the suites counted as passed or failed; static checks are not counted here. */
  executed = 0;
  failures = [];

  /** A static check (type check, lint, drift, build): one test that passes on exit code 0. */
  check(name, code) {
    if (code === 0) this.passed += 1;
    else this.fail(name);
  }

  /** A test suite: its reporter's line is added, and any rule it breaks adds one failure. */
  suite(name, label, code, output) {
    const totals = readTotals(label, output);
    if (!totals) return this.fail(`${name}: no "${label}: N passed, N failed, N skipped" line (exit ${code})`);
    this.passed += totals.passed;
    this.failed += totals.failed;
    this.skipped += totals.skipped;
    this.executed += totals.passed + totals.failed;
    if (totals.failed > 0) this.failures.push(`${name}: ${totals.failed} failed`);
    else if (totals.skipped > 0) this.fail(`${name}: ${totals.skipped} skipped`);
    else if (totals.passed === 0) this.fail(`${name}: no test executed`);
    else if (code !== 0) this.fail(`${name}: exit ${code}`);
  }

  /** Closes the run: a run whose suites executed no test fails even if every check passed. */
  finish() {
    if (this.executed === 0) this.fail('no test executed in the whole run');
    return { ok: this.failed === 0, line: `${this.passed} passed, ${this.failed} failed, ${this.skipped} skipped` };
  }

  fail(reason) {
    this.failed += 1;
    this.failures.push(reason);
  }
}
