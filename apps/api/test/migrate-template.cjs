/**
 * Migrates the test template database with the TypeScript migrations as they are in
 * src/, compiled on require by swc (the same transform Jest uses), so tests never
 * depend on a stale build.
 */
require('./swc-register.cjs');
require('reflect-metadata');
const { DataSource } = require('typeorm');
const { dataSourceOptions } = require('../src/database/data-source-options.ts');

(async () => {
  const ds = new DataSource(dataSourceOptions(process.argv[2]));
  await ds.initialize();
  await ds.runMigrations({ transaction: 'each' });
  await ds.destroy();
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
