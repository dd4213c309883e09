import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents for the web app, generated from the API's committed schema
 * file (never from a running server), so a schema change that breaks the web
 * app fails the type check.
 */
const config: CodegenConfig = {
  overwrite: true,
  schema: '../api/schema.gql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string' },
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: false,
      },
    },
  },
};

export default config;
