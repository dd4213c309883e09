import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { RESOLVER_NAME_METADATA, RESOLVER_PROPERTY_METADATA, RESOLVER_TYPE_METADATA } from '@nestjs/graphql';
import type { Access } from './access';
import { declaredAccess } from './decorators';

const ROOT_TYPES = new Set(['Query', 'Mutation', 'Subscription']);

/** One way in that the guard stands in front of, with the access its code declares. */
export interface EntryPoint {
  /** `Query.people`, `Person.organisation` or `GET /api/media/:id`. */
  key: string;
  kind: 'operation' | 'field' | 'route';
  /** `PersonResolver.people`: where a person fixing a fault should look. */
  handler: string;
  owner: abstract new (...args: never[]) => unknown;
  method: (...args: never[]) => unknown;
  access: Access | undefined;
}

type Class = EntryPoint['owner'];

function methodsOf(owner: Class): [string, EntryPoint['method']][] {
  const found = new Map<string, EntryPoint['method']>();
  for (
    let proto: unknown = owner.prototype;
    proto && proto !== Object.prototype;
    proto = Object.getPrototypeOf(proto)
  ) {
    for (const name of Object.getOwnPropertyNames(proto)) {
      const value = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
      if (name !== 'constructor' && typeof value === 'function' && !found.has(name)) {
        found.set(name, value as EntryPoint['method']);
      }
    }
  }
  return [...found];
}

const joinPath = (...parts: unknown[]): string =>
  '/' +
  parts
    .map((p) => (Array.isArray(p) ? String(p[0] ?? '') : typeof p === 'string' ? p : ''))
    .join('/')
    .split('/')
    .filter(Boolean)
    .join('/');

/** The GraphQL field or REST route a method serves, if its decorators make it one. */
function keyOf(owner: Class, name: string, method: EntryPoint['method']): Pick<EntryPoint, 'key' | 'kind'> | null {
  const field = (Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name;
  const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
  if (rootType && ROOT_TYPES.has(rootType)) return { key: `${rootType}.${field}`, kind: 'operation' };
  if (Reflect.getMetadata(RESOLVER_PROPERTY_METADATA, method) === true) {
    const parent = (Reflect.getMetadata(RESOLVER_TYPE_METADATA, owner) as string | undefined) ?? '(no @Resolver type)';
    return { key: `${parent}.${field}`, kind: 'field' };
  }
  const verb = Reflect.getMetadata(METHOD_METADATA, method) as RequestMethod | undefined;
  const base = Reflect.getMetadata(PATH_METADATA, owner) as unknown;
  if (verb !== undefined && base !== undefined) {
    const path = joinPath(base, Reflect.getMetadata(PATH_METADATA, method));
    return { key: `${RequestMethod[verb]} ${path}`, kind: 'route' };
  }
  return null;
}

/**
 * Every GraphQL operation, field resolver and REST route the given classes declare, read
 * from the same decorator metadata Nest and the guard use, so a test can require an access
 * declaration on each without keeping a list by hand.
 */
export function entryPointsOf(classes: Iterable<Class>): EntryPoint[] {
  const points: EntryPoint[] = [];
  for (const owner of new Set(classes)) {
    for (const [name, method] of methodsOf(owner)) {
      const key = keyOf(owner, name, method);
      if (key)
        points.push({ ...key, handler: `${owner.name}.${name}`, owner, method, access: declaredAccess(method, owner) });
    }
  }
  return points.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
