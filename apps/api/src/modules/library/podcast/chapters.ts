/** One chapter: where it starts and what it is called. */
export interface Chapter {
  startTime: number;
  title: string;
}

export const CHAPTER_LIMITS = { count: 100, titleMax: 200 } as const;

export type ChaptersResult = { chapters: Chapter[] } | { problems: string[] };

/**
 * Checks chapters: at most 100, each a title of 1 to 200 characters and a start time in
 * seconds (0 or more, before the end of the recording when its length is known), in strictly
 * increasing order. Returns them tidied (titles trimmed, times to the millisecond).
 */
export function checkChapters(chapters: readonly Chapter[], durationSeconds: number | null): ChaptersResult {
  if (chapters.length > CHAPTER_LIMITS.count) return { problems: [`Add at most ${CHAPTER_LIMITS.count} chapters.`] };
  const problems: string[] = [];
  const tidy = chapters.map((chapter, index) => {
    const n = index + 1;
    const title = typeof chapter.title === 'string' ? chapter.title.trim() : '';
    const startTime = chapter.startTime;
    if (!title) problems.push(`Chapter ${n}: enter a title.`);
    if (title.length > CHAPTER_LIMITS.titleMax)
      problems.push(`Chapter ${n}: the title must be ${CHAPTER_LIMITS.titleMax} characters or fewer.`);
    if (typeof startTime !== 'number' || !Number.isFinite(startTime) || startTime < 0) {
      problems.push(`Chapter ${n}: the start time must be a number of seconds, 0 or more.`);
    } else if (durationSeconds !== null && startTime >= durationSeconds) {
      problems.push(`Chapter ${n}: it must start before the recording ends.`);
    }
    if (index > 0 && !(startTime > chapters[index - 1].startTime)) {
      problems.push(`Chapter ${n}: it must start after chapter ${index}.`);
    }
    return { startTime: Math.round(startTime * 1000) / 1000, title };
  });
  return problems.length ? { problems } : { chapters: tidy };
}

/**
 * Reads a chapters file in the podcast namespace's JSON chapters format
 * (`{ "version": "1.2.0", "chapters": [{ "startTime": 0, "title": "…" }] }`) and checks it as
 * `checkChapters` does; other chapter fields are not kept.
 */
export function parseChaptersJson(text: string, durationSeconds: number | null): ChaptersResult {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problems: ['The chapters file is not valid JSON.'] };
  }
  const doc = data as { version?: unknown; chapters?: unknown };
  if (!doc || typeof doc !== 'object' || typeof doc.version !== 'string' || !Array.isArray(doc.chapters)) {
    return { problems: ['A chapters file needs a "version" and a list of "chapters".'] };
  }
  const chapters = (doc.chapters as Partial<Chapter>[]).map((c) => ({
    startTime: c?.startTime as number,
    title: c?.title as string,
  }));
  return checkChapters(chapters, durationSeconds);
}

/** The JSON chapters document served at an episode's chapters URL. */
export const chaptersDocument = (chapters: readonly Chapter[]) => ({
  version: '1.2.0',
  chapters: chapters.map((c) => ({ startTime: c.startTime, title: c.title })),
});
