import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { LIMITS } from '@common-ground/shared';
import { DomainError } from '../errors/domain-error';

@ObjectType({ description: 'Where a page of results ends and whether more follow.' })
export class PageInfo {
  @Field({ description: 'True when another page follows this one.' })
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to fetch the next page.' })
  endCursor: string | null;
}

export interface Page<T> {
  items: T[];
  hasNextPage: boolean;
  totalCount: number;
  cursorOf(item: T): string;
}

/** A Relay-style connection type for a node type, so every growing list pages the same way. */
export function Connection<T>(node: Type<T>, name: string) {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque position of this item.' })
    cursor: string;

    @Field(() => node, { description: `The ${name}.` })
    node: T;
  }

  @ObjectType(`${name}Connection`, { isAbstract: true })
  abstract class ConnectionType {
    @Field(() => [Edge], { description: 'The items on this page.' })
    edges: Edge[];

    @Field(() => PageInfo, { description: 'Paging information.' })
    pageInfo: PageInfo;

    @Field(() => Int, { description: 'How many items match, across all pages.' })
    totalCount: number;
  }
  return ConnectionType;
}

/** Builds the connection object from a page of already-mapped items. */
export function toConnection<E, N>(page: Page<E>, map: (item: E) => N) {
  const edges = page.items.map((item) => ({ cursor: page.cursorOf(item), node: map(item) }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null },
    totalCount: page.totalCount,
  };
}

/** Validates a requested page size against the product limit. */
export function pageSize(first: number | undefined): number {
  const size = first ?? LIMITS.pageSizeDefault;
  if (!Number.isInteger(size) || size < 1 || size > LIMITS.pageSizeMax) {
    throw new DomainError('BAD_USER_INPUT', `Ask for between 1 and ${LIMITS.pageSizeMax} items per page.`, {
      first: `Must be between 1 and ${LIMITS.pageSizeMax}.`,
    });
  }
  return size;
}

/** Cursors are opaque to clients: base64url of a JSON array of sort keys. */
export function encodeCursor(keys: (string | number)[]): string {
  return Buffer.from(JSON.stringify(keys)).toString('base64url');
}

/** Decodes a cursor, refusing anything that is not one of ours. */
export function decodeCursor(cursor: string | undefined | null, arity: number): (string | number)[] | null {
  if (cursor === undefined || cursor === null) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(parsed) &&
      parsed.length === arity &&
      parsed.every((k) => ['string', 'number'].includes(typeof k))
    ) {
      return parsed as (string | number)[];
    }
  } catch {
    // fall through to the error below
  }
  throw new DomainError('BAD_USER_INPUT', 'The page cursor is not valid. Start again from the first page.', {
    after: 'Not a valid cursor.',
  });
}
