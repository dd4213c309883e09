import { defineConfig } from 'vitest/config';

/** Browser tests: the built product served by the real API, driven through Debian's Chromium. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./global-setup.ts'],
    // One flow visits a dozen pages with an axe check on each: minutes, not seconds, on a busy machine.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    // The page is ready when it says so, not after a fixed time: on a busy machine the
    // built app can take seconds to render, so a poll waits that long before failing.
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default', ['../vitest.totals-reporter.ts', { label: 'e2e' }]],
    // A focused test fails, whatever the CI variable says (.only hides the file's other tests).
    allowOnly: false,
  },
});
