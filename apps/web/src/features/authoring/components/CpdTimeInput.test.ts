import { describe, expect, it } from 'vitest';
import { cpdTime } from '../../../lib/labels';
import { cpdTimeValue, readCpdTime } from './CpdTimeInput';

describe('CPD time', () => {
  it('reads hours and minutes, empty as 0', () => {
    expect(readCpdTime({ hours: '', minutes: '' })).toEqual({ minutes: 0 });
    expect(readCpdTime({ hours: '1', minutes: '30' })).toEqual({ minutes: 90 });
    expect(readCpdTime({ hours: ' ', minutes: '45' })).toEqual({ minutes: 45 });
    expect(readCpdTime({ hours: '100', minutes: '' })).toEqual({ minutes: 6000 });
  });

  it('says what is wrong', () => {
    expect(readCpdTime({ hours: '1.5', minutes: '' })).toEqual({ error: 'Enter CPD time using whole numbers only' });
    expect(readCpdTime({ hours: '', minutes: '60' })).toEqual({ error: 'Minutes must be 59 or fewer' });
    expect(readCpdTime({ hours: '100', minutes: '1' })).toEqual({ error: 'CPD time must be 100 hours or less' });
  });

  it('splits minutes back into the boxes and says them in words', () => {
    expect(cpdTimeValue(0)).toEqual({ hours: '', minutes: '' });
    expect(cpdTimeValue(90)).toEqual({ hours: '1', minutes: '30' });
    expect(cpdTime(0)).toBe('');
    expect(cpdTime(45)).toBe('45 minutes');
    expect(cpdTime(60)).toBe('1 hour');
    expect(cpdTime(90)).toBe('1 hour 30 minutes');
    expect(cpdTime(121)).toBe('2 hours 1 minute');
  });
});
