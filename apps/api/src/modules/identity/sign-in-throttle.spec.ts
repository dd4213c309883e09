import { lockedOutMessage, londonTime, retryAfter } from './sign-in-throttle';

describe('sign-in throttle wording', () => {
  it('writes times the GOV.UK way in UK local time', () => {
    expect(londonTime(new Date('2025-01-15T09:41:00Z'))).toBe('9:41am');
    expect(londonTime(new Date('2025-07-15T08:41:00Z'))).toBe('9:41am'); // British Summer Time
    expect(londonTime(new Date('2025-01-15T12:05:00Z'))).toBe('12:05pm');
    expect(londonTime(new Date('2025-01-15T00:30:00Z'))).toBe('12:30am');
  });

  it('frees the account a window after the failure at the limit', () => {
    expect(retryAfter(new Date('2025-01-15T09:26:00Z'), 15).toISOString()).toBe('2025-01-15T09:41:00.000Z');
  });

  it('says when to try again', () => {
    const now = new Date('2025-01-15T09:30:00Z');
    expect(lockedOutMessage(new Date('2025-01-15T09:41:00Z'), now)).toBe(
      'Too many failed attempts. Try again after 9:41am.',
    );
    expect(lockedOutMessage(new Date('2025-01-16T00:05:00Z'), new Date('2025-01-15T23:55:00Z'))).toBe(
      'Too many failed attempts. Try again after 12:05am tomorrow.',
    );
  });
});
