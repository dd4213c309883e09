import type { EntityMetadata } from 'typeorm';

const DATE_TYPES = new Set(['timestamptz', 'timestamp', 'timestamp with time zone', 'date']);

/**
 * SQL for a `json_build_object` of an entity's columns (all, or the named properties) keyed
 * by property name, so a hot read can fetch several kinds of rows in one statement as JSON
 * and turn them back into entities with `entityFromJson`, without the query builder's work.
 */
export function jsonObjectSql(meta: EntityMetadata, alias: string, properties?: readonly string[]): string {
  const columns = properties
    ? properties.map((name) => {
        const column = meta.findColumnWithPropertyName(name);
        if (!column) throw new Error(`${meta.name} has no column ${name}`);
        return column;
      })
    : meta.columns;
  return `json_build_object(${columns.map((c) => `'${c.propertyName}', ${alias}.${c.databaseName}`).join(', ')})`;
}

/** An entity from an object built by `jsonObjectSql`: dates become Dates, the rest is JSON already. */
export function entityFromJson<T>(meta: EntityMetadata, json: Record<string, unknown>): T {
  const entity = meta.create() as Record<string, unknown>;
  for (const [key, value] of Object.entries(json)) entity[key] = value;
  for (const column of meta.columns) {
    const value = entity[column.propertyName];
    if (typeof value === 'string' && typeof column.type === 'string' && DATE_TYPES.has(column.type)) {
      entity[column.propertyName] = new Date(value);
    }
  }
  return entity as T;
}
