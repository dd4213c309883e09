import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { DomainError } from '../../../common/errors/domain-error';
import bankHolidayFile from '../data/bank-holidays.json';
import { parseBankHolidays } from './bank-holidays';
import { endOfLondonDay, londonDateOf, londonInstant } from './london-time';
import {
  freeCancellationDeadline,
  isFreeCancellation,
  isWorkingDay,
  lastFreeCancellationDate,
  sessionStartDate,
} from './working-days';

const calendar = parseBankHolidays(bankHolidayFile);

describe('working days', () => {
  it('are Monday to Friday, except the nation’s own bank holidays', () => {
    expect(isWorkingDay('2026-06-19', 'ENGLAND_AND_WALES', calendar)).toBe(true); // Friday
    expect(isWorkingDay('2026-06-20', 'ENGLAND_AND_WALES', calendar)).toBe(false); // Saturday
    expect(isWorkingDay('2026-06-21', 'ENGLAND_AND_WALES', calendar)).toBe(false); // Sunday
    // Easter Monday is a bank holiday in England and Wales and Northern Ireland, not in Scotland.
    expect(isWorkingDay('2026-04-06', 'ENGLAND_AND_WALES', calendar)).toBe(false);
    expect(isWorkingDay('2026-04-06', 'NORTHERN_IRELAND', calendar)).toBe(false);
    expect(isWorkingDay('2026-04-06', 'SCOTLAND', calendar)).toBe(true);
    // St Patrick's Day only in Northern Ireland; St Andrew's Day only in Scotland.
    expect(isWorkingDay('2026-03-17', 'NORTHERN_IRELAND', calendar)).toBe(false);
    expect(isWorkingDay('2026-03-17', 'ENGLAND_AND_WALES', calendar)).toBe(true);
    expect(isWorkingDay('2026-11-30', 'SCOTLAND', calendar)).toBe(false);
    expect(isWorkingDay('2026-11-30', 'ENGLAND_AND_WALES', calendar)).toBe(true);
  });

  it('count back seven working days over a plain fortnight', () => {
    // Monday 22 June 2026: Fri 19, Thu 18, Wed 17, Tue 16, Mon 15, Fri 12, Thu 11.
    expect(lastFreeCancellationDate('2026-06-22', 'ENGLAND_AND_WALES', calendar)).toBe('2026-06-11');
    // A Saturday session counts back from the Friday before it.
    expect(lastFreeCancellationDate('2026-06-27', 'ENGLAND_AND_WALES', calendar)).toBe('2026-06-18');
  });

  it('skip the bank holidays of the venue’s nation only', () => {
    // Wednesday 8 April 2026, after Good Friday (3rd) and Easter Monday (6th).
    expect(lastFreeCancellationDate('2026-04-08', 'ENGLAND_AND_WALES', calendar)).toBe('2026-03-26');
    expect(lastFreeCancellationDate('2026-04-08', 'SCOTLAND', calendar)).toBe('2026-03-27');
    // Thursday 19 March 2026, after St Patrick's Day.
    expect(lastFreeCancellationDate('2026-03-19', 'NORTHERN_IRELAND', calendar)).toBe('2026-03-09');
    expect(lastFreeCancellationDate('2026-03-19', 'ENGLAND_AND_WALES', calendar)).toBe('2026-03-10');
    // Over Christmas and New Year, substitute days included; Scotland also keeps 2 January (4th in 2027).
    expect(lastFreeCancellationDate('2027-01-05', 'ENGLAND_AND_WALES', calendar)).toBe('2026-12-22');
    expect(lastFreeCancellationDate('2027-01-05', 'SCOTLAND', calendar)).toBe('2026-12-21');
  });

  it('end free cancellation at 23:59:59.999 London time, in summer and in winter', () => {
    // British Summer Time: one hour ahead of UTC.
    expect(freeCancellationDeadline('2026-06-22', 'ENGLAND_AND_WALES', calendar).toISOString()).toBe(
      '2026-06-11T22:59:59.999Z',
    );
    // Greenwich Mean Time, even though the session itself falls after the clocks go forward (29 March).
    expect(freeCancellationDeadline('2026-04-09', 'ENGLAND_AND_WALES', calendar).toISOString()).toBe(
      '2026-03-27T23:59:59.999Z',
    );
  });

  it('allow free cancellation up to the last millisecond of the seventh working day, and not one after', () => {
    const deadline = freeCancellationDeadline('2026-06-22', 'ENGLAND_AND_WALES', calendar);
    expect(isFreeCancellation(deadline, '2026-06-22', 'ENGLAND_AND_WALES', calendar)).toBe(true);
    expect(isFreeCancellation(new Date(deadline.getTime() + 1), '2026-06-22', 'ENGLAND_AND_WALES', calendar)).toBe(
      false,
    );
    // Eight working days out is free; six is not.
    expect(isFreeCancellation(londonInstant('2026-06-10', 17), '2026-06-22', 'ENGLAND_AND_WALES', calendar)).toBe(true);
    expect(isFreeCancellation(londonInstant('2026-06-12', 9), '2026-06-22', 'ENGLAND_AND_WALES', calendar)).toBe(false);
  });

  it('take a session’s start date in London, not in UTC', () => {
    // 00:30 on 23 June in London is still 22 June in UTC.
    expect(sessionStartDate(new Date('2026-06-22T23:30:00Z'))).toBe('2026-06-23');
    expect(sessionStartDate(new Date('2026-01-05T23:30:00Z'))).toBe('2026-01-05');
    expect(londonDateOf(new Date('2026-03-29T00:59:59Z'))).toBe('2026-03-29');
    expect(endOfLondonDay('2026-03-29').toISOString()).toBe('2026-03-29T22:59:59.999Z');
    expect(endOfLondonDay('2026-10-25').toISOString()).toBe('2026-10-25T23:59:59.999Z');
    expect(londonInstant('2026-10-25', 9, 30).toISOString()).toBe('2026-10-25T09:30:00.000Z');
    expect(londonInstant('2026-10-24', 9, 30).toISOString()).toBe('2026-10-24T08:30:00.000Z');
  });

  it('refuse to count across a year whose bank holidays are not loaded', () => {
    expect.assertions(3);
    try {
      lastFreeCancellationDate('2029-01-12', 'ENGLAND_AND_WALES', calendar);
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('CONFLICT');
      expect((error as DomainError).message).toContain('England and Wales in 2029');
    }
  });

  it('give the same answers whatever time zone the host runs in', () => {
    const probe = `
      const file = require(${JSON.stringify(join(__dirname, '../data/bank-holidays.json'))});
      const { parseBankHolidays } = require(${JSON.stringify(join(__dirname, 'bank-holidays.ts'))});
      const w = require(${JSON.stringify(join(__dirname, 'working-days.ts'))});
      const cal = parseBankHolidays(file);
      const out = [];
      for (const [date, nation] of [['2026-06-22','ENGLAND_AND_WALES'],['2026-04-08','SCOTLAND'],['2026-04-09','ENGLAND_AND_WALES'],['2027-01-05','SCOTLAND'],['2026-03-19','NORTHERN_IRELAND']]) {
        const deadline = w.freeCancellationDeadline(date, nation, cal);
        out.push([date, nation, deadline.toISOString(),
          w.isFreeCancellation(deadline, date, nation, cal),
          w.isFreeCancellation(new Date(deadline.getTime() + 1), date, nation, cal),
          w.sessionStartDate(new Date('2026-06-22T23:30:00Z'))]);
      }
      process.stdout.write(JSON.stringify({ zone: new Date('2026-06-22T12:00:00Z').getTimezoneOffset(), out }));
    `;
    const run = (tz: string) =>
      JSON.parse(
        execFileSync(process.execPath, ['-r', join(__dirname, '../../../../test/swc-register.cjs'), '-e', probe], {
          env: { ...process.env, TZ: tz },
          encoding: 'utf8',
        }),
      ) as { zone: number; out: unknown[] };
    const london = run('Europe/London');
    const losAngeles = run('America/Los_Angeles');
    const tokyo = run('Asia/Tokyo');
    // The hosts really are in three zones...
    expect(new Set([london.zone, losAngeles.zone, tokyo.zone]).size).toBe(3);
    // ...and agree on every answer.
    expect(losAngeles.out).toEqual(london.out);
    expect(tokyo.out).toEqual(london.out);
    expect(london.out[0]).toEqual([
      '2026-06-22',
      'ENGLAND_AND_WALES',
      '2026-06-11T22:59:59.999Z',
      true,
      false,
      '2026-06-23',
    ]);
  });
});
