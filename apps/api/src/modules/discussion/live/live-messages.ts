import { z } from 'zod';
import type { JoinThread, ThreadRef } from '@common-ground/shared';
import { isUuid } from '../../../common/ids';

const threadId = z.string().max(36).refine(isUuid, 'must be a thread id');

/** `thread.join`: a thread id and, when reconnecting, the last sequence number seen (0 or more). */
export const joinThreadMessage: z.ZodType<JoinThread> = z.strictObject({
  threadId,
  lastSeq: z.number().int().min(0).max(2_147_483_647).optional(),
});

/** `thread.leave` and `typing.start`: a thread id. */
export const threadRefMessage: z.ZodType<ThreadRef> = z.strictObject({ threadId });
