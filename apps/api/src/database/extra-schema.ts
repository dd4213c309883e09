import { SEARCH_SCHEMA_V1 } from './migrations/1796477900000-AddSearch';
import { SEARCH_SCHEMA_V2 } from './migrations/1796481400000-SearchPodcastTranscripts';
import { SEARCH_SCHEMA_V3 } from './migrations/1796490000000-SearchDiscussions';
import { SEARCH_SCHEMA_V4 } from './migrations/1796492000000-SearchIndexesWithoutPendingList';

/** A piece of the schema that TypeORM entities cannot declare, written as reviewed SQL. */
export interface ExtraSchemaObject {
  /** The extension, table or index it creates. */
  name: string;
  /** Why it exists, for readers of the schema. */
  why: string;
  sql: string;
}

/**
 * Everything in the database besides what the entities declare: extensions, the session store's
 * table, and indexes the entities list with `synchronize: false` (expression, GIN and trigram
 * indexes). The migrations must create exactly this; `node scripts/migrations.cjs check` builds a
 * database from the entities plus this list and compares it with one built by the migrations.
 * In order: an extension comes before the indexes that use it.
 */
export const EXTRA_SCHEMA: readonly ExtraSchemaObject[] = [
  {
    name: 'pg_trgm',
    why: 'trigram indexes for people and catalogue search',
    sql: 'CREATE EXTENSION IF NOT EXISTS pg_trgm',
  },
  {
    name: 'session',
    why: "express-session's store (common/session), which reads session and person in one statement",
    sql: `CREATE TABLE "session" ("sid" character varying NOT NULL COLLATE "default", "sess" json NOT NULL, "expire" TIMESTAMP(6) NOT NULL, CONSTRAINT "session_pkey" PRIMARY KEY ("sid"))`,
  },
  {
    name: 'session_expire_idx',
    why: 'pruning expired sessions',
    sql: `CREATE INDEX "session_expire_idx" ON "session" ("expire")`,
  },
  {
    name: 'session_person_id_idx',
    why: "ending a person's sessions (sign-out everywhere, deactivation)",
    sql: `CREATE INDEX "session_person_id_idx" ON "session" ((sess->>'personId'))`,
  },
  {
    name: 'person_name_trgm_idx',
    why: 'people search by part of a name, any case',
    sql: `CREATE INDEX "person_name_trgm_idx" ON "person" USING gin (lower("name") gin_trgm_ops)`,
  },
  {
    name: 'person_email_trgm_idx',
    why: 'people search by part of an email address',
    sql: `CREATE INDEX "person_email_trgm_idx" ON "person" USING gin ("email" gin_trgm_ops)`,
  },
  {
    name: 'person_roles_idx',
    why: 'finding the holders of a role',
    sql: `CREATE INDEX "person_roles_idx" ON "person" USING gin ("roles")`,
  },
  {
    name: 'organisation_email_domains_idx',
    why: "matching a new account's email domain to its organisation",
    sql: `CREATE INDEX "organisation_email_domains_idx" ON "organisation" USING gin ("email_domains")`,
  },
  {
    name: 'learning_module_title_trgm_idx',
    why: 'catalogue search by part of a title',
    sql: `CREATE INDEX "learning_module_title_trgm_idx" ON "learning_module" USING gin (lower("title") gin_trgm_ops)`,
  },
  {
    name: 'lesson_revision_media_ids_idx',
    why: 'deciding who may download a media file (which revisions use it)',
    sql: `CREATE INDEX "lesson_revision_media_ids_idx" ON "lesson_revision" USING gin ("media_ids")`,
  },
  {
    name: 'discussion_thread_tags_idx',
    why: 'listing the threads of a category that carry a tag',
    sql: `CREATE INDEX "discussion_thread_tags_idx" ON "discussion_thread" USING gin ("tags")`,
  },
  {
    name: 'moderation_audit_append_only',
    why: 'the moderation audit log can never be changed: every UPDATE, DELETE and TRUNCATE is refused',
    sql: `CREATE FUNCTION "moderation_audit_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'The moderation audit log cannot be changed: entries are only ever added.' USING ERRCODE = 'insufficient_privilege'; END $$`,
  },
  {
    name: 'moderation_audit_no_change',
    why: 'refuses changing or deleting an audit entry',
    sql: `CREATE TRIGGER "moderation_audit_no_change" BEFORE UPDATE OR DELETE ON "moderation_audit" FOR EACH ROW EXECUTE FUNCTION "moderation_audit_append_only"()`,
  },
  {
    name: 'moderation_audit_no_truncate',
    why: 'refuses emptying the audit log',
    sql: `CREATE TRIGGER "moderation_audit_no_truncate" BEFORE TRUNCATE ON "moderation_audit" FOR EACH STATEMENT EXECUTE FUNCTION "moderation_audit_append_only"()`,
  },
  {
    name: 'blog_post_tags_idx',
    why: 'the blog list filtered by a tag',
    sql: `CREATE INDEX "blog_post_tags_idx" ON "blog_post" USING gin ("tags")`,
  },
  {
    name: 'unaccent',
    why: 'glossary search ignores accents ("Lodz" finds "Łódź")',
    sql: 'CREATE EXTENSION IF NOT EXISTS unaccent',
  },
  {
    name: 'glossary_term_search_text_trgm_idx',
    why: 'glossary search by part of a term, definition or translation, in any language',
    sql: `CREATE INDEX "glossary_term_search_text_trgm_idx" ON "glossary_term" USING gin ("search_text" gin_trgm_ops)`,
  },
  // The one search's documents, functions and triggers (modules/search).
  ...SEARCH_SCHEMA_V1,
  ...SEARCH_SCHEMA_V2,
  ...SEARCH_SCHEMA_V3,
  ...SEARCH_SCHEMA_V4,
];
