import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from './classNames';
import { useMediaQuery } from './useMediaQuery';

export interface ServiceNavigationItem {
  text: string;
  href: string;
  /** The page itself (aria-current="page"). */
  current?: boolean;
  /** A page inside this section (aria-current="true"). */
  active?: boolean;
}

export interface ServiceNavigationProps {
  items: ServiceNavigationItem[];
  /** Extra list items after the links, such as the account links. */
  navigationEnd?: ReactNode;
  navigationLabel?: string;
  navigationId?: string;
}

/** Matches GOV.UK Frontend's mobile breakpoint for the menu toggle. */
const MOBILE_QUERY = '(max-width: 40.0525em)';

/**
 * The GOV.UK service navigation: the service's sections, with the current
 * one marked in bold and with aria-current, and a Menu toggle on small
 * screens (React state instead of GOV.UK Frontend's JavaScript).
 */
export function ServiceNavigation({
  items,
  navigationEnd,
  navigationLabel = 'Menu',
  navigationId = 'navigation',
}: ServiceNavigationProps) {
  const isMobile = useMediaQuery(MOBILE_QUERY);
  const [open, setOpen] = useState(false);
  const listHidden = isMobile && !open;

  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label={navigationLabel} className="govuk-service-navigation__wrapper">
            <button
              type="button"
              className="govuk-service-navigation__toggle govuk-js-service-navigation-toggle"
              aria-controls={navigationId}
              aria-expanded={isMobile ? open : undefined}
              hidden={!isMobile}
              onClick={() => setOpen((value) => !value)}
            >
              Menu
            </button>
            <ul className="govuk-service-navigation__list" id={navigationId} hidden={listHidden}>
              {items.map((item) => {
                const marked = item.current === true || item.active === true;
                return (
                  <li
                    key={item.href}
                    className={classNames(
                      'govuk-service-navigation__item',
                      marked && 'govuk-service-navigation__item--active',
                    )}
                  >
                    <Link
                      className="govuk-service-navigation__link"
                      to={item.href}
                      aria-current={item.current ? 'page' : item.active ? 'true' : undefined}
                    >
                      {marked ? (
                        <strong className="govuk-service-navigation__active-fallback">{item.text}</strong>
                      ) : (
                        item.text
                      )}
                    </Link>
                  </li>
                );
              })}
              {navigationEnd}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
