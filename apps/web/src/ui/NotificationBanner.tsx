import { useEffect, useId, useRef, type ReactNode } from 'react';
import { classNames } from './classNames';

export interface NotificationBannerProps {
  /** 'success' confirms an action; 'important' tells people something they need to know. */
  type?: 'success' | 'important';
  title?: string;
  heading?: ReactNode;
  children?: ReactNode;
}

/**
 * The GOV.UK notification banner. A success banner takes focus when it
 * appears (and says so with role="alert") so people know their action
 * worked; an important banner stays quiet.
 */
export function NotificationBanner({ type = 'important', title, heading, children }: NotificationBannerProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const isSuccess = type === 'success';
  useEffect(() => {
    if (isSuccess) ref.current?.focus();
  }, [isSuccess]);
  return (
    <div
      ref={ref}
      className={classNames('govuk-notification-banner', isSuccess && 'govuk-notification-banner--success')}
      role={isSuccess ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
      data-autofocus={isSuccess ? 'true' : undefined}
      tabIndex={isSuccess ? -1 : undefined}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {title ?? (isSuccess ? 'Success' : 'Important')}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        {heading ? <h3 className="govuk-notification-banner__heading">{heading}</h3> : null}
        {children}
      </div>
    </div>
  );
}
