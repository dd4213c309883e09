import type { ReactNode } from 'react';
import { FlashBanner } from './FlashBanner';
import { usePageTitle } from './usePageTitle';

export interface PageProps {
  /** Used for the document title and, unless `heading` is given, the h1. */
  title: string;
  /** A different h1 from the title, or false when the page draws its own (a Panel). */
  heading?: ReactNode | false;
  /** Small text above the heading, such as the section name. */
  caption?: string;
  /** Back link, error summary or banner: things that go above the h1. */
  beforeHeading?: ReactNode;
  /** True while a form shows errors: the title starts "Error: ". */
  error?: boolean;
  /** 'two-thirds' for text and forms, 'full' for tables. */
  width?: 'two-thirds' | 'full';
  children?: ReactNode;
}

/**
 * Every page goes through this: one h1 that takes focus after navigation,
 * the "Page – Common Ground" title, the standard reading width, and the success banner the
 * previous page asked for (below the back link).
 */
export function Page({
  title,
  heading,
  caption,
  beforeHeading,
  error = false,
  width = 'two-thirds',
  children,
}: PageProps) {
  usePageTitle(title, { error });
  return (
    <div className="govuk-grid-row">
      <div className={width === 'full' ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
        {beforeHeading}
        {/* After the back link, as GOV.UK places a notification banner: first in the content, above the h1. */}
        <FlashBanner />
        {heading === false ? null : (
          <h1 className="govuk-heading-l" tabIndex={-1}>
            {caption ? <span className="govuk-caption-l">{caption}</span> : null}
            {heading ?? title}
          </h1>
        )}
        {children}
      </div>
    </div>
  );
}
