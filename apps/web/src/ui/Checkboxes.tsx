import type { ReactNode } from 'react';
import { classNames } from './classNames';
import { describedBy } from './describedBy';
import { ErrorMessage } from './ErrorMessage';
import { Fieldset } from './Fieldset';
import { Hint } from './Hint';
import type { ChoiceItem } from './Radios';

export interface CheckboxesProps {
  /** The first checkbox's id; later ones get `-2`, `-3`… as in the macro. */
  idPrefix: string;
  name?: string;
  legend: ReactNode;
  legendClassName?: string;
  hint?: ReactNode;
  error?: string;
  items: ChoiceItem[];
  values: readonly string[];
  onChange: (values: string[]) => void;
  small?: boolean;
}

/** Choosing any number of answers ("Select all that apply"). */
export function Checkboxes({
  idPrefix,
  name = idPrefix,
  legend,
  legendClassName = 'govuk-fieldset__legend--s',
  hint,
  error,
  items,
  values,
  onChange,
  small,
}: CheckboxesProps) {
  const hintId = hint ? `${idPrefix}-hint` : undefined;
  const errorId = error ? `${idPrefix}-error` : undefined;
  const toggle = (value: string, checked: boolean) => {
    const next = checked ? [...values, value] : values.filter((item) => item !== value);
    // Keep the order of the items, not the order of clicks.
    onChange(items.map((item) => item.value).filter((item) => next.includes(item)));
  };
  return (
    <div className={classNames('govuk-form-group', error && 'govuk-form-group--error')}>
      <Fieldset legend={legend} legendClassName={legendClassName} describedBy={describedBy(hintId, errorId)}>
        {hint && hintId ? <Hint id={hintId}>{hint}</Hint> : null}
        {error && errorId ? <ErrorMessage id={errorId} message={error} /> : null}
        <div
          className={classNames('govuk-checkboxes', small && 'govuk-checkboxes--small')}
          data-module="govuk-checkboxes"
        >
          {items.map((item, index) => {
            const id = index === 0 ? idPrefix : `${idPrefix}-${index + 1}`;
            const itemHintId = item.hint ? `${id}-item-hint` : undefined;
            return (
              <div className="govuk-checkboxes__item" key={item.value}>
                <input
                  className="govuk-checkboxes__input"
                  id={id}
                  name={name}
                  type="checkbox"
                  value={item.value}
                  checked={values.includes(item.value)}
                  onChange={(event) => toggle(item.value, event.target.checked)}
                  aria-describedby={itemHintId}
                />
                <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
                  {item.text}
                </label>
                {item.hint && itemHintId ? (
                  <Hint id={itemHintId} className="govuk-checkboxes__hint">
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
