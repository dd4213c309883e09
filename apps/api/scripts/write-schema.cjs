/**
 * Builds the GraphQL schema from the code-first resolvers without a database and
 * writes schema.gql (the contract the web app's codegen reads).
 *   node scripts/write-schema.cjs          write it
 *   node scripts/write-schema.cjs --check  fail if the committed file is out of date
 */
require('../test/swc-register.cjs');
require('reflect-metadata');
const { readFileSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');
const { NestFactory } = require('@nestjs/core');
const { GraphQLSchemaBuilderModule, GraphQLSchemaFactory } = require('@nestjs/graphql');
const { printSchema, lexicographicSortSchema } = require('graphql');
const { FEATURE_MODULES } = require('../src/app.module.ts');

// Every @Resolver() class carries this watermark, whether or not it names an object type.
const RESOLVER = '__entryProvider__';
const HEADER = '# Generated from the API code by scripts/write-schema.cjs. Do not edit by hand.\n\n';

async function main() {
  const resolvers = FEATURE_MODULES.flatMap((m) => Reflect.getMetadata('providers', m) ?? []).filter(
    (p) => typeof p === 'function' && Reflect.getMetadata(RESOLVER, p) !== undefined,
  );
  const app = await NestFactory.create(GraphQLSchemaBuilderModule, { logger: false });
  await app.init();
  const factory = app.get(GraphQLSchemaFactory);
  const schema = await factory.create(resolvers, { numberScalarMode: 'integer' });
  await app.close();
  const sdl = HEADER + printSchema(lexicographicSortSchema(schema)) + '\n';
  const file = join(__dirname, '..', 'schema.gql');
  if (process.argv.includes('--check')) {
    const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
    if (current !== sdl) {
      console.error(
        'schema.gql is out of date: run `npx pnpm@10 --filter @common-ground/api run schema` and commit it.',
      );
      process.exit(1);
    }
    console.log('schema: schema.gql matches the code');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${file} (${resolvers.length} resolvers)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
