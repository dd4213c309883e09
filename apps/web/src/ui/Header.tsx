import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface HeaderProps {
  serviceName: string;
  homeHref?: string;
  /** Account links (sign in, profile, sign out), shown at the right of the header. */
  accountLinks?: ReactNode;
  /** A search box, between the service name and the account links. */
  search?: ReactNode;
}

/**
 * The GOV.UK Frontend generic header: the partnership's own name with no
 * crown and no GDS Transport font, because this is not a gov.uk service.
 * Account links sit in the header so the service navigation keeps to the
 * sections and fits on one line.
 */
export function Header({ serviceName, homeHref = '/', accountLinks, search }: HeaderProps) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container app-header__container">
        <div className="govuk-generic-header__logo">
          <Link to={homeHref} className="govuk-generic-header__homepage-link">
            {serviceName}
          </Link>
        </div>
        {search}
        {accountLinks ? (
          <nav aria-label="Account" className="app-header__account">
            <ul className="app-header__account-list">{accountLinks}</ul>
          </nav>
        ) : null}
      </div>
    </div>
  );
}
