import type { DataSource } from 'typeorm';
import { sanitiseRichText } from '../../../common/rich-text/rich-text.sanitiser';
import { DiscussionThreadEntity } from '../../../modules/discussion/entities/discussion-thread.entity';
import { PostEntity } from '../../../modules/discussion/entities/post.entity';
import { PostFlagEntity } from '../../../modules/discussion/moderation/entities/post-flag.entity';
import { PersonEntity } from '../../../modules/identity/entities/person.entity';

/** The demo's reported post: a reply that names a family and where they live. */
export const DEMO_FLAGGED_POST = {
  threadTitle: 'Proof of address when someone has just moved',
  by: 'gareth.pryce@westfen-police.example',
  hoursAgo: 5,
  html: '<p>Follow-up: the family were the Okafors at 14 Marsh Lane, and their eldest is in Year 9 at Saltings. Message me if you want their mobile number.</p>',
  flaggedBy: 'lina.p@fenland-advice.example',
  reason: 'This names a family and gives their address. Could a moderator take the details out?',
};

const HOUR_MS = 3_600_000;

/**
 * Puts one reported post in the moderation queue of the demo (once: skipped when any flag
 * exists, or when the demo thread or people are missing), so a moderator has something to
 * review. The post is appended to its thread with the next sequence number.
 */
export async function loadDemoModeration(dataSource: DataSource): Promise<void> {
  if ((await dataSource.getRepository(PostFlagEntity).count()) > 0) return;
  const demo = DEMO_FLAGGED_POST;
  const people = await dataSource.getRepository(PersonEntity).find({ select: { id: true, email: true } });
  const idOf = new Map(people.map((p) => [p.email, p.id]));
  const author = idOf.get(demo.by);
  const flagger = idOf.get(demo.flaggedBy);
  if (!author || !flagger) return;
  await dataSource.transaction(async (tx) => {
    const thread = await tx.findOne(DiscussionThreadEntity, {
      where: { title: demo.threadTitle },
      lock: { mode: 'pessimistic_write' },
    });
    if (!thread) return;
    const at = new Date(Date.now() - demo.hoursAgo * HOUR_MS);
    const seq = thread.seq + 1;
    await tx.update(DiscussionThreadEntity, thread.id, { seq, postCount: thread.postCount + 1, lastActivityAt: at });
    const post = await tx.save(
      tx.create(PostEntity, {
        threadId: thread.id,
        seq,
        authorId: author,
        body: sanitiseRichText(demo.html),
        createdAt: at,
        queuedAt: new Date(at.getTime() + HOUR_MS),
      }),
    );
    await tx.insert(PostFlagEntity, {
      postId: post.id,
      flaggerId: flagger,
      reason: demo.reason,
      createdAt: new Date(at.getTime() + HOUR_MS),
    });
  });
}
