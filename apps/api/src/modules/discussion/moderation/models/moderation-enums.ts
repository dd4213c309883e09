import { registerEnumType } from '@nestjs/graphql';
import type { PostModerationState } from '../../entities/post.entity';
import { AUDIT_ACTIONS, type AuditAction } from '../entities/moderation-audit.entity';
import { WATCHED_WORD_ACTIONS, type WatchedWordAction } from '../entities/watched-word.entity';

const enumOf = <T extends string>(values: readonly T[]): { [K in T]: K } =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const PostModerationStateEnum = enumOf<PostModerationState>(['VISIBLE', 'HIDDEN', 'HELD']);
registerEnumType(PostModerationStateEnum, {
  name: 'PostModerationState',
  description: 'Whether other staff see a post.',
  valuesMap: {
    VISIBLE: { description: 'Everyone who can read the thread sees it.' },
    HIDDEN: { description: 'Hidden by a moderator or by flags: other staff see a placeholder.' },
    HELD: { description: 'Waiting for review: only its author and moderators see it.' },
  },
});

export const AuditActionEnum = enumOf<AuditAction>(AUDIT_ACTIONS);
registerEnumType(AuditActionEnum, {
  name: 'AuditAction',
  description: 'What a moderation audit entry records.',
});

export const WatchedWordActionEnum = enumOf<WatchedWordAction>(WATCHED_WORD_ACTIONS);
registerEnumType(WatchedWordActionEnum, {
  name: 'WatchedWordAction',
  description: 'What a watched word does to a post containing it.',
  valuesMap: {
    BLOCK: { description: 'The post is refused, naming the word.' },
    HOLD: { description: 'The post is saved but held until a moderator approves it.' },
    FLAG: { description: 'The post is published and reported automatically.' },
  },
});
