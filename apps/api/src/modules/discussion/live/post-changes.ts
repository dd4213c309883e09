/**
 * SQL for an `update post` that records a change readers must be told of on reconnect
 * (PostEntity.changedSeq): the thread's last sequence number at the time of the change,
 * read in the same statement. Catch-up sends the new state of such a post to readers who
 * last saw that sequence or earlier (see LivePostsReader.after).
 */
export const CHANGED_NOW = () => '(select t.seq from discussion_thread t where t.id = post.thread_id)';
