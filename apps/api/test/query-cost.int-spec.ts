import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  GraphQLNonNull,
  GraphQLObjectType,
  isLeafType,
  isListType,
  Kind,
  parse,
  typeFromAST,
} from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { LIMITS } from '@common-ground/shared';
import { listSize, objectCountEstimator } from '../src/common/graphql/list-size';
import { createTestApp, type TestApp } from './app';
import { sample } from './schema-walk';

/** Every operation the web app sends, as codegen recorded it from the source. */
function webOperations(): string[] {
  const file = readFileSync(join(__dirname, '..', '..', 'web', 'src', 'gql', 'gql.ts'), 'utf8');
  const start = file.indexOf('const documents');
  const sources = [...file.slice(start).matchAll(/^ {4}"((?:[^"\\]|\\.)*)": types\./gm)].map(
    (m) => JSON.parse(`"${m[1]}"`) as string,
  );
  return [...new Set(sources)];
}

describe('what a query may cost', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('knows the largest size of every list of objects: a page size, a declared maximum, or a connection', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const undeclared: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
      for (const field of Object.values(type.getFields())) {
        const isObjectList = isListType(getNullableType(field.type)) && !isLeafType(getNamedType(field.type));
        if (!isObjectList || field.args.some((a) => a.name === 'first')) continue;
        const size = listSize(type, field);
        if (size === LIMITS.pageSizeMax && field.extensions?.maxItems === undefined) {
          undeclared.push(`${type.name}.${field.name}`);
        }
      }
    }
    expect(undeclared).toEqual([]);
  });

  it('lets every operation of the web app through at its largest page size', () => {
    const schema = t.app.get(GraphQLSchemaHost).schema;
    const operations = webOperations();
    expect(operations.length).toBeGreaterThan(30);
    const costs = operations.map((source) => {
      const document = parse(source);
      const definition = document.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
      const variables: Record<string, unknown> = {};
      for (const v of definition?.kind === Kind.OPERATION_DEFINITION ? (definition.variableDefinitions ?? []) : []) {
        const type = typeFromAST(schema, v.type as never) as GraphQLInputType;
        if (v.variable.name.value === 'first') variables.first = LIMITS.pageSizeMax;
        else if (type instanceof GraphQLNonNull) variables[v.variable.name.value] = sample(type);
      }
      const name = definition?.kind === Kind.OPERATION_DEFINITION ? (definition.name?.value ?? '?') : '?';
      return { name, cost: getComplexity({ schema, query: document, variables, estimators: [objectCountEstimator] }) };
    });
    const tooCostly = costs.filter((c) => c.cost > LIMITS.graphqlCost);
    expect(tooCostly).toEqual([]);
    const top = [...costs].sort((a, b) => b.cost - a.cost).slice(0, 5);
    process.stdout.write(`costliest web operations: ${top.map((c) => `${c.name} ${c.cost}`).join(', ')}\n`);
  });
});
