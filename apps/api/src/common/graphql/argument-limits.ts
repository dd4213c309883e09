import {
  type DocumentNode,
  getNamedType,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  getNullableType,
  type GraphQLInputType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { LIMITS } from '@common-ground/shared';

/**
 * The longest value a bare String or ID argument may carry. Inputs (`input: …`) declare
 * their own limits field by field with class-validator; these catch the scalar arguments
 * (search words, cursors, tokens, ids) that have no class of their own.
 */
const MAX_LENGTH: Record<string, number> = { ID: LIMITS.idArgMaxLength, String: LIMITS.stringArgMaxLength };

/** The first over-long scalar in a value, with the path to it, or null. */
function overLong(type: GraphQLInputType, value: unknown, path: string): { path: string; max: number } | null {
  if (value === null || value === undefined) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    for (const item of items) {
      const found = overLong(nullable.ofType as GraphQLInputType, item, path);
      if (found) return found;
    }
    return null;
  }
  // Input objects are checked by their own class-validator rules, field by field.
  if (isInputObjectType(nullable)) return null;
  const max = MAX_LENGTH[getNamedType(nullable).name];
  return max !== undefined && typeof value === 'string' && value.length > max ? { path, max } : null;
}

/**
 * Refuses an operation in which a String or ID argument is longer than its limit, before
 * anything runs, with BAD_USER_INPUT naming the argument in `extensions.fields`.
 */
export function checkArgumentLengths(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  let problem: { path: string; max: number } | null = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (problem || !arg) return;
        problem = overLong(arg.type, valueFromAST(node.value, arg.type, variables), node.name.value);
      },
    }),
  );
  const found = problem as { path: string; max: number } | null;
  if (found) {
    const message = `The argument ${found.path} must be ${found.max} characters or fewer.`;
    throw new GraphQLError(message, {
      extensions: { code: 'BAD_USER_INPUT', fields: { [found.path]: message }, http: { status: 400 } },
    });
  }
}
