import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useRouteFocus } from '../../../app/RouteFocus';
import type { PostModerationFieldsFragment } from '../../../gql/graphql';
import { Tag } from '../../../ui';
import { flagPostMutation, hidePostMutation, restorePostMutation, revealPostAuthorMutation } from '../operations';
import { ReasonForm } from './ReasonForm';
import '../../discuss/discuss.scss';
import '../moderate.scss';

/** The parts of a post the moderation controls need. */
export interface ModeratedPost extends PostModerationFieldsFragment {
  id: string;
  body: string;
  deleted: boolean;
  anonymous: boolean;
}

/** True when the viewer sees only a placeholder: hidden by a moderator, its text not theirs to read. */
export function isHiddenFromViewer(post: ModeratedPost): boolean {
  return post.moderation.state !== 'VISIBLE' && post.body === '' && !post.deleted;
}

/** What a reader sees instead of a hidden post. */
export function HiddenPostPlaceholder() {
  return <p className="govuk-body app-post__deleted">This post has been hidden by a moderator.</p>;
}

/**
 * The label over a hidden or held post for those who can still read it (its author and
 * moderators), so nobody mistakes it for one everyone sees.
 */
export function PostModerationLabel({ post }: { post: ModeratedPost }) {
  if (post.deleted || post.moderation.state === 'VISIBLE' || isHiddenFromViewer(post)) return null;
  const held = post.moderation.state === 'HELD';
  return (
    <p className="govuk-body-s app-post__moderation">
      <Tag colour={held ? 'yellow' : 'red'}>{held ? 'Waiting for review' : 'Hidden'}</Tag>{' '}
      {held
        ? 'Only you and the moderators can see this post until a moderator approves it.'
        : 'This post has been hidden by a moderator. Other staff see a placeholder.'}
    </p>
  );
}

type Step = 'none' | 'flag' | 'hide' | 'restore' | 'reveal';

/**
 * "Report" for readers, and hide, restore (or approve) and reveal-the-author for moderators
 * of the thread, each through a confirm step with a reason.
 */
export function PostModerationActions({
  post,
  when,
  onDecided,
  showReportCount = true,
}: {
  post: ModeratedPost;
  when: string;
  /** Called after a moderator's decision has been saved (the queue then reloads). */
  onDecided?: () => void;
  /** False where the reports are listed already (the queue). */
  showReportCount?: boolean;
}) {
  const [step, setStep] = useState<Step>('none');
  const [revealed, setRevealed] = useState<string | null>(null);
  const routeFocus = useRouteFocus();
  const [flagPost] = useMutation(flagPostMutation);
  const [hidePost] = useMutation(hidePostMutation);
  const [restorePost] = useMutation(restorePostMutation);
  const [revealAuthor] = useMutation(revealPostAuthorMutation);
  const { moderation } = post;
  if (post.deleted) return null;

  const done = (message: string) => {
    setStep('none');
    routeFocus?.announce(message);
  };
  const held = moderation.state === 'HELD';
  const hidden = moderation.state === 'HIDDEN';

  if (step !== 'none') {
    const id = `post-${post.id}-${step}`;
    switch (step) {
      case 'flag':
        return (
          <ReasonForm
            id={id}
            question="Report this post to the moderators?"
            label="Why are you reporting it?"
            hint="For example, it shares details that could identify someone, or it is offensive. The author is not told who reported it."
            confirmText="Report post"
            onCancel={() => setStep('none')}
            onConfirm={async (reason) => {
              await flagPost({ variables: { input: { postId: post.id, reason } } });
              done('Thank you. The moderators will review the post.');
            }}
          />
        );
      case 'hide':
        return (
          <ReasonForm
            id={id}
            question={held ? 'Reject this post?' : 'Hide this post?'}
            warning={
              held
                ? 'Nobody but its author will see it.'
                : 'Other staff will see “This post has been hidden by a moderator” instead. Its author is told why.'
            }
            label="Reason"
            hint="This is recorded in the audit log and shown to the author."
            confirmText={held ? 'Yes, reject post' : 'Yes, hide post'}
            destructive
            onCancel={() => setStep('none')}
            onConfirm={async (reason) => {
              await hidePost({ variables: { input: { postId: post.id, reason } } });
              onDecided?.();
              done(held ? 'The post has been rejected.' : 'The post has been hidden.');
            }}
          />
        );
      case 'restore':
        return (
          <ReasonForm
            id={id}
            question={held ? 'Approve this post?' : hidden ? 'Restore this post?' : 'Dismiss the reports?'}
            warning={held || hidden ? 'Everyone who can read the discussion will see it.' : 'The post stays as it is.'}
            label="Reason"
            hint="This is recorded in the audit log and shown to the author."
            confirmText={held ? 'Approve post' : hidden ? 'Restore post' : 'Dismiss reports'}
            onCancel={() => setStep('none')}
            onConfirm={async (reason) => {
              await restorePost({ variables: { input: { postId: post.id, reason } } });
              onDecided?.();
              done(
                held ? 'The post has been approved.' : hidden ? 'The post has been restored.' : 'Reports dismissed.',
              );
            }}
          />
        );
      case 'reveal':
        return (
          <ReasonForm
            id={id}
            question="See who wrote this anonymous post?"
            warning="Your name, the time and your reason are recorded in the audit log."
            label="Why do you need to know?"
            confirmText="Show the author"
            onCancel={() => setStep('none')}
            onConfirm={async (reason) => {
              const { data } = await revealAuthor({ variables: { input: { postId: post.id, reason } } });
              const author = data?.revealPostAuthor;
              const name = author ? `${author.name}, ${author.jobTitle}, ${author.organisation.name}` : 'unknown';
              setRevealed(name);
              done(`Written by ${name}.`);
            }}
          />
        );
    }
  }

  const items: { key: string; label: string; step: Step }[] = [];
  if (moderation.viewerCanFlag && !moderation.viewerHasFlagged && !moderation.viewerCanModerate) {
    items.push({ key: 'flag', label: 'Report', step: 'flag' });
  }
  if (moderation.viewerCanModerate) {
    if (!hidden) items.push({ key: 'hide', label: held ? 'Reject' : 'Hide', step: 'hide' });
    if (held || hidden) items.push({ key: 'restore', label: held ? 'Approve' : 'Restore', step: 'restore' });
    else if (moderation.openFlagCount) items.push({ key: 'restore', label: 'Dismiss reports', step: 'restore' });
    if (post.anonymous && !revealed) items.push({ key: 'reveal', label: 'See who wrote it', step: 'reveal' });
  }
  return (
    <>
      {moderation.viewerHasFlagged ? <p className="govuk-body-s">You reported this post.</p> : null}
      {showReportCount && moderation.viewerCanModerate && moderation.openFlagCount ? (
        <p className="govuk-body-s">
          Reported {moderation.openFlagCount === 1 ? 'once' : `${moderation.openFlagCount} times`}.
        </p>
      ) : null}
      {revealed ? <p className="govuk-body-s">Written by {revealed}.</p> : null}
      {items.length ? (
        <ul className="govuk-list app-post__actions">
          {items.map((item) => (
            <li key={item.key}>
              <button type="button" className="govuk-link app-link-button" onClick={() => setStep(item.step)}>
                {item.label}
                <span className="govuk-visually-hidden"> the post from {when}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
