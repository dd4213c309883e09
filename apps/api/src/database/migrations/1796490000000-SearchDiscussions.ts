import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ExtraSchemaObject } from '../extra-schema';

/**
 * SearchDiscussions: posts in a lesson's discussion (kind LESSON_POST) and comments on a
 * library item (COMMENT, a blog post's or a podcast episode's thread) are searchable, one
 * document per post, as forum replies are. Both are for signed-in staff only (the API reads
 * those threads only for a signed-in person who may see the lesson or item), so their
 * documents have audience STAFF, which no signed-out visitor is given; status PUBLISHED while
 * the post is visible and its lesson is live in a published module (or its item published),
 * HIDDEN (no text kept) while the post is hidden, held or deleted, DRAFT while its home is not
 * readable. Title and slug are the home's (the lesson's title and its module's slug; the
 * item's title and slug), so a result says where it was said. Replaces AddSearch's
 * `search_post_changed` in the current schema (src/database/extra-schema.ts).
 */
export const SEARCH_SCHEMA_V3: readonly ExtraSchemaObject[] = [
  {
    name: 'search_discussion_home',
    why: 'what a lesson or library item discussion needs from its home: the kind of its posts, whether readers may see it, its slug and title',
    sql: `CREATE FUNCTION "search_discussion_home"(p_thread uuid, OUT kind text, OUT readable boolean, OUT slug text, OUT title text) LANGUAGE sql STABLE AS $$
SELECT 'LESSON_POST', l.published_revision_id IS NOT NULL AND l.status <> 'ARCHIVED' AND m.status = 'PUBLISHED',
       m.slug, coalesce(r.title, l.title)
  FROM discussion_thread t
  JOIN lesson l ON l.id = t.lesson_id
  JOIN learning_module m ON m.id = l.module_id
  LEFT JOIN lesson_revision r ON r.id = l.published_revision_id
 WHERE t.id = p_thread
UNION ALL
SELECT 'COMMENT', c.status = 'PUBLISHED', c.slug, c.title
  FROM discussion_thread t JOIN content_item c ON c.id = t.content_item_id
 WHERE t.id = p_thread
$$`,
  },
  {
    name: 'search_index_discussion_post',
    why: "indexes a post in a lesson's discussion or a library item's comments; a hidden, held or deleted one keeps no text",
    sql: `CREATE FUNCTION "search_index_discussion_post"(p_id uuid) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_put(ROW(p.id, h.kind,
      CASE WHEN NOT x.visible THEN 'HIDDEN' WHEN h.readable THEN 'PUBLISHED' ELSE 'DRAFT' END,
      'STAFF', NULL, NULL, t.id, p.seq, h.slug, h.title, '',
      CASE WHEN x.visible THEN search_plain_text(p.body) ELSE '' END,
      CASE WHEN x.visible THEN search_vector(NULL, NULL, search_plain_text(p.body)) ELSE ''::tsvector END,
      p.created_at)::search_document)
    FROM post p
    JOIN discussion_thread t ON t.id = p.thread_id
    CROSS JOIN LATERAL search_discussion_home(t.id) h
    CROSS JOIN LATERAL (SELECT p.moderation_state = 'VISIBLE' AND p.deleted_at IS NULL AS visible) x
   WHERE p.id = p_id AND t.category_id IS NULL;
  IF NOT FOUND THEN DELETE FROM search_document WHERE source_id = p_id; END IF;
END
$$`,
  },
  {
    name: 'search_index_discussion_home',
    why: "follows a discussion's home (published, archived, renamed, moved) in its posts' documents, hidden ones aside",
    sql: `CREATE FUNCTION "search_index_discussion_home"(p_thread uuid) RETURNS void LANGUAGE sql AS $$
UPDATE search_document d
   SET status = CASE WHEN h.readable THEN 'PUBLISHED' ELSE 'DRAFT' END, slug = h.slug, title = h.title
  FROM search_discussion_home(p_thread) h
 WHERE d.thread_id = p_thread AND d.kind = h.kind AND d.status <> 'HIDDEN'
   AND (d.status, d.slug, d.title) IS DISTINCT FROM (CASE WHEN h.readable THEN 'PUBLISHED' ELSE 'DRAFT' END, h.slug, h.title)
$$`,
  },
  {
    name: 'search_index_lesson_discussion',
    why: "a lesson's discussion follows the lesson",
    sql: `CREATE FUNCTION "search_index_lesson_discussion"(p_lesson uuid) RETURNS void LANGUAGE sql AS $$
SELECT search_index_discussion_home(t.id) FROM discussion_thread t WHERE t.lesson_id = p_lesson
$$`,
  },
  {
    name: 'search_index_module_discussions',
    why: "a module's lesson discussions follow the module (published, unpublished, new address)",
    sql: `CREATE FUNCTION "search_index_module_discussions"(p_module uuid) RETURNS void LANGUAGE sql AS $$
SELECT search_index_discussion_home(t.id) FROM lesson l JOIN discussion_thread t ON t.lesson_id = l.id WHERE l.module_id = p_module
$$`,
  },
  {
    name: 'search_index_item_discussion',
    why: "a library item's comments follow the item",
    sql: `CREATE FUNCTION "search_index_item_discussion"(p_item uuid) RETURNS void LANGUAGE sql AS $$
SELECT search_index_discussion_home(t.id) FROM discussion_thread t WHERE t.content_item_id = p_item
$$`,
  },
  {
    name: 'search_post_changed',
    why: 'trigger: a forum opening post reindexes its thread (and the replies when its review state changes), a forum reply itself, a lesson or library item discussion post itself',
    sql: `CREATE OR REPLACE FUNCTION "search_post_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed post;
BEGIN
  IF TG_OP = 'DELETE' THEN
    changed := OLD;
    DELETE FROM search_document WHERE source_id = OLD.id;
  ELSE
    changed := NEW;
  END IF;
  IF EXISTS (SELECT 1 FROM discussion_thread t WHERE t.id = changed.thread_id AND t.category_id IS NULL) THEN
    PERFORM search_index_discussion_post(changed.id);
  ELSIF changed.seq = 1 THEN
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
    name: 'search_lesson_discussion',
    why: "a lesson published, archived, retitled or moved: its discussion's documents follow",
    sql: `CREATE TRIGGER "search_lesson_discussion" AFTER UPDATE OF module_id, title, status, published_revision_id ON "lesson" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_lesson_discussion', 'id')`,
  },
  {
    name: 'search_module_discussions',
    why: "a module published, unpublished or given a new address: its lessons' discussions follow",
    sql: `CREATE TRIGGER "search_module_discussions" AFTER UPDATE OF slug, status ON "learning_module" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_module_discussions', 'id')`,
  },
  {
    name: 'search_item_discussion',
    why: "a library item published, archived, retitled or given a new address: its comments' documents follow",
    sql: `CREATE TRIGGER "search_item_discussion" AFTER UPDATE OF status, slug, title ON "content_item" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_item_discussion', 'id')`,
  },
];

export class SearchDiscussions1796490000000 implements MigrationInterface {
  name = 'SearchDiscussions1796490000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const object of SEARCH_SCHEMA_V3) await queryRunner.query(object.sql);
    await queryRunner.query(
      `SELECT search_index_discussion_post(p.id) FROM post p JOIN discussion_thread t ON t.id = p.thread_id WHERE t.category_id IS NULL`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "search_item_discussion" ON "content_item"`);
    await queryRunner.query(`DROP TRIGGER "search_module_discussions" ON "learning_module"`);
    await queryRunner.query(`DROP TRIGGER "search_lesson_discussion" ON "lesson"`);
    await queryRunner.query(`DELETE FROM search_document WHERE kind IN ('LESSON_POST', 'COMMENT')`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "search_post_changed"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    );
    for (const fn of [
      'search_index_item_discussion',
      'search_index_module_discussions',
      'search_index_lesson_discussion',
      'search_index_discussion_home',
      'search_index_discussion_post',
    ]) {
      await queryRunner.query(`DROP FUNCTION "${fn}"(uuid)`);
    }
    await queryRunner.query(`DROP FUNCTION "search_discussion_home"(uuid)`);
  }
}
