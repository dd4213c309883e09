import { registerEnumType } from '@nestjs/graphql';
import { FOLLOW_LEVELS, NOTIFICATION_KINDS } from '../notifications.constants';

export const FollowLevel = Object.fromEntries(FOLLOW_LEVELS.map((v) => [v, v])) as {
  [K in (typeof FOLLOW_LEVELS)[number]]: K;
};
registerEnumType(FollowLevel, {
  name: 'FollowLevel',
  description: 'How closely a person follows a thread or category.',
  valuesMap: {
    WATCH: { description: 'Hear of every reply (for a category: every new thread).' },
    NORMAL: { description: 'Hear only of mentions and replies quoting you (the default).' },
    MUTE: { description: 'Hear nothing but moderators’ decisions about your posts.' },
  },
});

export const NotificationKind = Object.fromEntries(NOTIFICATION_KINDS.map((v) => [v, v])) as {
  [K in (typeof NOTIFICATION_KINDS)[number]]: K;
};
registerEnumType(NotificationKind, {
  name: 'NotificationKind',
  description: 'What a notification is about.',
  valuesMap: {
    REPLY: { description: 'A reply in a watched thread, or a reply quoting you.' },
    MENTION: { description: 'Someone mentioned you in a post.' },
    REACTION: { description: 'Someone reacted to your post.' },
    MODERATION: { description: 'A moderator decided something about your post or account.' },
    NEW_THREAD: { description: 'A new thread in a category you watch.' },
  },
});
