import { Link } from 'react-router';

/** A link back to the previous step, placed above the page heading. */
export function BackLink({ to, text = 'Back' }: { to: string; text?: string }) {
  return (
    <Link to={to} className="govuk-back-link">
      {text}
    </Link>
  );
}
