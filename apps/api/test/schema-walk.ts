import { LIMITS } from '@common-ground/shared';
import {
  getNamedType,
  getNullableType,
  type GraphQLArgument,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
} from 'graphql';

/**
 * Builds GraphQL documents that select every field of every type reachable from a root
 * field, so each field resolver runs, and reads responses back field by field. Used by the
 * default-deny sweep; driven by the schema alone so new fields are walked without new tests.
 */

/** One selected field and what is selected under it (nothing for a leaf). */
export interface Selection {
  field: string;
  args: string;
  children: Selection[];
}

/** Walks stop here, comfortably inside the depth limit of 10. */
const MAX_DEPTH = 8;
/** Page size asked of every list that takes `first`: enough to see rows, cheap to price. */
const PAGE = 3;

const TYPENAME: Selection = { field: '__typename', args: '', children: [] };

/** A valid value of an input type that names nothing real, so only authorisation can refuse it. */
export function sample(type: GraphQLInputType): unknown {
  if (type instanceof GraphQLNonNull) return sample(type.ofType);
  if (type instanceof GraphQLList) return [sample(type.ofType)];
  if (type instanceof GraphQLEnumType) return type.getValues()[0].value;
  if (type instanceof GraphQLInputObjectType) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) if (f.type instanceof GraphQLNonNull) out[f.name] = sample(f.type);
    return out;
  }
  if (type instanceof GraphQLScalarType) {
    switch (type.name) {
      case 'ID':
        return '00000000-0000-4000-8000-000000000000';
      case 'Int':
        return 1;
      case 'Float':
        return 1.5;
      case 'Boolean':
        return true;
      case 'DateTime':
        return new Date().toISOString();
      case 'JSONObject':
        return {};
      default:
        return 'sample@example.org';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** Chooses an argument's value, or undefined to leave an optional one out. */
export type ArgumentChooser = (field: GraphQLField<unknown, unknown>, arg: GraphQLArgument) => unknown;

/** Required arguments get samples; `first` a small page; the rest are left out. */
export const sampleArguments: ArgumentChooser = (_field, arg) => {
  if (arg.type instanceof GraphQLNonNull) return sample(arg.type);
  return arg.name === 'first' && getNamedType(arg.type).name === 'Int' ? PAGE : undefined;
};

/** A value as a GraphQL literal; JSON scalars (objects) are written as object literals. */
function literal(value: unknown, type: GraphQLInputType): string {
  if (type instanceof GraphQLNonNull) return literal(value, type.ofType);
  if (value === null || value === undefined) return 'null';
  if (type instanceof GraphQLList) {
    const items = Array.isArray(value) ? (value as unknown[]) : [value];
    return `[${items.map((v) => literal(v, type.ofType)).join(', ')}]`;
  }
  if (type instanceof GraphQLInputObjectType) {
    const fields = type.getFields();
    const entries = Object.entries(value as Record<string, unknown>).map(
      ([k, v]) => `${k}: ${literal(v, fields[k].type)}`,
    );
    return `{ ${entries.join(', ')} }`;
  }
  if (type instanceof GraphQLEnumType) return type.serialize(value) as string;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v, type)}`);
    return Array.isArray(value)
      ? `[${(value as unknown[]).map((v) => literal(v, type)).join(', ')}]`
      : `{ ${entries.join(', ')} }`;
  }
  return JSON.stringify(value);
}

function argumentsOf(field: GraphQLField<unknown, unknown>, choose: ArgumentChooser): string {
  const parts: string[] = [];
  for (const arg of field.args) {
    const value = choose(field, arg);
    if (value !== undefined) parts.push(`${arg.name}: ${literal(value, arg.type)}`);
  }
  return parts.length ? `(${parts.join(', ')})` : '';
}

/** How deep each object type first appears below `type` (itself at `depth`). */
function shallowest(type: GraphQLObjectType, depth: number): Map<string, number> {
  const found = new Map<string, number>([[type.name, depth]]);
  const queue = [type];
  for (let next = queue.shift(); next; next = queue.shift()) {
    for (const field of Object.values(next.getFields())) {
      const named = getNamedType(field.type);
      if (named instanceof GraphQLObjectType && !found.has(named.name)) {
        found.set(named.name, (found.get(next.name) ?? depth) + 1);
        queue.push(named);
      }
    }
  }
  return found;
}

/**
 * Every field of `type`, each object type opened once, where it first appears (so the
 * fewest lists multiply the cost of reaching it). Elsewhere it is selected with
 * `__typename` only: its field resolver still runs, and its fields are walked once.
 */
function selectAll(
  type: GraphQLObjectType,
  choose: ArgumentChooser,
  plan: { depthOf: Map<string, number>; opened: Set<string> },
  depth: number,
): Selection[] {
  const out: Selection[] = [TYPENAME];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    const args = argumentsOf(field, choose);
    if (!(named instanceof GraphQLObjectType)) {
      out.push({ field: field.name, args, children: [] });
    } else if (plan.opened.has(named.name) || plan.depthOf.get(named.name) !== depth + 1 || depth >= MAX_DEPTH) {
      out.push({ field: field.name, args, children: [TYPENAME] });
    } else {
      plan.opened.add(named.name);
      out.push({ field: field.name, args, children: selectAll(named, choose, plan, depth + 1) });
    }
  }
  return out;
}

/** The selection for a root field: the field with its arguments and everything under it. */
export function selectRoot(
  root: GraphQLObjectType,
  name: string,
  choose: ArgumentChooser = sampleArguments,
): Selection {
  const field = root.getFields()[name];
  const named = getNamedType(field.type);
  const plan = {
    depthOf: named instanceof GraphQLObjectType ? shallowest(named, 1) : new Map(),
    opened: new Set([named.name]),
  };
  const children = named instanceof GraphQLObjectType ? selectAll(named, choose, plan, 1) : [];
  return { field: name, args: argumentsOf(field, choose), children };
}

const printSelection = (s: Selection): string =>
  `${s.field}${s.args}${s.children.length ? ` { ${s.children.map(printSelection).join(' ')} }` : ''}`;

/** A whole document for one root selection. */
export const documentOf = (kind: 'query' | 'mutation', s: Selection): string => `${kind} { ${printSelection(s)} }`;

/**
 * Two selections that together cover `s`, for a request the server refused as over its
 * limits; null when `s` cannot be split any further.
 */
export function halves(s: Selection): [Selection, Selection] | null {
  if (s.children.length >= 2) {
    const mid = Math.ceil(s.children.length / 2);
    return [
      { ...s, children: s.children.slice(0, mid) },
      { ...s, children: s.children.slice(mid) },
    ];
  }
  const [only] = s.children;
  const split = only && only.children.length > 0 ? halves(only) : null;
  return (
    split && [
      { ...s, children: [split[0]] },
      { ...s, children: [split[1]] },
    ]
  );
}

/** `s` with each object under it selected by `__typename` only: their resolvers still run. */
export const oneLevel = (s: Selection): Selection => ({
  ...s,
  children: s.children.map((c) => (c.children.length ? { ...c, children: [TYPENAME] } : c)),
});

/**
 * A cautious guess at what the server will price `selection` at, in objects it can load:
 * each list multiplies by its `first`, or by the largest page when it has none (a
 * connection's own `edges`/`nodes` by one). Used to split a walk before sending it, so
 * few requests are refused; the server's answer stays the judge.
 */
export function estimatedCost(parent: GraphQLObjectType, selection: Selection): number {
  const field = parent.getFields()[selection.field];
  const named = field && getNamedType(field.type);
  if (!(named instanceof GraphQLObjectType)) return 0;
  const first = /\bfirst: (\d+)/.exec(selection.args);
  const isList = getNullableType(field.type) instanceof GraphQLList;
  const ownList = parent.name.endsWith('Connection') && ['edges', 'nodes'].includes(selection.field);
  const items = first ? Number(first[1]) : isList && !ownList ? LIMITS.pageSizeMax : 1;
  return items * (1 + selection.children.reduce((sum, child) => sum + estimatedCost(named, child), 0));
}

/**
 * `selection` cut into as few walks as the estimate allows, each priced within `limit`:
 * the fields under it are packed into groups, and a field too costly alone is cut in turn.
 * A chain of lists too costly even alone is left out.
 */
export function pack(parent: GraphQLObjectType, selection: Selection, limit: number): Selection[] {
  if (estimatedCost(parent, selection) <= limit) return [selection];
  const named = getNamedType(parent.getFields()[selection.field].type) as GraphQLObjectType;
  const items = estimatedCost(parent, { ...selection, children: [] });
  const budget = Math.floor(limit / items) - 1;
  if (budget < 0) return [];
  const groups: Selection[][] = [];
  let current: Selection[] = [];
  let spent = 0;
  for (const child of selection.children) {
    const cost = estimatedCost(named, child);
    const pieces = cost <= budget ? [child] : pack(named, child, budget);
    for (const piece of pieces) {
      const pieceCost = estimatedCost(named, piece);
      if (current.length && spent + pieceCost > budget) {
        groups.push(current);
        current = [];
        spent = 0;
      }
      current.push(piece);
      spent += pieceCost;
    }
  }
  if (current.length) groups.push(current);
  return groups.map((children) => ({ ...selection, children: [...new Set([TYPENAME, ...children])] }));
}

/** `Type.field` for the field a response path ends at, found by following the schema. */
export function fieldKeyAt(root: GraphQLObjectType, path: readonly (string | number)[]): string {
  let type: GraphQLObjectType = root;
  let key = '';
  for (const step of path) {
    if (typeof step === 'number') continue;
    const field = type.getFields()[step];
    if (!field) return `${type.name}.${step}`;
    key = `${type.name}.${step}`;
    const named = getNamedType(field.type);
    if (named instanceof GraphQLObjectType) type = named;
  }
  return key;
}

/**
 * Calls `visit` with `Type.field` for each selected field present in `data`, and with
 * every object's `__typename` and `id`, so a sweep knows which resolvers ran and which
 * ids it can use next.
 */
export function visitData(
  type: GraphQLObjectType,
  selection: Selection[],
  data: unknown,
  visit: (key: string, value: unknown) => void,
): void {
  if (Array.isArray(data)) {
    for (const item of data) visitData(type, selection, item, visit);
    return;
  }
  if (!data || typeof data !== 'object') return;
  const object = data as Record<string, unknown>;
  for (const s of selection) {
    if (s.field === '__typename' || !(s.field in object)) continue;
    visit(`${type.name}.${s.field}`, object);
    const named = getNamedType(type.getFields()[s.field].type);
    if (named instanceof GraphQLObjectType) visitData(named, s.children, object[s.field], visit);
  }
}
