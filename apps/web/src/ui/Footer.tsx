import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface FooterLink {
  text: string;
  href: string;
}

export interface FooterProps {
  links: FooterLink[];
  /** A short line under the links, such as who runs the service. */
  meta?: ReactNode;
}

/**
 * The GOV.UK footer with support links only: no crown and no Open
 * Government Licence, because the partnership is not central government.
 */
export function Footer({ links, meta }: FooterProps) {
  return (
    <div className="govuk-footer">
      <div className="govuk-width-container">
        <div className="govuk-footer__meta">
          <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
            <h2 className="govuk-visually-hidden">Support links</h2>
            <ul className="govuk-footer__inline-list">
              {links.map((link) => (
                <li key={link.href} className="govuk-footer__inline-list-item">
                  <Link className="govuk-footer__link" to={link.href}>
                    {link.text}
                  </Link>
                </li>
              ))}
            </ul>
            {meta ? <div className="govuk-footer__meta-custom">{meta}</div> : null}
          </div>
        </div>
      </div>
    </div>
  );
}
