import { randomUUID } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { DataSource } from 'typeorm';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';
import { ContentItemEntity } from '../../../modules/library/entities/content-item.entity';
import { parseChaptersJson } from '../../../modules/library/podcast/chapters';
import { PodcastEpisodeEntity } from '../../../modules/library/podcast/entities/podcast-episode.entity';
import { PodcastShowEntity } from '../../../modules/library/podcast/entities/podcast-show.entity';
import { parseWebVtt } from '@common-ground/shared';
import { readAudioFacts } from '../../../modules/media/audio-metadata.adapter';
import { MediaEntity } from '../../../modules/media/entities/media.entity';
import { LocalDiskStorage } from '../../../modules/media/storage/local-disk.storage';

interface DemoScript {
  voices: Record<string, { name: string; role: string }>;
  episodes: {
    slug: string;
    title: string;
    summary: string;
    notes: string;
    segments: { voice: string; text: string }[];
  }[];
}

/** The committed demo files: beside this file in src/, or found from dist/ in a build. */
export function podcastDemoFolder(): string {
  const beside = join(__dirname, 'podcast-demo');
  return existsSync(beside) ? beside : resolve(__dirname, '../../../../src/database/seed/library/podcast-demo');
}

/**
 * Loads the demo podcast once (a database with any show is left alone): one public show,
 * "Common Ground voices", with three short published episodes whose audio, WebVTT transcripts
 * and JSON chapters were made by podcast-demo/make-audio.mjs and are committed. The
 * recordings are copied into the media storage under generated keys; transcripts and
 * chapters go through the same checks an editor's would.
 */
export async function loadDemoPodcasts(dataSource: DataSource, dataDir: string, editorEmail: string): Promise<void> {
  if ((await dataSource.getRepository(PodcastShowEntity).count()) > 0) return;
  const folder = podcastDemoFolder();
  const script = JSON.parse(await readFile(join(folder, 'script.json'), 'utf8')) as DemoScript;
  const editor = await dataSource.getRepository(PersonEntity).findOneBy({ email: editorEmail });
  const storage = new LocalDiskStorage(join(dataDir, 'media'));
  const incoming = join(dataDir, 'media-incoming');
  await mkdir(incoming, { recursive: true });

  const prepared = await Promise.all(
    script.episodes.map(async (episode) => {
      const audioPath = join(folder, `${episode.slug}.mp3`);
      const facts = await readAudioFacts(audioPath);
      const vtt = await readFile(join(folder, `${episode.slug}.vtt`), 'utf8');
      const chapters = parseChaptersJson(
        await readFile(join(folder, `${episode.slug}.chapters.json`), 'utf8'),
        facts?.durationSeconds ?? null,
      );
      if ('problems' in parseWebVtt(vtt) || 'problems' in chapters)
        throw new Error(`Demo episode ${episode.slug} is not valid`);
      const voices = [...new Set(episode.segments.map((s) => s.voice))].map((key) => ({
        name: script.voices[key].name,
        role: script.voices[key].role,
      }));
      return { episode, audioPath, facts, vtt, chapters: chapters.chapters, voices };
    }),
  );

  const stored: string[] = [];
  await dataSource
    .transaction(async (tx) => {
      const show = await tx.save(
        tx.create(PodcastShowEntity, {
          slug: 'common-ground-voices',
          title: 'Common Ground voices',
          description:
            'Short conversations with people on both sides of the front desk: council workers and migrant workers talk about what helps, in their own words.',
          audience: 'PUBLIC',
          createdById: editor?.id ?? null,
        }),
      );
      const now = Date.now();
      for (const [index, p] of prepared.entries()) {
        const storageKey = randomUUID();
        const temp = join(incoming, storageKey);
        await copyFile(p.audioPath, temp);
        await storage.save(storageKey, temp);
        stored.push(storageKey);
        const media = await tx.save(
          tx.create(MediaEntity, {
            kind: 'AUDIO',
            mime: 'audio/mpeg',
            size: (await stat(p.audioPath)).size,
            storageKey,
            durationSeconds: p.facts?.durationSeconds ?? null,
            format: p.facts?.format ?? null,
            originalName: `${p.episode.slug}.mp3`,
            uploadedById: editor?.id ?? null,
          }),
        );
        const publishedAt = new Date(now - (prepared.length - index) * 7 * 24 * 60 * 60 * 1000);
        const item = await tx.save(
          tx.create(ContentItemEntity, {
            kind: 'PODCAST_EPISODE',
            status: 'PUBLISHED',
            audience: 'PUBLIC',
            title: p.episode.title,
            slug: p.episode.slug,
            summary: p.episode.summary,
            body: p.episode.notes,
            wordCount: p.episode.notes
              .replace(/<[^>]+>/g, ' ')
              .split(/\s+/)
              .filter(Boolean).length,
            authorId: editor?.id ?? null,
            updatedById: editor?.id ?? null,
            publishedAt,
          }),
        );
        await tx.insert(PodcastEpisodeEntity, {
          contentItemId: item.id,
          showId: show.id,
          audioMediaId: media.id,
          transcriptVtt: p.vtt,
          chapters: p.chapters,
          voices: p.voices,
          explicit: false,
        });
        await tx.query(
          `insert into content_revision (content_item_id, number, event, status, title, summary, body, created_by_id)
         values ($1, 1, 'PUBLISHED', 'PUBLISHED', $2, $3, $4, $5)`,
          [item.id, item.title, item.summary, item.body, editor?.id ?? null],
        );
      }
    })
    .catch(async (error: unknown) => {
      await Promise.all(stored.map((key) => storage.remove(key)));
      throw error;
    });
}
