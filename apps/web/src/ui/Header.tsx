import { Link } from 'react-router';

export interface HeaderProps {
  serviceName: string;
  homeHref?: string;
}

/**
 * The GOV.UK Frontend generic header: the partnership's own name with no
 * crown and no GDS Transport font, because this is not a gov.uk service.
 */
export function Header({ serviceName, homeHref = '/' }: HeaderProps) {
  return (
    <div className="govuk-generic-header">
      <div className="govuk-generic-header__container govuk-width-container">
        <div className="govuk-generic-header__logo">
          <Link to={homeHref} className="govuk-generic-header__homepage-link">
            {serviceName}
          </Link>
        </div>
      </div>
    </div>
  );
}
