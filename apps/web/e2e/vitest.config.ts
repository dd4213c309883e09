import { defineConfig } from 'vitest/config';

/** Browser tests: the built product served by the real API, driven through Debian's Chromium. */
export default defineConfig({
  test: {
    root: import.meta.dirname,
    include: ['**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['./global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    reporters: ['default', ['../vitest.totals-reporter.ts', { label: 'e2e' }]],
    // A focused test fails, whatever the CI variable says (.only hides the file's other tests).
    allowOnly: false,
  },
});
