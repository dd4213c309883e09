import { describe, expect, it } from 'vitest';
import { readSessionTimes, toParts } from './sessionTimes';

describe('session date and times', () => {
  it('reads a summer date in UK time (BST) and a winter one (GMT)', () => {
    expect(
      readSessionTimes(
        { day: '16', month: '6', year: '2026' },
        { hour: '9', minute: '30' },
        { hour: '12', minute: '0' },
      ),
    ).toEqual({ startsAt: new Date('2026-06-16T08:30:00Z'), endsAt: new Date('2026-06-16T11:00:00Z') });
    expect(
      readSessionTimes(
        { day: '3', month: '2', year: '2027' },
        { hour: '14', minute: '00' },
        { hour: '16', minute: '30' },
      ),
    ).toEqual({ startsAt: new Date('2027-02-03T14:00:00Z'), endsAt: new Date('2027-02-03T16:30:00Z') });
  });

  it('says what is wrong, under the field it belongs to', () => {
    expect(readSessionTimes({}, {}, {})).toEqual({
      errors: {
        startsAt: 'Enter the date of the session',
        startTime: 'Enter the time the session starts',
        endsAt: 'Enter the time the session ends',
      },
    });
    expect(
      readSessionTimes(
        { day: '31', month: '2', year: '2027' },
        { hour: '9', minute: '0' },
        { hour: '10', minute: '0' },
      ),
    ).toEqual({ errors: { startsAt: 'Enter a real date' } });
    expect(
      readSessionTimes({ day: '1', month: '2', year: '27' }, { hour: '25', minute: '0' }, { hour: '10', minute: '' }),
    ).toEqual({
      errors: {
        startsAt: 'Year must include 4 numbers',
        startTime: 'Enter a real time in 24-hour clock, like 09 30 or 14 00',
        endsAt: 'The time the session ends must include an hour and minute',
      },
    });
    expect(
      readSessionTimes({ day: '1', month: '2', year: '2027' }, { hour: '13', minute: '0' }, { hour: '9', minute: '0' }),
    ).toEqual({ errors: { endsAt: 'The session must end after it starts' } });
  });

  it('shows an instant in the boxes in UK time', () => {
    expect(toParts('2026-06-16T08:30:00Z')).toEqual({
      date: { day: '16', month: '6', year: '2026' },
      time: { hour: '09', minute: '30' },
    });
  });
});
