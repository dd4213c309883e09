import { ErrorMessage, Hint } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { describedBy } from '../../../ui/describedBy';
import { londonWallClockToDate } from '../../../lib/londonTime';

export interface DateTimeValue {
  day: string;
  month: string;
  year: string;
  hour: string;
  minute: string;
}

export const EMPTY_DATE_TIME: DateTimeValue = { day: '', month: '', year: '', hour: '', minute: '' };

export interface DateTimeInputProps {
  id: string;
  legend: string;
  hint?: string;
  error?: string;
  value: DateTimeValue;
  onChange: (value: DateTimeValue) => void;
}

const PARTS: Array<{ name: keyof DateTimeValue; label: string; width: 2 | 4 }> = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
  { name: 'hour', label: 'Hour', width: 2 },
  { name: 'minute', label: 'Minute', width: 2 },
];

/** The id of the first box, where the error summary link goes. */
export function dateTimeFieldId(id: string): string {
  return `${id}-day`;
}

/** Reads a UK date and 24-hour time, or says what is wrong with it. */
export function readDateTime(value: DateTimeValue, now = new Date()): { date: Date } | { error: string } {
  const numbers = PARTS.map((part) => value[part.name].trim());
  if (numbers.every((text) => text === '')) return { error: 'Enter the date and time to publish' };
  if (numbers.slice(0, 3).some((text) => text === '')) return { error: 'The date must include a day, month and year' };
  if (numbers.slice(3).some((text) => text === '')) return { error: 'The time must include an hour and minute' };
  if (numbers.some((text) => !/^\d+$/.test(text))) return { error: 'Enter the date and time using numbers only' };
  const [day = 0, month = 0, year = 0, hour = 0, minute = 0] = numbers.map(Number);
  if (year < 1000) return { error: 'Year must include 4 numbers' };
  if (hour > 23 || minute > 59) return { error: 'Enter a real time, like 14 30 for 2:30pm' };
  const date = londonWallClockToDate({ year, month, day, hour, minute });
  if (!date) return { error: 'Enter a real date' };
  if (date.getTime() <= now.getTime()) return { error: 'The date and time must be in the future' };
  return { date };
}

/**
 * A date and a 24-hour time in the GOV.UK date input style, in UK time
 * (Europe/London) whatever the device's clock says.
 */
export function DateTimeInput({ id, legend, hint, error, value, onChange }: DateTimeInputProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={hintId}>{hint ?? 'For example, 27 3 2026 at 14 30 for 2:30pm. UK time.'}</Hint>
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className="govuk-date-input" id={id}>
          {PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part.name}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}-${part.name}`}>
                  {part.label}
                </label>
                <input
                  className={classNames(
                    'govuk-input govuk-date-input__input',
                    `govuk-input--width-${part.width}`,
                    error && 'govuk-input--error',
                  )}
                  id={`${id}-${part.name}`}
                  name={`${id}-${part.name}`}
                  type="text"
                  inputMode="numeric"
                  value={value[part.name]}
                  onChange={(event) => onChange({ ...value, [part.name]: event.target.value })}
                />
              </div>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}
