import { Link } from 'react-router';

/** Above a thread opened part-way (at the first unread or a linked post): the way back to its start. */
export function EarlierPostsLink({ count }: { count: number }) {
  return (
    <p className="govuk-body">
      Starting part-way through the discussion.{' '}
      <Link className="govuk-link" to="?seq=1">
        {count === 1 ? 'Show the earlier post' : `Show the ${count} earlier posts`}
      </Link>
    </p>
  );
}
