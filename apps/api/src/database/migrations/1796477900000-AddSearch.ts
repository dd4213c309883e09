import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ExtraSchemaObject } from '../extra-schema';

/**
 * The one search's index as this migration creates it (src/database/extra-schema.ts lists it
 * as the current schema; a later change writes a new migration with its own list and points
 * extra-schema there). Hand-written: a table of documents kept by triggers on every source,
 * so whatever path changes content (services, the demo seed, background jobs, moderation)
 * the index follows in the same transaction.
 *
 * One row per searchable thing: a library item of any kind (content_item), a learning module,
 * a lesson, a forum thread (its title, tags and opening post) and a forum reply. It keeps the
 * facts the readers' rules need (status, audience, author, forum category), what a result
 * shows (title, plain text for snippets, where it lives) and what is matched: `document`, a
 * weighted tsvector (A title; B summary, tags, translations; C body), and `title_match`, the
 * title in lower case without accents for pg_trgm's typo-tolerant match.
 *
 * Text search configuration `simple_unaccent`: the 'simple' parser and dictionary (no
 * stemming or stop words: content is in English, Polish, Arabic, Urdu, Ukrainian… and an
 * English stemmer would mangle the rest), with `unaccent` first for words with non-ASCII
 * letters, so "Lodz" matches "Łódź" and ts_headline highlights the accented original.
 *
 * HOOK for a kind's extra text (a podcast episode's transcript, say): add it to
 * `search_content_extra` (weight B for short labels, C for long text) in a new migration, and
 * add a trigger on the kind's table calling `search_reindex('search_index_content_item', '<its
 * content item id column>')`, as blog_post and glossary_translation have here.
 */
export const SEARCH_SCHEMA_V1: readonly ExtraSchemaObject[] = [
  {
    name: 'simple_unaccent',
    why: "search's text configuration: 'simple' words (any language, no stemming) with accents removed",
    sql: `CREATE TEXT SEARCH CONFIGURATION "simple_unaccent" (COPY = simple)`,
  },
  {
    name: 'simple_unaccent mapping',
    why: 'words with non-ASCII letters go through unaccent before the simple dictionary',
    sql: `ALTER TEXT SEARCH CONFIGURATION "simple_unaccent" ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple`,
  },
  {
    name: 'search_document',
    why: 'the one search: a document per searchable thing, kept by the triggers below',
    sql: `CREATE TABLE "search_document" ("source_id" uuid NOT NULL, "kind" character varying(20) NOT NULL, "status" character varying(12) NOT NULL, "audience" character varying(10) NOT NULL, "author_id" uuid, "category_id" uuid, "thread_id" uuid, "post_seq" integer, "slug" character varying(120), "title" character varying(200) NOT NULL, "title_match" text NOT NULL, "body_text" text NOT NULL, "document" tsvector NOT NULL, "published_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "search_document_pkey" PRIMARY KEY ("source_id"))`,
  },
  {
    name: 'search_document_document_idx',
    why: 'full-text matching (document @@ query); the visibility and kind filters then narrow its matches',
    sql: `CREATE INDEX "search_document_document_idx" ON "search_document" USING gin ("document")`,
  },
  {
    name: 'search_document_title_match_trgm_idx',
    why: 'typo-tolerant title matching (word_similarity, the <% operator)',
    sql: `CREATE INDEX "search_document_title_match_trgm_idx" ON "search_document" USING gin ("title_match" gin_trgm_ops)`,
  },
  {
    name: 'search_document_thread_id_idx',
    why: "a thread's renaming or move reaches its replies' documents",
    sql: `CREATE INDEX "search_document_thread_id_idx" ON "search_document" ("thread_id")`,
  },
  {
    name: 'search_plain_text',
    why: 'the text of sanitised HTML (tags dropped, the sanitiser’s entities decoded) for matching and snippets',
    sql: `CREATE FUNCTION "search_plain_text"(html text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT btrim(regexp_replace(translate(replace(replace(replace(replace(replace(replace(
  regexp_replace(coalesce(html, ''), '<[^>]*>', ' ', 'g'),
  '&nbsp;', ' '), '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'),
  chr(57344) || chr(57345), ''), '\\s+', ' ', 'g'))
$$`,
  },
  {
    name: 'search_vector',
    why: 'the weighted document: A title, B summary/tags/translations, C body',
    sql: `CREATE FUNCTION "search_vector"(a text, b text, c text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT setweight(to_tsvector('simple_unaccent', coalesce(a, '')), 'A')
    || setweight(to_tsvector('simple_unaccent', coalesce(b, '')), 'B')
    || setweight(to_tsvector('simple_unaccent', coalesce(c, '')), 'C')
$$`,
  },
  {
    name: 'search_fold',
    why: "lower case without accents; immutable (unaccent is only stable) so a search's words fold to a constant when planned",
    sql: `CREATE FUNCTION "search_fold"(words text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT lower(public.unaccent('public.unaccent'::regdictionary, words))
$$`,
  },
  {
    name: 'search_put',
    why: 'writes or replaces one document',
    sql: `CREATE FUNCTION "search_put"(doc search_document) RETURNS void LANGUAGE sql AS $$
INSERT INTO search_document SELECT (doc).* ON CONFLICT (source_id) DO UPDATE SET
  kind = excluded.kind, status = excluded.status, audience = excluded.audience, author_id = excluded.author_id,
  category_id = excluded.category_id, thread_id = excluded.thread_id, post_seq = excluded.post_seq,
  slug = excluded.slug, title = excluded.title, title_match = excluded.title_match, body_text = excluded.body_text,
  document = excluded.document, published_at = excluded.published_at
$$`,
  },
  {
    name: 'search_content_extra',
    why: "a library kind's own searchable text: blog tags and glossary translations (weight B); the hook for more",
    sql: `CREATE FUNCTION "search_content_extra"(item_id uuid, OUT weight_b text, OUT weight_c text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  weight_b := concat_ws(' · ',
    nullif((SELECT array_to_string(p.tags, ', ') FROM blog_post p WHERE p.content_item_id = item_id), ''),
    (SELECT string_agg(t.text, ' · ' ORDER BY t.position) FROM glossary_translation t WHERE t.term_id = item_id));
  weight_c := '';
END
$$`,
  },
  {
    name: 'search_index_content_item',
    why: 'indexes a library item of any kind (or drops its document once it is gone)',
    sql: `CREATE FUNCTION "search_index_content_item"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  extra record;
BEGIN
  SELECT * INTO extra FROM search_content_extra(p_id);
  PERFORM search_put(ROW(c.id, c.kind, c.status, c.audience, c.author_id, NULL, NULL, NULL, c.slug, c.title,
      search_fold(c.title),
      concat_ws(' · ', CASE WHEN x.body <> c.summary THEN nullif(c.summary, '') END, nullif(x.body, ''),
        nullif(extra.weight_b, ''), nullif(extra.weight_c, '')),
      search_vector(c.title, concat_ws(' ', c.summary, extra.weight_b), concat_ws(' ', x.body, extra.weight_c)),
      c.published_at)::search_document)
    FROM content_item c CROSS JOIN LATERAL (SELECT search_plain_text(c.body) AS body) x
   WHERE c.id = p_id;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
END
$$`,
  },
  {
    name: 'search_lesson_text',
    why: "what a lesson's published revision says: an article's text, a scenario's scenes, a check's questions (never answers)",
    sql: `CREATE FUNCTION "search_lesson_text"(p_kind text, p_content jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
SELECT CASE p_kind
  WHEN 'ARTICLE' THEN search_plain_text(p_content ->> 'html')
  WHEN 'SCENARIO' THEN (SELECT string_agg(search_plain_text(s #>> '{}'), ' ')
                          FROM jsonb_path_query(p_content, 'lax $.scenes[*].narrative') s)
  WHEN 'KNOWLEDGE_CHECK' THEN (SELECT string_agg(q #>> '{}', ' ')
                                 FROM jsonb_path_query(p_content, 'lax $.questions[*].prompt') q)
  ELSE '' END
$$`,
  },
  {
    name: 'search_index_lesson',
    why: 'indexes a lesson: PUBLISHED while it is live in a published module, with the module’s audience',
    sql: `CREATE FUNCTION "search_index_lesson"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_put(ROW(l.id, 'LESSON',
      CASE WHEN l.published_revision_id IS NOT NULL AND l.status <> 'ARCHIVED' AND m.status = 'PUBLISHED'
           THEN 'PUBLISHED' ELSE 'DRAFT' END,
      m.audience, NULL, NULL, NULL, NULL, m.slug, coalesce(r.title, l.title), search_fold(coalesce(r.title, l.title)),
      concat_ws(' ', array_to_string(l.outcomes, ' '), x.text),
      search_vector(coalesce(r.title, l.title), array_to_string(l.outcomes, ' '), x.text),
      r.created_at)::search_document)
    FROM lesson l
    JOIN learning_module m ON m.id = l.module_id
    LEFT JOIN lesson_revision r ON r.id = l.published_revision_id
    CROSS JOIN LATERAL (SELECT search_lesson_text(l.kind, r.content) AS text) x
   WHERE l.id = p_id;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
END
$$`,
  },
  {
    name: 'search_index_module',
    why: 'indexes a module, and its lessons, whose visibility follows it',
    sql: `CREATE FUNCTION "search_index_module"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_put(ROW(m.id, 'MODULE', m.status, m.audience, NULL, NULL, NULL, NULL, m.slug, m.title,
      search_fold(m.title), concat_ws(' ', m.summary, array_to_string(m.outcomes, ' ')),
      search_vector(m.title, concat_ws(' ', m.topic, m.summary), array_to_string(m.outcomes, ' ')),
      NULL)::search_document)
    FROM learning_module m WHERE m.id = p_id;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
  PERFORM search_index_lesson(l.id) FROM lesson l WHERE l.module_id = p_id;
END
$$`,
  },
  {
    name: 'search_index_thread',
    why: 'indexes a forum thread (title, tags, its opening post while visible); HELD while that post waits for review',
    sql: `CREATE FUNCTION "search_index_thread"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_put(ROW(t.id, 'FORUM_THREAD', CASE WHEN o.moderation_state = 'HELD' THEN 'HELD' ELSE 'PUBLISHED' END,
      'STAFF', NULL, t.category_id, t.id, 1, NULL, t.title, search_fold(t.title), x.text,
      search_vector(t.title, array_to_string(t.tags, ' '), x.text), t.created_at)::search_document)
    FROM discussion_thread t
    LEFT JOIN post o ON o.thread_id = t.id AND o.seq = 1
    CROSS JOIN LATERAL (SELECT CASE WHEN o.moderation_state = 'VISIBLE' AND o.deleted_at IS NULL
                                    THEN search_plain_text(o.body) ELSE '' END AS text) x
   WHERE t.id = p_id AND t.category_id IS NOT NULL;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
  UPDATE search_document d SET title = t.title, category_id = t.category_id
    FROM discussion_thread t
   WHERE t.id = p_id AND d.thread_id = p_id AND d.kind = 'FORUM_POST'
     AND (d.title, d.category_id) IS DISTINCT FROM (t.title, t.category_id);
END
$$`,
  },
  {
    name: 'search_index_post',
    why: 'indexes a forum reply; a hidden, held or deleted one (or one in a held thread) keeps no text',
    sql: `CREATE FUNCTION "search_index_post"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_put(ROW(p.id, 'FORUM_POST', CASE WHEN x.visible THEN 'PUBLISHED' ELSE 'HIDDEN' END,
      'STAFF', NULL, t.category_id, t.id, p.seq, NULL, t.title, '',
      CASE WHEN x.visible THEN search_plain_text(p.body) ELSE '' END,
      CASE WHEN x.visible THEN search_vector(NULL, NULL, search_plain_text(p.body)) ELSE ''::tsvector END,
      p.created_at)::search_document)
    FROM post p
    JOIN discussion_thread t ON t.id = p.thread_id
    LEFT JOIN post o ON o.thread_id = t.id AND o.seq = 1
    CROSS JOIN LATERAL (SELECT p.moderation_state = 'VISIBLE' AND p.deleted_at IS NULL
                               AND o.moderation_state IS DISTINCT FROM 'HELD' AS visible) x
   WHERE p.id = p_id AND p.seq > 1 AND t.category_id IS NOT NULL;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
END
$$`,
  },
  {
    name: 'search_reindex',
    why: 'trigger: reindexes the source a changed row belongs to (argument 1 the indexing function, 2 the id column)',
    sql: `CREATE FUNCTION "search_reindex"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous uuid;
  current uuid;
BEGIN
  IF TG_OP <> 'INSERT' THEN
    previous := (to_jsonb(OLD) ->> TG_ARGV[1])::uuid;
    EXECUTE format('SELECT %I($1)', TG_ARGV[0]) USING previous;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    current := (to_jsonb(NEW) ->> TG_ARGV[1])::uuid;
    IF current IS DISTINCT FROM previous THEN
      EXECUTE format('SELECT %I($1)', TG_ARGV[0]) USING current;
    END IF;
  END IF;
  RETURN NULL;
END
$$`,
  },
  {
    name: 'search_post_changed',
    why: 'trigger: an opening post reindexes its thread (and the replies when its review state changes), a reply itself',
    sql: `CREATE FUNCTION "search_post_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed post;
BEGIN
  IF TG_OP = 'DELETE' THEN changed := OLD; ELSE changed := NEW; END IF;
  IF changed.seq = 1 THEN
    PERFORM search_index_thread(changed.thread_id);
    IF TG_OP = 'UPDATE' AND OLD.moderation_state IS DISTINCT FROM NEW.moderation_state THEN
      PERFORM search_index_post(r.id) FROM post r WHERE r.thread_id = changed.thread_id AND r.seq > 1;
    END IF;
  ELSE
    PERFORM search_index_post(changed.id);
  END IF;
  RETURN NULL;
END
$$`,
  },
  {
    name: 'search_content_item',
    why: 'a library item written, stepped through the workflow or deleted',
    sql: `CREATE TRIGGER "search_content_item" AFTER INSERT OR DELETE OR UPDATE OF kind, status, audience, author_id, slug, title, summary, body, published_at ON "content_item" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_content_item', 'id')`,
  },
  {
    name: 'search_blog_post',
    why: "a blog post's tags",
    sql: `CREATE TRIGGER "search_blog_post" AFTER INSERT OR DELETE OR UPDATE OF tags ON "blog_post" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_content_item', 'content_item_id')`,
  },
  {
    name: 'search_glossary_translation',
    why: "a glossary term's translations",
    sql: `CREATE TRIGGER "search_glossary_translation" AFTER INSERT OR DELETE OR UPDATE ON "glossary_translation" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_content_item', 'term_id')`,
  },
  {
    name: 'search_learning_module',
    why: 'a module written, published, unpublished or deleted',
    sql: `CREATE TRIGGER "search_learning_module" AFTER INSERT OR DELETE OR UPDATE OF slug, title, summary, outcomes, topic, audience, status ON "learning_module" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_module', 'id')`,
  },
  {
    name: 'search_lesson',
    why: 'a lesson written, published, archived, moved or deleted',
    sql: `CREATE TRIGGER "search_lesson" AFTER INSERT OR DELETE OR UPDATE OF module_id, kind, title, outcomes, status, published_revision_id ON "lesson" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_lesson', 'id')`,
  },
  {
    name: 'search_discussion_thread',
    why: 'a thread started, renamed, re-tagged, moved or deleted',
    sql: `CREATE TRIGGER "search_discussion_thread" AFTER INSERT OR DELETE OR UPDATE OF title, tags, category_id ON "discussion_thread" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_thread', 'id')`,
  },
  {
    name: 'search_post',
    why: 'a post written, edited, hidden, held, restored or deleted',
    sql: `CREATE TRIGGER "search_post" AFTER INSERT OR DELETE OR UPDATE OF body, moderation_state, deleted_at ON "post" FOR EACH ROW EXECUTE FUNCTION search_post_changed()`,
  },
];

/** AddSearch: the one search's documents, kept by triggers, and the content there is so far. */
export class AddSearch1796477900000 implements MigrationInterface {
  name = 'AddSearch1796477900000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const object of SEARCH_SCHEMA_V1) await queryRunner.query(object.sql);
    await queryRunner.query(`SELECT search_index_content_item(id) FROM content_item`);
    await queryRunner.query(`SELECT search_index_module(id) FROM learning_module`);
    await queryRunner.query(`SELECT search_index_thread(id) FROM discussion_thread WHERE category_id IS NOT NULL`);
    await queryRunner.query(`SELECT search_index_post(p.id) FROM post p WHERE p.seq > 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const trigger of ['post', 'discussion_thread', 'lesson', 'learning_module', 'glossary_translation']) {
      await queryRunner.query(`DROP TRIGGER "search_${trigger}" ON "${trigger}"`);
    }
    await queryRunner.query(`DROP TRIGGER "search_blog_post" ON "blog_post"`);
    await queryRunner.query(`DROP TRIGGER "search_content_item" ON "content_item"`);
    await queryRunner.query(`DROP TABLE "search_document" CASCADE`);
    for (const fn of [
      'search_post_changed()',
      'search_reindex()',
      'search_index_post(uuid)',
      'search_index_thread(uuid)',
      'search_index_module(uuid)',
      'search_index_lesson(uuid)',
      'search_lesson_text(text, jsonb)',
      'search_index_content_item(uuid)',
      'search_content_extra(uuid)',
      'search_fold(text)',
      'search_vector(text, text, text)',
      'search_plain_text(text)',
    ]) {
      await queryRunner.query(`DROP FUNCTION "${fn.split('(')[0]}"(${fn.split('(')[1]}`);
    }
    await queryRunner.query(`DROP TEXT SEARCH CONFIGURATION "simple_unaccent"`);
  }
}
