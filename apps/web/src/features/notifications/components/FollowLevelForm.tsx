import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import type { FollowLevel } from '../../../gql/graphql';
import { Button, Details, Radios } from '../../../ui';
import { followCategoryMutation, followThreadMutation } from '../operations';
import '../notifications.scss';

export interface FollowLevelFormProps {
  /** A thread or a forum category. */
  subject: 'thread' | 'category';
  id: string;
  level: FollowLevel;
}

const HINTS: Record<FollowLevelFormProps['subject'], Record<FollowLevel, string>> = {
  thread: {
    WATCH: 'Get a notification for every reply',
    NORMAL: 'Only when someone mentions you or quotes your post',
    MUTE: 'No notifications, except moderators’ decisions about your posts',
  },
  category: {
    WATCH: 'Get a notification for every new thread',
    NORMAL: 'No notifications about new threads',
    MUTE: 'No notifications from this forum, except from threads you watch or follow',
  },
};

const SUMMARY: Record<FollowLevel, string> = {
  WATCH: 'watching',
  NORMAL: 'normal',
  MUTE: 'muted',
};

const SAVED: Record<FollowLevel, string> = {
  WATCH: 'You are watching',
  NORMAL: 'You are following normally',
  MUTE: 'You have muted',
};

/**
 * How closely the viewer follows a thread or forum: watch, normal or mute as small radios
 * with a Save button (a form, so it works from the keyboard and tells what each means),
 * tucked in a Details whose summary shows the saved level, so it does not push the posts
 * down. The outcome is said in a polite live region.
 */
export function FollowLevelForm({ subject, id, level }: FollowLevelFormProps) {
  const [choice, setChoice] = useState<string>(level);
  const [said, setSaid] = useState('');
  const [saved, setSaved] = useState<FollowLevel>(level);
  const [followThread, threadState] = useMutation(followThreadMutation);
  const [followCategory, categoryState] = useMutation(followCategoryMutation);
  const saving = threadState.loading || categoryState.loading;
  const noun = subject === 'thread' ? 'this thread' : 'this forum';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = choice as FollowLevel;
    try {
      if (subject === 'thread') await followThread({ variables: { input: { threadId: id, level: next } } });
      else await followCategory({ variables: { input: { categoryId: id, level: next } } });
      setSaved(next);
      setSaid(`${SAVED[next]} ${noun}.`);
    } catch {
      setSaid('Your choice could not be saved. Try again.');
    }
  };

  const hints = HINTS[subject];
  return (
    <Details summary={`Notifications: ${SUMMARY[saved]}`}>
      <form className="app-follow" onSubmit={(event) => void onSubmit(event)} noValidate>
        <Radios
          idPrefix={`follow-${subject}`}
          name="level"
          legend={`Notifications for ${noun}`}
          legendClassName="govuk-fieldset__legend--s"
          small
          value={choice}
          onChange={setChoice}
          items={[
            { value: 'WATCH', text: 'Watch', hint: hints.WATCH },
            { value: 'NORMAL', text: 'Normal', hint: hints.NORMAL },
            { value: 'MUTE', text: 'Mute', hint: hints.MUTE },
          ]}
        />
        <Button variant="secondary" loading={saving}>
          Save notification choice
        </Button>
        <p className="govuk-body" aria-live="polite">
          {said}
        </p>
      </form>
    </Details>
  );
}
