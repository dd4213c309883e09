/** What a recording's own bytes say about it. */
export interface AudioFacts {
  /** Length in seconds, when the file tells it. */
  durationSeconds: number | null;
  /** Container and codec, e.g. "MPEG / MPEG 1 Layer 3" or "Ogg / Opus". */
  format: string | null;
}

/**
 * Reads a recording's duration and format with music-metadata (ESM-only, loaded at run time
 * and kept behind this one function). Scans the whole file when the header does not give the
 * duration. The path should end with the extension the content showed (music-metadata picks its
 * parser from it). Returns undefined when the file cannot be read as audio at all.
 */
export async function readAudioFacts(path: string): Promise<AudioFacts | undefined> {
  const { parseFile } = await import('music-metadata');
  try {
    const { format } = await parseFile(path, { duration: true, skipCovers: true });
    const duration = format.duration;
    return {
      durationSeconds: duration !== undefined && Number.isFinite(duration) && duration > 0 ? duration : null,
      format: [format.container, format.codec].filter(Boolean).join(' / ').slice(0, 60) || null,
    };
  } catch {
    return undefined;
  }
}
