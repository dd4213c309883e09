import { ErrorMessage, Hint } from '../../../ui';
import { classNames } from '../../../ui/classNames';
import { describedBy } from '../../../ui/describedBy';

export interface CpdTimeValue {
  hours: string;
  minutes: string;
}

export interface CpdTimeInputProps {
  /** The hours box takes this id, so an error summary link lands on it. */
  id: string;
  error?: string;
  value: CpdTimeValue;
  onChange: (value: CpdTimeValue) => void;
}

/** The most CPD time a module may state: 100 hours. */
export const MAX_CPD_MINUTES = 6000;

/** Splits minutes into the two boxes; 0 shows as empty. */
export function cpdTimeValue(minutes: number | null | undefined): CpdTimeValue {
  if (!minutes) return { hours: '', minutes: '' };
  return { hours: String(Math.floor(minutes / 60)), minutes: String(minutes % 60) };
}

/** Reads hours and minutes into a number of minutes (0 when both are empty), or says what is wrong. */
export function readCpdTime(value: CpdTimeValue): { minutes: number } | { error: string } {
  const hours = value.hours.trim();
  const minutes = value.minutes.trim();
  if (hours === '' && minutes === '') return { minutes: 0 };
  if (![hours, minutes].every((text) => text === '' || /^\d+$/.test(text))) {
    return { error: 'Enter CPD time using whole numbers only' };
  }
  const total = Number(hours || '0') * 60 + Number(minutes || '0');
  if (Number(minutes || '0') > 59) return { error: 'Minutes must be 59 or fewer' };
  if (total > MAX_CPD_MINUTES) return { error: 'CPD time must be 100 hours or less' };
  return { minutes: total };
}

const PARTS: Array<{ name: keyof CpdTimeValue; label: string; suffix: string }> = [
  { name: 'hours', label: 'Hours', suffix: '' },
  { name: 'minutes', label: 'Minutes', suffix: '-minutes' },
];

/** CPD time as hours and minutes, in the GOV.UK date input style. */
export function CpdTimeInput({ id, error, value, onChange }: CpdTimeInputProps) {
  const hintId = `${id}-hint`;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(hintId, errorId)}>
        <legend className="govuk-fieldset__legend govuk-fieldset__legend--s">CPD time (optional)</legend>
        <Hint id={hintId}>
          The continuing professional development time the module earns, shown on certificates. For example, 1 hour 30
          minutes.
        </Hint>
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div className="govuk-date-input">
          {PARTS.map((part) => (
            <div className="govuk-date-input__item" key={part.name}>
              <div className="govuk-form-group">
                <label className="govuk-label govuk-date-input__label" htmlFor={`${id}${part.suffix}`}>
                  {part.label}
                </label>
                <input
                  className={classNames(
                    'govuk-input govuk-date-input__input govuk-input--width-3',
                    error && 'govuk-input--error',
                  )}
                  id={`${id}${part.suffix}`}
                  name={`${id}${part.suffix}`}
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
