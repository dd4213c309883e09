export { NotificationBell } from './components/NotificationBell';
export { FollowLevelForm } from './components/FollowLevelForm';
export { DigestSummary } from './components/DigestSummary';
export { EarlierPostsLink } from './components/EarlierPostsLink';
export { UnreadPosts } from './components/UnreadPosts';
export { useMarkThreadRead } from './hooks/useMarkThreadRead';
export { useStartAfterSeq } from './hooks/useStartAfterSeq';
export { LESSON_DISCUSSION_ID } from './paths';
