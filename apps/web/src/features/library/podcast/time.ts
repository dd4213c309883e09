/** A position as players show it: "4:05", or "1:02:03" past an hour. */
export function clockTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole / 60) % 60;
  const s = String(whole % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** A position in words, for screen readers: "1 minute 5 seconds". */
export function spokenTime(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  const m = Math.floor(whole / 60);
  const s = whole % 60;
  const parts = [m ? `${m} minute${m === 1 ? '' : 's'}` : '', `${s} second${s === 1 ? '' : 's'}`];
  return parts.filter(Boolean).join(' ');
}

/** A length for lists: "42 seconds", "3 minutes". */
export function lengthLabel(seconds: number | null | undefined): string | null {
  if (!seconds) return null;
  return seconds < 60
    ? `${Math.round(seconds)} seconds`
    : `${Math.round(seconds / 60)} minute${Math.round(seconds / 60) === 1 ? '' : 's'}`;
}

/** Seconds from "mm:ss", "h:mm:ss" or plain seconds ("75", "12.5"); null when it is none of these. */
export function parseClockTime(text: string): number | null {
  const trimmed = text.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Number(trimmed);
  const match = /^(?:(\d+):)?(\d{1,2}):(\d{2})(?:\.(\d{1,3}))?$/.exec(trimmed);
  if (!match) return null;
  const [, h, m, s, ms] = match;
  if (Number(s) > 59 || (h && Number(m) > 59)) return null;
  return Number(h ?? 0) * 3600 + Number(m) * 60 + Number(s) + (ms ? Number(`0.${ms}`) : 0);
}
