import { NATIONS } from '@common-ground/shared';
import { DomainError } from '../../../common/errors/domain-error';
import bankHolidayFile from '../data/bank-holidays.json';
import { formatBankHolidays, parseBankHolidays } from './bank-holidays';
import { weekday } from './calendar-date';

const refusal = (input: unknown): DomainError => {
  try {
    parseBankHolidays(input);
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
};

describe('bank holiday file', () => {
  it('covers 2025 to 2028 for every nation, each holiday on a weekday', () => {
    const calendar = parseBankHolidays(bankHolidayFile);
    for (const nation of NATIONS) {
      expect(calendar[nation].firstYear).toBe(2025);
      expect(calendar[nation].lastYear).toBe(2028);
      for (const holiday of calendar[nation].holidays) expect([1, 2, 3, 4, 5]).toContain(weekday(holiday.date));
    }
    expect(calendar.ENGLAND_AND_WALES.holidays).toHaveLength(32);
    expect(calendar.SCOTLAND.holidays).toHaveLength(36);
    expect(calendar.NORTHERN_IRELAND.holidays).toHaveLength(40);
  });

  it('reads text as GOV.UK publishes it and writes the same shape back', () => {
    const calendar = parseBankHolidays(JSON.stringify(bankHolidayFile));
    expect(parseBankHolidays(formatBankHolidays(calendar))).toEqual(calendar);
    expect(formatBankHolidays(calendar)['scotland'].events[0]).toEqual({ title: 'New Year’s Day', date: '2025-01-01' });
  });

  it.each([
    ['text that is not JSON', '{"england-and-wales": ', 'it is not JSON'],
    ['a list instead of nations', '[]', 'one entry per nation'],
    ['a nation missing', { 'england-and-wales': bankHolidayFile['england-and-wales'] }, '"scotland"'],
    [
      'a date that does not exist',
      { ...bankHolidayFile, scotland: { division: 'scotland', events: [{ title: 'Leap', date: '2027-02-29' }] } },
      'event 1 of "scotland"',
    ],
    [
      'a date in another format',
      { ...bankHolidayFile, scotland: { division: 'scotland', events: [{ title: 'Boxing Day', date: '26/12/2027' }] } },
      'YYYY-MM-DD',
    ],
    [
      'a nation with no holidays',
      { ...bankHolidayFile, scotland: { division: 'scotland', events: [] } },
      'no bank holidays',
    ],
    [
      'a blank title',
      { ...bankHolidayFile, scotland: { division: 'scotland', events: [{ title: '  ', date: '2027-01-01' }] } },
      'no title',
    ],
  ])('refuses %s with a coded error saying what is wrong', (_label, input, says) => {
    const error = refusal(input);
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.fields?.bankHolidays).toContain(says);
    expect(error.message).toContain('Nothing was changed');
  });
});
