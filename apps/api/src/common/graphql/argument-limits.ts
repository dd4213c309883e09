import {
  type DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLSchema,
  isInputObjectType,
  isListType,
  isScalarType,
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

/**
 * Control characters other than tab, line feed and carriage return (NUL above all, which
 * PostgreSQL refuses to store), and UTF-16 halves without their partner.
 */
const UNSAFE_TEXT =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

interface Problem {
  path: string;
  /** What is wrong, completing "The value of <path> …". */
  rule: string;
}

const UNSAFE_RULE = 'contains characters that are not allowed (control characters or broken text)';
const DEEP_RULE = 'is nested too deeply';

/** Strings and nesting anywhere in a JSON value (a JSON scalar's content). */
function jsonProblem(value: unknown, path: string, depth: number): Problem | null {
  if (depth > LIMITS.graphqlNesting) return { path, rule: DEEP_RULE };
  if (typeof value === 'string') return UNSAFE_TEXT.test(value) ? { path, rule: UNSAFE_RULE } : null;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (UNSAFE_TEXT.test(key)) return { path, rule: UNSAFE_RULE };
    const found = jsonProblem(item, path, depth + 1);
    if (found) return found;
  }
  return null;
}

/**
 * The first thing wrong with an argument's value, with the path to it, or null. Lengths
 * inside inputs are left to their class-validator rules (`inInput`); characters and
 * nesting are checked everywhere.
 */
function problemIn(
  type: GraphQLInputType,
  value: unknown,
  path: string,
  depth: number,
  inInput: boolean,
): Problem | null {
  if (value === null || value === undefined) return null;
  if (depth > LIMITS.graphqlNesting) return { path, rule: DEEP_RULE };
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      const found = problemIn(nullable.ofType, item, path, depth + 1, inInput);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(nullable)) {
    for (const field of Object.values(nullable.getFields())) {
      const found = problemIn(field.type, (value as Record<string, unknown>)[field.name], field.name, depth + 1, true);
      if (found) return found;
    }
    return null;
  }
  if (isScalarType(nullable) && typeof value === 'object') return jsonProblem(value, path, depth + 1);
  if (typeof value !== 'string') return null;
  if (UNSAFE_TEXT.test(value)) return { path, rule: UNSAFE_RULE };
  const max = inInput ? undefined : MAX_LENGTH[getNamedType(nullable).name];
  return max !== undefined && value.length > max ? { path, rule: `must be ${max} characters or fewer` } : null;
}

/**
 * Refuses an operation, before anything runs, in which an argument carries text the
 * product never stores (NUL and other control characters, broken UTF-16), is nested
 * deeper than `LIMITS.graphqlNesting`, or is a bare String or ID argument over its length
 * limit. Answers BAD_USER_INPUT naming the argument or input field in `extensions.fields`.
 */
export function checkArgumentValues(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): void {
  const typeInfo = new TypeInfo(schema);
  const found: Problem[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const arg = typeInfo.getArgument();
        if (found.length || !arg) return;
        const problem = problemIn(arg.type, valueFromAST(node.value, arg.type, variables), node.name.value, 0, false);
        if (problem) found.push(problem);
      },
    }),
  );
  const [problem] = found;
  if (problem) {
    const message = `The value of ${problem.path} ${problem.rule}.`;
    throw new GraphQLError(message, {
      extensions: { code: 'BAD_USER_INPUT', fields: { [problem.path]: message }, http: { status: 400 } },
    });
  }
}
