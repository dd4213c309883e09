import type { MigrationInterface, QueryRunner } from 'typeorm';
import type { ExtraSchemaObject } from '../extra-schema';

/**
 * SearchPodcastTranscripts: a podcast episode's transcript is searchable (weight C, its text
 * without WebVTT's header, cue numbers, timings and voice tags), through the search's hook
 * for a kind's own text (AddSearch's `search_content_extra`), and a trigger reindexes the
 * episode when its transcript changes. Replaces AddSearch's `search_content_extra` in the
 * current schema (src/database/extra-schema.ts).
 */
export const SEARCH_SCHEMA_V2: readonly ExtraSchemaObject[] = [
  {
    name: 'search_vtt_text',
    why: 'the words of a WebVTT transcript, without its header, cue numbers, timings and tags',
    sql: `CREATE FUNCTION "search_vtt_text"(vtt text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
SELECT search_plain_text(regexp_replace(regexp_replace(regexp_replace(coalesce(vtt, ''),
  '^WEBVTT[^\\n]*$', '', 'n'), '^[^\\n]*-->[^\\n]*$', '', 'gn'), '^\\s*\\d+\\s*$', '', 'gn'))
$$`,
  },
  {
    name: 'search_content_extra',
    why: "a library kind's own searchable text: blog tags and glossary translations (weight B), podcast transcripts (C); the hook for more",
    sql: `CREATE OR REPLACE FUNCTION "search_content_extra"(item_id uuid, OUT weight_b text, OUT weight_c text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  weight_b := concat_ws(' · ',
    nullif((SELECT array_to_string(p.tags, ', ') FROM blog_post p WHERE p.content_item_id = item_id), ''),
    (SELECT string_agg(t.text, ' · ' ORDER BY t.position) FROM glossary_translation t WHERE t.term_id = item_id));
  weight_c := coalesce((SELECT search_vtt_text(e.transcript_vtt) FROM podcast_episode e WHERE e.content_item_id = item_id), '');
END
$$`,
  },
  {
    name: 'search_podcast_episode',
    why: "a podcast episode's transcript",
    sql: `CREATE TRIGGER "search_podcast_episode" AFTER INSERT OR DELETE OR UPDATE OF transcript_vtt ON "podcast_episode" FOR EACH ROW EXECUTE FUNCTION search_reindex('search_index_content_item', 'content_item_id')`,
  },
];

export class SearchPodcastTranscripts1796481400000 implements MigrationInterface {
  name = 'SearchPodcastTranscripts1796481400000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const object of SEARCH_SCHEMA_V2) await queryRunner.query(object.sql);
    await queryRunner.query(`SELECT search_index_content_item(content_item_id) FROM podcast_episode`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "search_podcast_episode" ON "podcast_episode"`);
    await queryRunner.query(
      `CREATE OR REPLACE FUNCTION "search_content_extra"(item_id uuid, OUT weight_b text, OUT weight_c text) LANGUAGE plpgsql STABLE AS $$
BEGIN
  weight_b := concat_ws(' · ',
    nullif((SELECT array_to_string(p.tags, ', ') FROM blog_post p WHERE p.content_item_id = item_id), ''),
    (SELECT string_agg(t.text, ' · ' ORDER BY t.position) FROM glossary_translation t WHERE t.term_id = item_id));
  weight_c := '';
END
$$`,
    );
    await queryRunner.query(`DROP FUNCTION "search_vtt_text"(text)`);
    await queryRunner.query(`SELECT search_index_content_item(content_item_id) FROM podcast_episode`);
  }
}
