/** One passage of a transcript. */
export interface Cue {
  startSeconds: number;
  endSeconds: number;
  /** Who speaks, from a `<v Name>` span, when the cue names them. */
  voice: string | null;
  /** The words, as plain text (markup removed, entities decoded). */
  text: string;
}

export type VttResult = { cues: Cue[] } | { problems: string[] };

/**
 * Limits on a transcript, so one request cannot ask for unbounded work. Typed or pasted, it
 * travels in a GraphQL request, whose body is at most 100 KB: 90,000 characters is about an
 * hour and a half of speech.
 */
export const VTT_LIMITS = { chars: 90_000, cues: 3_000 } as const;

const TIMING = /^(\S+)[ \t]+-->[ \t]+(\S+)(?:[ \t]+.*)?$/;
const TIME = /^(?:(\d{2,}):)?([0-5]\d):([0-5]\d)\.(\d{3})$/;

/** Seconds from a WebVTT timestamp (`mm:ss.ttt` or `hh:mm:ss.ttt`), or null when it is not one. */
export function parseVttTime(text: string): number | null {
  const match = TIME.exec(text);
  if (!match) return null;
  const [, h, m, s, ms] = match;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + Number(ms) / 1000;
}

/** A time as WebVTT writes it, `hh:mm:ss.ttt`. */
export function formatVttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: '\u00a0', lrm: '\u200e', rlm: '\u200f' };

function plainText(payload: string): { voice: string | null; text: string } {
  const voice = /<v(?:\.[^\s>]*)?[ \t]+([^>]+)>/.exec(payload)?.[1]?.trim() ?? null;
  const text = payload
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|nbsp|lrm|rlm);/g, (_, name: string) => ENTITIES[name])
    .replace(/\s+/g, ' ')
    .trim();
  return { voice, text };
}

/**
 * A strict WebVTT reader for transcripts: the file must start with `WEBVTT`, every cue needs a
 * timing line `start --> end` with valid timestamps, an end after its start, start times in
 * order and some text. NOTE, STYLE and REGION blocks are allowed and skipped. Returns every
 * problem found, each naming its line, so an editor can fix them all at once.
 */
export function parseWebVtt(source: string): VttResult {
  if (source.length > VTT_LIMITS.chars) {
    return { problems: [`The transcript must be ${VTT_LIMITS.chars.toLocaleString('en-GB')} characters or fewer.`] };
  }
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: string[] = [];
  if (!/^WEBVTT(?:[ \t].*)?$/.test(lines[0] ?? '')) {
    return { problems: ['Line 1: a WebVTT transcript must start with the word WEBVTT on its own line.'] };
  }
  const cues: Cue[] = [];
  let i = 1;
  while (i < lines.length && lines[i].trim() !== '') i += 1; // header lines
  while (i < lines.length) {
    while (i < lines.length && lines[i].trim() === '') i += 1;
    if (i >= lines.length) break;
    const blockStart = i;
    const block: string[] = [];
    while (i < lines.length && lines[i].trim() !== '') block.push(lines[(i += 1) - 1]);
    if (/^(NOTE|STYLE|REGION)(?:[ \t]|$)/.test(block[0]) && !block[0].includes('-->')) continue;
    const timingIndex = block[0].includes('-->') ? 0 : 1;
    const lineNo = blockStart + timingIndex + 1;
    const timing = TIMING.exec(block[timingIndex] ?? '');
    if (!timing) {
      problems.push(`Line ${lineNo}: expected a timing line such as "00:00:01.000 --> 00:00:04.000".`);
      continue;
    }
    const start = parseVttTime(timing[1]);
    const end = parseVttTime(timing[2]);
    if (start === null || end === null) {
      const bad = start === null ? timing[1] : timing[2];
      problems.push(`Line ${lineNo}: "${bad.slice(0, 20)}" is not a time. Write times as mm:ss.ttt or hh:mm:ss.ttt.`);
      continue;
    }
    if (end <= start) problems.push(`Line ${lineNo}: the passage must end after it starts.`);
    const previous = cues[cues.length - 1];
    if (previous && start < previous.startSeconds) {
      problems.push(`Line ${lineNo}: passages must be in order of their start times.`);
    }
    const payload = block.slice(timingIndex + 1);
    if (payload.some((line) => line.includes('-->'))) {
      problems.push(`Line ${lineNo}: leave a blank line between passages.`);
      continue;
    }
    const { voice, text } = plainText(payload.join('\n'));
    if (!text) problems.push(`Line ${lineNo}: the passage has no words.`);
    cues.push({ startSeconds: start, endSeconds: end, voice, text });
    if (cues.length > VTT_LIMITS.cues)
      return { problems: [`A transcript may have at most ${VTT_LIMITS.cues} passages.`] };
  }
  if (!problems.length && !cues.length)
    problems.push('The transcript has no passages. Add at least one timed passage.');
  return problems.length ? { problems: problems.slice(0, 20) } : { cues };
}
