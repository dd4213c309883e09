import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';

export interface ChoiceItem {
  value: string;
  text: ReactNode;
  hint?: ReactNode;
}

export interface RadiosProps {
  /** The first radio's id; later ones get `-2`, `-3`… as in the macro. */
  idPrefix: string;
  name?: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
  small?: boolean;
}

/** Choosing exactly one answer, with every option visible. */
export function Radios({
  idPrefix,
  name = idPrefix,
  legend,
  legendClassName = 'govuk-fieldset__legend--s',
  hint,
  error,
  items,
  value,
  onChange,
  inline,
  small,
}: RadiosProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legend} legendClassName={legendClassName} describedBy={describedBy(hintId, errorId)}>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div
          className={classNames('govuk-radios', inline && 'govuk-radios--inline', small && 'govuk-radios--small')}
          data-module="govuk-radios"
        >
          {items.map((item, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div className="govuk-radios__item" key={item.value}>
                <input
                  className="govuk-radios__input"
                  id={id}
                  name={name}
                  type="radio"
                  value={item.value}
                  checked={value === item.value}
                  onChange={() => onChange(item.value)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-radios__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && itemHintId ? (
                  <Hint id={itemHintId} className="govuk-radios__hint">
                    {item.hint}
                  </Hint>
                ) : null}
              </div>
            );
          })}
        </div>
      </Fieldset>
    </div>
  );
}
