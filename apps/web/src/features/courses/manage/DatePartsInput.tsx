import { ErrorMessage, Hint } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { describedBy } from '../../../ui/describedBy';
import './manage.scss';

export interface DatePart {
  name: string;
  label: string;
  width: 2 | 3 | 4;
}

export const DATE_PARTS: DatePart[] = [
  { name: 'day', label: 'Day', width: 2 },
  { name: 'month', label: 'Month', width: 2 },
  { name: 'year', label: 'Year', width: 4 },
];

export const TIME_PARTS: DatePart[] = [
  { name: 'hour', label: 'Hour', width: 2 },
  { name: 'minute', label: 'Minute', width: 2 },
];

interface DatePartsInputProps {
  /** The first box's id (where the error summary links); the others are `${id}-${part}`. */
  id: string;
  legend: string;
  hint: string;
  error?: string;
  parts: DatePart[];
  value: Record<string, string>;
  onChange: (value: Record<string, string>) => void;
}

/**
 * GOV.UK's date input pattern (separate numeric boxes in a fieldset, one hint, one error)
 * for a date or a 24-hour time.
 */
export function DatePartsInput({ id, legend, hint, error, parts, value, onChange }: DatePartsInputProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">{legend}</legend>
        <Hint id={hintId}>{hint}</Hint>
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className="govuk-date-input">
          {parts.map((part, index) => {
            const inputId = index === 0 ? id : `${id}-${part.name}`;
            return (
              <div className="govuk-date-input__item" key={part.name}>
                <div className="govuk-form-group">
                  <label className="govuk-label govuk-date-input__label" htmlFor={inputId}>
                    {part.label}
                  </label>
                  <input
                    className={classNames(
                      'govuk-input govuk-date-input__input',
                      `govuk-input--width-${part.width}`,
                      error && 'govuk-input--error',
                    )}
                    id={inputId}
                    name={`${id}-${part.name}`}
                    type="text"
                    inputMode="numeric"
                    spellCheck={false}
                    value={value[part.name] ?? ''}
                    onChange={(event) => onChange({ ...value, [part.name]: event.target.value })}
                  />
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
