import { Extensions } from '@nestjs/graphql';
import {
  getNamedType,
  getNullableType,
  type GraphQLField,
  type GraphQLNamedType,
  isLeafType,
  isListType,
} from 'graphql';
import type { ComplexityEstimator } from 'graphql-query-complexity';
import { LIMITS } from '@common-ground/shared';

const MAX_ITEMS = 'maxItems';

/**
 * Declares the most items a list field can hold (a rule of the content, such as 4 choices
 * a scene), so the cost of a query counts it. A list field of objects without it, and
 * without a `first` argument, is priced at the largest page.
 */
export const MaxItems = (max: number) => Extensions({ [MAX_ITEMS]: max });

/** The connection types' own lists, sized by the `first` of the field that returns the connection. */
const isConnectionList = (parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): boolean =>
  parent.name.endsWith('Connection') && (field.name === 'edges' || field.name === 'nodes');

/** How many items a list field may return in one response, or null when it is not a list of objects. */
export function listSize(parent: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number | null {
  if (!isListType(getNullableType(field.type)) || isLeafType(getNamedType(field.type))) return null;
  if (isConnectionList(parent, field)) return 1;
  const declared = field.extensions?.[MAX_ITEMS];
  if (typeof declared === 'number') return declared;
  return LIMITS.pageSizeMax;
}

/** The page size a field with a `first` argument returns, clamped as the resolvers clamp it. */
const pageOf = (args: Record<string, unknown>): number | null =>
  typeof args.first === 'number' ? Math.max(1, Math.min(args.first, LIMITS.pageSizeMax)) : null;

/**
 * The cost of a query is the number of objects it can load: each object costs 1, scalars
 * cost nothing, and a list multiplies the cost of one item by how many it can hold (its
 * `first`, its declared `MaxItems`, or the largest page). So 100 × 100 × 100 nested
 * items is priced as a million objects whether or not the query names a page size.
 */
export const objectCountEstimator: ComplexityEstimator = ({ type, field, args, childComplexity }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const perItem = 1 + childComplexity;
  const items = pageOf(args) ?? listSize(type, field) ?? 1;
  return items * perItem;
};
