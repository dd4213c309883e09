import { describe, expect, it } from 'vitest';
import { londonWallClockToDate } from './londonTime';

describe('londonWallClockToDate', () => {
  it('reads summer and winter times as UK time', () => {
    expect(londonWallClockToDate({ year: 2026, month: 6, day: 16, hour: 9, minute: 30 })?.toISOString()).toBe(
      '2026-06-16T08:30:00.000Z',
    );
    expect(londonWallClockToDate({ year: 2026, month: 12, day: 1, hour: 14, minute: 0 })?.toISOString()).toBe(
      '2026-12-01T14:00:00.000Z',
    );
  });

  it('refuses dates that do not exist', () => {
    expect(londonWallClockToDate({ year: 2026, month: 2, day: 30, hour: 9, minute: 0 })).toBeNull();
  });
});
