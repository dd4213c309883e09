import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  text: string;
  /** `#field-id` of the field to fix; omit for errors not about one field. */
  href?: string;
}

export interface ErrorSummaryProps {
  title?: string;
  errors: ErrorSummaryItem[];
}

/** Focuses a field and scrolls its label or legend into view, as GOV.UK Frontend does. */
function focusField(id: string): boolean {
  const input = document.getElementById(id);
  if (!input) return false;
  const legend = input.closest('fieldset')?.querySelector('legend');
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (legend ?? label ?? input).scrollIntoView?.();
  input.focus({ preventScroll: true });
  return true;
}

/**
 * The GOV.UK error summary: takes focus when it appears so screen reader
 * users hear what went wrong, and each link moves focus to the field.
 * Re-mount it (change its key) to take focus again after another submit.
 */
export function ErrorSummary({ title = 'There is a problem', errors }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);

  const onClick = (event: MouseEvent<HTMLAnchorElement>, href: string) => {
    if (focusField(href.replace(/^#/, ''))) event.preventDefault();
  };

  return (
    <div className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1} ref={ref}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error, index) => (
              <li key={`${error.href ?? ''}-${index}`}>
                {error.href ? (
                  <a href={error.href} onClick={(event) => onClick(event, error.href ?? '')}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
