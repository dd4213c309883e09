import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatTime, formatTimeRange } from './dates';

describe('dates', () => {
  it('formats a date in GOV.UK style in UK time', () => {
    expect(formatDate('2026-06-16T08:00:00Z')).toBe('Tuesday 16 June 2026');
    // 23:30 UTC on 15 June is already 16 June in British Summer Time
    expect(formatDate('2026-06-15T23:30:00Z')).toBe('Tuesday 16 June 2026');
  });

  it('formats times without leading zeros, with midday and midnight', () => {
    expect(formatTime('2026-06-16T08:00:00Z')).toBe('9am');
    expect(formatTime('2026-06-16T11:30:00Z')).toBe('12:30pm');
    expect(formatTime('2026-06-16T11:00:00Z')).toBe('midday');
    expect(formatTime('2026-01-16T00:00:00Z')).toBe('midnight');
    expect(formatTime('2026-01-16T17:05:00Z')).toBe('5:05pm');
  });

  it('joins dates, times and ranges', () => {
    expect(formatDateTime('2026-06-16T08:00:00Z')).toBe('Tuesday 16 June 2026 at 9am');
    expect(formatTimeRange('2026-06-16T08:00:00Z', '2026-06-16T11:30:00Z')).toBe('9am to 12:30pm');
  });
});
