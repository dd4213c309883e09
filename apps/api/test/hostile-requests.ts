import { dirname, join } from 'node:path';
import { getMetadataStorage } from 'class-validator';
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  GraphQLEnumType,
  type GraphQLInputType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  type GraphQLSchema,
  isLeafType,
} from 'graphql';
import { LIMITS } from '@common-ground/shared';
import { sample } from './schema-walk';

/**
 * Hostile requests made from the schema itself: for every query and mutation, every
 * argument and every field of every input, values of the wrong type, text the product
 * never stores, values one character over their limit, path tricks in ids, and documents
 * flooded with aliases, directives, fragments, tokens and nesting. New operations are
 * covered as soon as they exist.
 */

/** Where a hostile value goes: a variable, and inside it a path of input fields. */
export interface Target {
  variable: string;
  path: string[];
  type: GraphQLInputType;
}

/** One hostile request and what must come back. */
export interface HostileRequest {
  operation: string;
  kind: string;
  query: string;
  variables: Record<string, unknown>;
  /** The only code acceptable, when the class of request decides it. */
  expect?: string;
}

export interface RootOperation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
}

export function rootOperations(schema: GraphQLSchema): RootOperation[] {
  const out: RootOperation[] = [];
  for (const kind of ['query', 'mutation'] as const) {
    const type = kind === 'query' ? schema.getQueryType() : schema.getMutationType();
    for (const field of Object.values(type?.getFields() ?? {})) out.push({ kind, field });
  }
  return out;
}

/** The smallest selection that is valid for a field's type. */
function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
}

/** A document taking every argument of the field as a variable. */
function document(op: RootOperation, body = ''): string {
  const decl = op.field.args.map((a) => `$${a.name}: ${a.type.toString()}`).join(', ');
  const args = op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const call = `${op.field.name}${args ? `(${args})` : ''}${selection(op.field)}`;
  return `${op.kind} Hostile${decl ? `(${decl})` : ''} { ${body || call} }`;
}

/** Valid values for the required arguments, so that only the hostile value can be refused. */
function baseVariables(op: RootOperation): Record<string, unknown> {
  return Object.fromEntries(
    op.field.args.filter((a) => a.type instanceof GraphQLNonNull).map((a) => [a.name, sample(a.type)]),
  );
}

/** Every argument and every input field under it (three levels deep), as places to put a value. */
function targets(op: RootOperation): Target[] {
  const out: Target[] = [];
  const walk = (variable: string, path: string[], type: GraphQLInputType, depth: number) => {
    out.push({ variable, path, type });
    const named = getNamedType(type);
    if (named instanceof GraphQLInputObjectType && depth < 3) {
      for (const f of Object.values(named.getFields())) walk(variable, [...path, f.name], f.type, depth + 1);
    }
  };
  for (const arg of op.field.args) walk(arg.name, [], arg.type, 0);
  return out;
}

/** Sets a value at a target inside a copy of the base variables, building the inputs on the way. */
function place(base: Record<string, unknown>, op: RootOperation, target: Target, value: unknown) {
  const variables = structuredClone(base);
  if (!target.path.length) {
    variables[target.variable] = value;
    return variables;
  }
  const arg = op.field.args.find((a) => a.name === target.variable);
  if (!arg) throw new Error(`no argument ${target.variable}`);
  variables[target.variable] ??= sample(arg.type);
  let holder = variables[target.variable] as Record<string, unknown>;
  let type = getNamedType(arg.type) as GraphQLInputObjectType;
  for (const step of target.path.slice(0, -1)) {
    const field = type.getFields()[step];
    const inner = getNullableType(field.type);
    // A list of inputs: aim at its first item.
    if (inner instanceof GraphQLList) {
      holder[step] ??= [sample(getNamedType(field.type))];
      holder = (holder[step] as Record<string, unknown>[])[0];
    } else {
      holder[step] ??= sample(field.type);
      holder = holder[step] as Record<string, unknown>;
    }
    type = getNamedType(field.type) as GraphQLInputObjectType;
  }
  holder[target.path[target.path.length - 1]] = value;
  return variables;
}

/** Values no field of this type may accept. */
function wrongTypes(type: GraphQLInputType): unknown[] {
  const nullable = getNullableType(type);
  const nullForRequired = type instanceof GraphQLNonNull ? [null] : [];
  if (nullable instanceof GraphQLList) return [...nullForRequired, { not: 'a list item' }, [[['too', 'deep']]]];
  if (nullable instanceof GraphQLInputObjectType) return [...nullForRequired, 'a string', 42, [[1]]];
  if (nullable instanceof GraphQLEnumType) return [...nullForRequired, 'NOT_ONE_OF_THEM', 1, { value: 1 }];
  switch (nullable.name) {
    case 'Int':
      return [...nullForRequired, 'twelve', 1.5, 2 ** 40, { n: 1 }, true];
    case 'Float':
      return [...nullForRequired, 'NaN', { n: 1 }];
    case 'Boolean':
      return [...nullForRequired, 'yes', 0, { b: true }];
    case 'DateTime':
      return [...nullForRequired, 'not a date', '2026-02-30T25:61:00Z', { d: 1 }, true];
    case 'JSONObject':
      return [...nullForRequired, 'text', [1, 2], 7];
    case 'ID':
      return [...nullForRequired, { id: 1 }, true, 1.5];
    default:
      return [...nullForRequired, { s: 'x' }, 12, true, ['a']];
  }
}

/** Text the product never stores: control characters, NUL, halves of surrogate pairs. */
export const UNSAFE_TEXT = ['nul\u0000byte', 'bell\u0007', 'escape\u001b[31m', 'half \ud800 pair', 'lone \udfff low'];

/** Unusual but real text: it may be stored, and must never be a fault. */
export const ODD_TEXT = [
  '\u202egnp.exe',
  'e\u0301\u0301\u0301',
  '😀'.repeat(40),
  'zero\u200bwidth\u200djoin',
  '\ufeffbom',
  'ＦＵＬＬ',
  'مرحبا',
  "'; drop table person; --",
  '<script>alert(1)</script>',
  '{{7*7}}${7*7}',
];

/** Ids that try to leave their folder or name something else. */
export const PATH_TRICKS = [
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/etc/passwd\u0000.png',
  'file:///etc/passwd',
  '00000000-0000-4000-8000-000000000000/../x',
  '00000000-0000-4000-8000-00000000000g',
];

const isText = (type: GraphQLInputType) => ['String', 'ID'].includes(getNamedType(type).name);
const isId = (type: GraphQLInputType) => getNamedType(type).name === 'ID';
const asListIfList = (type: GraphQLInputType, value: unknown) =>
  getNullableType(type) instanceof GraphQLList ? [value] : value;

/** Nest's record of the @InputType classes (not exported by name, so loaded by its file). */
interface InputTypeRecord {
  name: string;
  target: new (...args: unknown[]) => unknown;
}
function inputTypeClasses(): InputTypeRecord[] {
  const file = join(dirname(require.resolve('@nestjs/graphql')), 'schema-builder', 'storages', 'type-metadata.storage');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const storage = require(file) as { TypeMetadataStorage: { getInputTypesMetadata(): InputTypeRecord[] } };
  return storage.TypeMetadataStorage.getInputTypesMetadata();
}

/** class-validator MaxLength of each String field of each input class, by GraphQL type and field. */
export function declaredMaxLengths(): Map<string, number> {
  const out = new Map<string, number>();
  const storage = getMetadataStorage();
  for (const input of inputTypeClasses()) {
    for (const m of storage.getTargetValidationMetadatas(input.target, '', true, false)) {
      const key = `${input.name}.${m.propertyName}`;
      if (m.name === 'maxLength') out.set(key, Number(m.constraints[0]));
      // A value from a fixed list is as long as the longest item at most.
      if (m.name === 'isIn' && !out.has(key)) {
        out.set(key, Math.max(...(m.constraints[0] as unknown[]).map((v) => String(v).length)));
      }
    }
  }
  return out;
}

/** The GraphQL input type a target's last step belongs to, with the field's name. */
function ownerOf(op: RootOperation, target: Target): string | null {
  if (!target.path.length) return null;
  const arg = op.field.args.find((a) => a.name === target.variable);
  let type = arg && (getNamedType(arg.type) as GraphQLInputObjectType);
  for (const step of target.path.slice(0, -1))
    type = type && (getNamedType(type.getFields()[step].type) as GraphQLInputObjectType);
  return type ? `${type.name}.${target.path[target.path.length - 1]}` : null;
}

/**
 * Requests that must all be refused, each with one hostile value (so the database must
 * not change), plus the String input fields that declare no length limit at all.
 */
export function refusedRequests(schema: GraphQLSchema): { requests: HostileRequest[]; unlimited: string[] } {
  const maxLengths = declaredMaxLengths();
  const requests: HostileRequest[] = [];
  const unlimited = new Set<string>();
  for (const op of rootOperations(schema)) {
    const query = document(op);
    const base = baseVariables(op);
    const add = (kind: string, target: Target, value: unknown, expect?: string) =>
      requests.push({
        operation: `${op.field.name}(${[target.variable, ...target.path].join('.')})`,
        kind,
        query,
        variables: place(base, op, target, value),
        expect,
      });
    for (const target of targets(op)) {
      for (const value of wrongTypes(target.type)) add('wrong type', target, value);
      if (isText(target.type)) {
        for (const text of UNSAFE_TEXT) add('unsafe text', target, asListIfList(target.type, text), 'BAD_USER_INPUT');
        const owner = ownerOf(op, target);
        const max = owner
          ? maxLengths.get(owner)
          : isId(target.type)
            ? LIMITS.idArgMaxLength
            : LIMITS.stringArgMaxLength;
        if (owner && max === undefined && !isId(target.type)) unlimited.add(owner);
        if (max !== undefined)
          add('one over its limit', target, asListIfList(target.type, 'x'.repeat(max + 1)), 'BAD_USER_INPUT');
      }
      if (isId(target.type))
        for (const trick of PATH_TRICKS) add('path trick', target, asListIfList(target.type, trick));
      if (getNamedType(target.type).name === 'JSONObject') {
        let deep: unknown = 'bottom';
        for (let i = 0; i < LIMITS.graphqlNesting + 5; i += 1) deep = { d: deep };
        add('deep JSON', target, deep, 'BAD_USER_INPUT');
        add('unsafe text in JSON', target, { a: [{ b: 'nul\u0000' }] }, 'BAD_USER_INPUT');
      }
    }
    const call = `${op.field.name}${op.field.args.length ? `(${op.field.args.map((a) => `${a.name}: $${a.name}`).join(', ')})` : ''}${selection(op.field)}`;
    const flood = (kind: string, body: string, prefix = '') =>
      requests.push({ operation: op.field.name, kind, query: `${prefix}${document(op, body)}`, variables: base });
    flood('1000 aliases', Array.from({ length: 1000 }, (_, i) => `a${i}: ${call}`).join(' '));
    flood('21 aliases', Array.from({ length: 21 }, (_, i) => `a${i}: ${call}`).join(' '));
    flood('1000 directives', `${call.replace(/( \{|$)/, ` ${'@include(if: true) '.repeat(1000)}$1`)}`);
    flood('30 directives', `${call.replace(/( \{|$)/, ` ${'@include(if: true) '.repeat(30)}$1`)}`);
    flood('token flood', `${call} ${'__typename '.repeat(LIMITS.graphqlTokens)}`);
    const fragments = Array.from(
      { length: 300 },
      (_, i) => `fragment f${i} on ${op.kind === 'query' ? 'Query' : 'Mutation'} { __typename }`,
    ).join(' ');
    flood('300 fragments', `${call} ${Array.from({ length: 300 }, (_, i) => `...f${i}`).join(' ')}`, `${fragments} `);
    if (op.field.args.length) {
      const literal = `${op.field.name}(${op.field.args[0].name}: ${'['.repeat(LIMITS.graphqlNesting + 10)}${']'.repeat(LIMITS.graphqlNesting + 10)})${selection(op.field)}`;
      requests.push({
        operation: op.field.name,
        kind: 'deep list literal',
        query: `${op.kind} { ${literal} }`,
        variables: {},
      });
    }
  }
  return { requests, unlimited: [...unlimited].sort() };
}

/** Requests with unusual but real text in every String argument and input field: never a fault. */
export function oddTextRequests(schema: GraphQLSchema): HostileRequest[] {
  const requests: HostileRequest[] = [];
  for (const op of rootOperations(schema)) {
    const query = document(op);
    const base = baseVariables(op);
    for (const target of targets(op)) {
      if (!isText(target.type) || isId(target.type)) continue;
      for (const text of ODD_TEXT) {
        requests.push({
          operation: `${op.field.name}(${[target.variable, ...target.path].join('.')})`,
          kind: 'odd text',
          query,
          variables: place(base, op, target, asListIfList(target.type, text)),
        });
      }
    }
  }
  return requests;
}
