import type { ReactNode } from 'react';

/** Sets a short passage apart from the text around it, such as a quote or a note. */
export function InsetText({ children }: { children: ReactNode }) {
  return <div className="govuk-inset-text">{children}</div>;
}
