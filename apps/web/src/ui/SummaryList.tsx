import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { classNames } from './classNames';

export interface SummaryListAction {
  href: string;
  text: string;
  /** Read after the link text by screen readers, e.g. "name" for "Change name". */
  visuallyHiddenText: string;
}

export interface SummaryListRow {
  key: string;
  value: ReactNode;
  action?: SummaryListAction;
}

/**
 * Key and value pairs, such as a profile, with optional "Change" links that
 * say what they change to screen reader users.
 */
export function SummaryList({ rows, noBorder }: { rows: SummaryListRow[]; noBorder?: boolean }) {
  const anyActions = rows.some((row) => row.action);
  return (
    <dl className={classNames('govuk-summary-list', noBorder && 'govuk-summary-list--no-border')}>
      {rows.map((row) => (
        <div
          key={row.key}
          className={classNames(
            'govuk-summary-list__row',
            anyActions && !row.action && 'govuk-summary-list__row--no-actions',
          )}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.href}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}
