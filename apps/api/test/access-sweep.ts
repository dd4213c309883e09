import { METHODS } from 'node:http';
import { ModulesContainer } from '@nestjs/core';
import { ExecutionContextHost } from '@nestjs/core/helpers/execution-context-host';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { type GraphQLArgument, type GraphQLField, getNamedType, GraphQLObjectType, type GraphQLSchema } from 'graphql';
import { LIMITS } from '@common-ground/shared';
import { type AccessDecision, decideAccess } from '../src/common/auth/access';
import type { Actor } from '../src/common/auth/actor';
import { AuthGuard } from '../src/common/auth/auth.guard';
import { type EntryPoint, entryPointsOf } from '../src/common/auth/entry-points';
import { DomainError, forbidden, unauthenticated } from '../src/common/errors/domain-error';
import type { GraphqlClient, GraphqlError } from './graphql-client';
import {
  type ArgumentChooser,
  documentOf,
  estimatedCost,
  fieldKeyAt,
  halves,
  oneLevel,
  pack,
  sampleArguments,
  type Selection,
  selectRoot,
  visitData,
} from './schema-walk';

/** Someone the sweep acts as: their actor (null signed out) and their signed-in client. */
export interface Persona {
  name: string;
  actor: Actor | null;
  client: GraphqlClient;
  /** Puts the client back in this persona's session after an operation changed it. */
  restore(): Promise<void>;
}

type Class = EntryPoint['owner'];

/** Every operation, field resolver and route of the running app, from its own decorators. */
export function appEntryPoints(app: NestExpressApplication): EntryPoint[] {
  const classes: Class[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of [...module.controllers.values(), ...module.providers.values()]) {
      const type: unknown = wrapper.metatype;
      if (typeof type === 'function' && type.prototype) classes.push(type as Class);
    }
  }
  return entryPointsOf(classes);
}

/**
 * `GET /health`-style keys for every route Express has, whoever registered it. A route
 * for every HTTP method is how Nest mounts middleware (`forRoutes('*')`), not an endpoint.
 */
export function expressRoutes(app: NestExpressApplication): string[] {
  const express = app.getHttpAdapter().getInstance() as {
    router: { stack: { route?: { path: string; methods: Record<string, boolean> } }[] };
  };
  const everyMethod = (methods: Record<string, boolean>) => METHODS.every((m) => methods[m.toLowerCase()]);
  return express.router.stack.flatMap(({ route }) =>
    route && !everyMethod(route.methods)
      ? Object.keys(route.methods)
          .filter((m) => route.methods[m])
          .map((m) => `${m.toUpperCase()} ${route.path}`)
      : [],
  );
}

/** How many of the ids seen for a type each by-id query is walked with (one per lesson kind). */
const IDS_PER_ROOT = 3;

const GUARD_MESSAGES: Record<Exclude<AccessDecision, 'ALLOW'>, string> = {
  UNAUTHENTICATED: unauthenticated().message,
  FORBIDDEN: forbidden().message,
};

/** The guard's refusal in an error (code and its exact message), or ALLOW for anything else. */
export function refusalIn(error: { code?: string; message?: string } | undefined): AccessDecision {
  for (const decision of ['UNAUTHENTICATED', 'FORBIDDEN'] as const) {
    if (error?.code === decision && error.message === GUARD_MESSAGES[decision]) return decision;
  }
  return 'ALLOW';
}

const isOverLimits = (e: GraphqlError & { path?: unknown }) =>
  !e.path &&
  (e.extensions?.code === 'QUERY_TOO_COMPLEX' || /too expensive|too much|depth|token|alias|directive/i.test(e.message));

/**
 * Walks the schema as each persona and records every disagreement between what the guard
 * did and what the code declares, and which field resolvers each persona reached.
 */
export class AccessSweep {
  readonly problems: string[] = [];
  readonly reached = new Map<string, Set<string>>();
  private readonly sent = new Map<string, Set<string>>();
  private readonly ids = new Map<string, Map<string, Set<string>>>();
  private readonly points: Map<string, EntryPoint>;
  readonly schema: GraphQLSchema;

  constructor(app: NestExpressApplication) {
    this.schema = app.get(GraphQLSchemaHost).schema;
    this.points = new Map(appEntryPoints(app).map((p) => [p.key, p]));
  }

  /** What the declaration of `key` lets `actor` do; undefined for a field with no resolver. */
  expected(key: string, actor: Actor | null): AccessDecision | undefined {
    const point = this.points.get(key);
    return point && decideAccess(point.access, actor, point.kind === 'field');
  }

  private describe(key: string): string {
    const point = this.points.get(key);
    return `${key} (${point?.handler}, declares ${JSON.stringify(point?.access ?? 'nothing')})`;
  }

  private setOf<T>(map: Map<string, Set<T>>, key: string): Set<T> {
    const found = map.get(key) ?? new Set<T>();
    map.set(key, found);
    return found;
  }

  /**
   * Walks `selection` as the persona. A walk priced over the cost limit is split first
   * (a mutation is walked one level deep instead, so it runs once); a chain of lists too
   * costly even alone is left out, as is one the server still refuses: its types are
   * reached from cheaper roots (by id), and the coverage check fails if none reaches them.
   */
  async probe(persona: Persona, kind: 'query' | 'mutation', selection: Selection): Promise<void> {
    const root = (kind === 'query' ? this.schema.getQueryType() : this.schema.getMutationType()) as GraphQLObjectType;
    if (estimatedCost(root, selection) > LIMITS.graphqlCost) {
      if (kind === 'query')
        for (const part of pack(root, selection, LIMITS.graphqlCost)) await this.probe(persona, kind, part);
      else {
        const shallow = oneLevel(selection);
        const leaves = { ...selection, children: selection.children.filter((c) => !c.children.length) };
        await this.probe(persona, kind, estimatedCost(root, shallow) <= LIMITS.graphqlCost ? shallow : leaves);
      }
      return;
    }
    const document = documentOf(kind, selection);
    const sent = this.setOf(this.sent, persona.name);
    if (sent.has(document)) return;
    sent.add(document);
    const res = await persona.client.request(document);
    const errors = (res.errors ?? []) as (GraphqlError & { path?: (string | number)[] })[];
    if (errors.some(isOverLimits)) {
      for (const part of (kind === 'query' && halves(selection)) || []) await this.probe(persona, kind, part);
      return;
    }
    const seen = new Set<string>();
    const refused = new Map<string, AccessDecision>();
    for (const error of errors) {
      if (!error.path) {
        this.problems.push(`${persona.name}: ${selection.field} answered ${error.extensions?.code}: ${error.message}`);
        continue;
      }
      const key = fieldKeyAt(root, error.path);
      seen.add(key);
      const refusal = refusalIn({ code: error.extensions?.code, message: error.message });
      if (refusal !== 'ALLOW') refused.set(key, refusal);
    }
    const ids = this.ids.get(persona.name) ?? new Map<string, Set<string>>();
    this.ids.set(persona.name, ids);
    visitData(root, [selection], res.data, (key, parent) => {
      seen.add(key);
      const { __typename, id } = parent as { __typename?: unknown; id?: unknown };
      if (typeof __typename === 'string' && typeof id === 'string') this.setOf(ids, __typename).add(id);
    });
    const reached = this.setOf(this.reached, persona.name);
    for (const key of seen) {
      reached.add(key);
      const expected = this.expected(key, persona.actor);
      const got = refused.get(key) ?? 'ALLOW';
      if (expected && got !== expected) {
        this.problems.push(`${persona.name}: ${this.describe(key)} was ${got}, expected ${expected}`);
      }
    }
  }

  /**
   * Ids this persona has seen, for arguments named `id` (of the field's type) or `<type>Id`,
   * so a walk reaches real rows; anything else as `sampleArguments`.
   */
  private harvested(persona: Persona, pick: number): ArgumentChooser {
    const ids = this.ids.get(persona.name) ?? new Map<string, Set<string>>();
    return (field: GraphQLField<unknown, unknown>, arg: GraphQLArgument) => {
      const isId = getNamedType(arg.type).name === 'ID' && (arg.name === 'id' || arg.name.endsWith('Id'));
      if (!isId) return sampleArguments(field, arg);
      const wanted = arg.name === 'id' ? getNamedType(field.type).name : arg.name.slice(0, -2).toLowerCase();
      for (const [type, found] of ids) {
        const matches = arg.name === 'id' ? type === wanted : type.toLowerCase().endsWith(wanted);
        if (matches && found.size) return [...found][Math.min(pick, found.size - 1)];
      }
      return sampleArguments(field, arg);
    };
  }

  /**
   * Every query and mutation as the persona: queries with sample arguments, then again
   * with ids they have seen so field resolvers run on real rows, then mutations (with
   * sample arguments only, so nothing real changes); the session is restored after each
   * mutation that changed it.
   */
  async sweep(persona: Persona): Promise<void> {
    const query = this.schema.getQueryType() as GraphQLObjectType;
    const mutation = this.schema.getMutationType() as GraphQLObjectType;
    for (const name of Object.keys(query.getFields())) await this.probe(persona, 'query', selectRoot(query, name));
    const withIds = Object.values(query.getFields()).filter((f) =>
      f.args.some((a) => getNamedType(a.type).name === 'ID'),
    );
    for (const field of withIds) {
      for (let pick = 0; pick < IDS_PER_ROOT; pick += 1) {
        await this.probe(persona, 'query', selectRoot(query, field.name, this.harvested(persona, pick)));
      }
    }
    for (const name of Object.keys(mutation.getFields())) {
      await this.probe(persona, 'mutation', selectRoot(mutation, name));
      const viewer = await persona.client.request<{ viewer: { id: string } | null }>('{ viewer { id } }');
      if ((viewer.data?.viewer?.id ?? null) !== (persona.actor?.id ?? null)) await persona.restore();
    }
  }

  /** Field resolvers the persona never reached, for which the guard is asked directly. */
  unreached(persona: Persona): EntryPoint[] {
    const reached = this.reached.get(persona.name) ?? new Set<string>();
    return [...this.points.values()].filter((p) => p.kind === 'field' && !reached.has(p.key));
  }

  /** The guard's own answer for a field resolver, given its metadata and the persona. */
  guardDecision(point: EntryPoint, actor: Actor | null): AccessDecision {
    const parentType = this.schema.getType(point.key.split('.')[0]);
    const context = new ExecutionContextHost(
      [{}, {}, { ctx: { actor } }, { parentType, schema: this.schema }],
      point.owner as never,
      point.method,
    );
    context.setType('graphql');
    try {
      return new AuthGuard().canActivate(context) ? 'ALLOW' : 'FORBIDDEN';
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'UNAUTHENTICATED' || error.code === 'FORBIDDEN')) {
        return error.code;
      }
      throw error;
    }
  }
}
