import { Link } from 'react-router';
import { threadModerationHref } from '../paths';

/** For moderators of a thread: the way to lock, pin or move it. */
export function ThreadModerationLink({ threadId }: { threadId: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={threadModerationHref(threadId)}>
        Moderate this discussion<span className="govuk-visually-hidden">: lock, pin or move it</span>
      </Link>
    </p>
  );
}
