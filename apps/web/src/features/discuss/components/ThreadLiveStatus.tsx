import { Link } from 'react-router';
import type { ThreadUnavailableReason } from '@common-ground/shared';
import { NotificationBanner } from '../../../ui';
import { presenceText, typingText } from '../liveText';
import { DISCUSS_HREF } from '../paths';

/** Who else is in the thread and who is writing, shown beside the reply form. */
export function ThreadPresence({ presence, typing }: { presence: number; typing: readonly string[] }) {
  const here = presenceText(presence);
  const writing = typingText(typing);
  if (!here && !writing) return null;
  return (
    <p className="govuk-body-s app-thread-presence">
      {here ? <span className="app-thread-presence__here">{here}</span> : null}
      {writing ? <span className="app-thread-presence__typing">{writing}</span> : null}
    </p>
  );
}

/** Says a thread changed more than a reconnect could catch up with, and offers a reload. */
export function StaleThreadBanner() {
  return (
    <NotificationBanner>
      <p className="govuk-notification-banner__heading">
        There are new posts.{' '}
        <a
          className="govuk-notification-banner__link"
          href={window.location.href}
          onClick={(event) => {
            // A link to the page itself only scrolls when the address has a #fragment.
            event.preventDefault();
            window.location.reload();
          }}
        >
          Reload the page to see them.
        </a>
      </p>
    </NotificationBanner>
  );
}

/** What the reader is told when they can no longer follow a thread. */
const UNAVAILABLE: Record<ThreadUnavailableReason, string> = {
  MOVED: 'This discussion has moved to a forum you cannot see.',
  ACCESS_CHANGED: 'You can no longer see this discussion.',
};

/**
 * Says the reader was taken out of a thread (moved out of their reach, or their access
 * changed): nothing new will appear, and replying is no longer possible.
 */
export function UnavailableThreadBanner({ reason }: { reason: ThreadUnavailableReason }) {
  return (
    <NotificationBanner>
      <p className="govuk-notification-banner__heading">{UNAVAILABLE[reason]}</p>
      <p className="govuk-body">
        New posts will not appear here.{' '}
        <Link className="govuk-notification-banner__link" to={DISCUSS_HREF}>
          Go to the forums
        </Link>
      </p>
    </NotificationBanner>
  );
}
