import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

/** A JSON object as stored (draft lesson content); arrays and primitives at the top level are refused. */
export type JsonObject = { [key: string]: unknown };

const isPlainObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function literal(node: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.BOOLEAN:
      return node.value;
    case Kind.INT:
    case Kind.FLOAT:
      return Number(node.value);
    case Kind.NULL:
      return null;
    case Kind.LIST:
      return node.values.map((v) => literal(v, variables));
    case Kind.OBJECT:
      return Object.fromEntries(node.fields.map((f) => [f.name.value, literal(f.value, variables)]));
    case Kind.VARIABLE:
      return variables?.[node.name.value];
    case Kind.ENUM:
      throw new GraphQLError('Not a JSON value.');
  }
}

function asObject(value: unknown): JsonObject {
  if (!isPlainObject(value)) throw new GraphQLError('Expected a JSON object.');
  return value;
}

/**
 * `JSONObject`: a JSON object passed through unchanged. Used only where the shape is
 * checked by the feature itself (lesson content is parsed and validated per kind), so
 * nothing unchecked reaches the database.
 */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description:
    'A JSON object. Lesson content uses it; its shape depends on the lesson kind and is validated by the server (see the Lesson kind descriptions).',
  serialize: asObject,
  parseValue: asObject,
  parseLiteral: (node, variables) => asObject(literal(node, variables)),
});
