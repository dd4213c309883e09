import { approvalLinkExpiry, offerDeadline } from './offer-deadline';
import { reminderDue } from './reminders';

const at = (iso: string) => new Date(iso);

describe('offer deadline', () => {
  it('gives the set number of hours when the session is further away', () => {
    expect(offerDeadline(at('2027-03-01T10:00:00Z'), at('2027-03-20T09:30:00Z'), 48)).toEqual(
      at('2027-03-03T10:00:00Z'),
    );
  });

  it('never runs past the session start', () => {
    expect(offerDeadline(at('2027-03-19T12:00:00Z'), at('2027-03-20T09:30:00Z'), 48)).toEqual(
      at('2027-03-20T09:30:00Z'),
    );
  });

  it('ends exactly at the start when the hours would reach it exactly', () => {
    expect(offerDeadline(at('2027-03-18T09:30:00Z'), at('2027-03-20T09:30:00Z'), 48)).toEqual(
      at('2027-03-20T09:30:00Z'),
    );
  });

  it('offers nothing once the session has started', () => {
    expect(offerDeadline(at('2027-03-20T09:30:00Z'), at('2027-03-20T09:30:00Z'), 48)).toBeNull();
    expect(offerDeadline(at('2027-03-21T09:30:00Z'), at('2027-03-20T09:30:00Z'), 48)).toBeNull();
  });

  it('keeps an approval link for the set days, never past the start', () => {
    expect(approvalLinkExpiry(at('2027-03-01T10:00:00Z'), at('2027-04-20T09:30:00Z'), 14)).toEqual(
      at('2027-03-15T10:00:00Z'),
    );
    expect(approvalLinkExpiry(at('2027-04-19T10:00:00Z'), at('2027-04-20T09:30:00Z'), 14)).toEqual(
      at('2027-04-20T09:30:00Z'),
    );
  });
});

describe('reminder due', () => {
  const start = at('2027-03-20T09:30:00Z');
  it('is nothing more than seven days out', () => {
    expect(reminderDue(at('2027-03-13T09:29:59Z'), start)).toBeNull();
  });
  it('is the week-ahead reminder from exactly seven days out', () => {
    expect(reminderDue(at('2027-03-13T09:30:00Z'), start)).toBe('SEVEN_DAYS');
    expect(reminderDue(at('2027-03-19T09:29:59Z'), start)).toBe('SEVEN_DAYS');
  });
  it('is the day-before reminder within 24 hours', () => {
    expect(reminderDue(at('2027-03-19T09:30:00Z'), start)).toBe('ONE_DAY');
    expect(reminderDue(at('2027-03-20T09:29:59Z'), start)).toBe('ONE_DAY');
  });
  it('is nothing once the session has started', () => {
    expect(reminderDue(start, start)).toBeNull();
  });
});
