import type { ReactNode } from 'react';

/**
 * Warns about something with consequences (such as losing access). The word
 * "Warning" is read out, so the icon is not the only signal.
 */
export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="govuk-warning-text">
      <span className="govuk-warning-text__icon" aria-hidden="true">
        !
      </span>
      <strong className="govuk-warning-text__text">
        <span className="govuk-visually-hidden">Warning</span>
        {children}
      </strong>
    </div>
  );
}
