import type { ReactNode } from 'react';

export interface PhaseBannerProps {
  tag?: string;
  children: ReactNode;
}

/**
 * Tells people the service is new and still changing, and where to send
 * feedback, on every page.
 */
export function PhaseBanner({ tag = 'Beta', children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{tag}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
