import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestApp, type TestApp } from '../../../../test/app';
import { DEMO_EDITOR_EMAIL, loadDemoPartnership } from '../demo-partnership';
import { loadDemoPodcasts, podcastDemoFolder } from './load-podcasts';

const SHOW = `query { podcastShow(idOrSlug: "common-ground-voices") { title feedUrl
  episodes(first: 10) { totalCount edges { node { title voices { role } chapters { title } transcriptVtt
    audio { url durationSeconds } } } } } }`;

interface Shown {
  podcastShow: {
    feedUrl: string;
    episodes: {
      totalCount: number;
      edges: {
        node: {
          voices: { role: string }[];
          chapters: unknown[];
          transcriptVtt: string;
          audio: { url: string; durationSeconds: number };
        };
      }[];
    };
  };
}

describe('demo podcast', () => {
  let t: TestApp;
  const dataDir = mkdtempSync(join(tmpdir(), 'cg-demo-podcast-'));
  beforeAll(async () => {
    t = await createTestApp({ DATA_DIR: dataDir });
    await loadDemoPartnership(t.db);
    await loadDemoPodcasts(t.db, dataDir, DEMO_EDITOR_EMAIL);
  });
  afterAll(async () => {
    await t.close();
  });

  it('loads one public show with three playable episodes once, with transcripts, chapters and both kinds of voice', async () => {
    await loadDemoPodcasts(t.db, dataDir, DEMO_EDITOR_EMAIL);
    const shown = (await t.client().ok<Shown>(SHOW)).podcastShow;
    expect(shown.episodes.totalCount).toBe(3);
    const roles = new Set(shown.episodes.edges.flatMap((e) => e.node.voices.map((v) => v.role)));
    expect([...roles].sort()).toEqual(['council worker', 'migrant worker']);
    for (const { node } of shown.episodes.edges) {
      expect(node.chapters.length).toBeGreaterThanOrEqual(3);
      expect(node.transcriptVtt.match(/-->/g)?.length).toBeGreaterThanOrEqual(6);
      expect(node.audio.durationSeconds).toBeGreaterThan(30);
      const res = await fetch(`${t.url}${node.audio.url}`, { headers: { range: 'bytes=0-99' } });
      expect(res.status).toBe(206);
    }
    expect((await fetch(`${t.url}${shown.feedUrl}`)).status).toBe(200);
    expect(readdirSync(join(dataDir, 'media'))).toHaveLength(3);
  });

  it('keeps the committed demo audio well under 2 MiB in all', () => {
    const folder = podcastDemoFolder();
    const bytes = readdirSync(folder)
      .filter((name) => name.endsWith('.mp3'))
      .reduce((sum, name) => sum + statSync(join(folder, name)).size, 0);
    expect(bytes).toBeLessThan(1024 * 1024);
  });
});
