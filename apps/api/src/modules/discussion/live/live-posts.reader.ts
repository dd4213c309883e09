import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { LivePost, PostEventName } from '@common-ground/shared';
import type { Request, Response } from 'express';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../common/auth/actor';
import type { RequestContext } from '../../../common/context/request-context';
import { GlossaryLinkingService } from '../../library/glossary/glossary-linking.service';

interface LivePostRow {
  id: string;
  seq: number;
  body: string;
  scene_id: string | null;
  anonymous: boolean;
  quoted_post_id: string | null;
  created_at: Date;
  edited_at: Date | null;
  deleted_at: Date | null;
  moderation_state: string;
  author_id: string;
  author_name: string;
  author_job_title: string;
  organisation_name: string;
}

const SELECT_LIVE_POST = `
  select p.id, p.seq, p.body, p.scene_id, p.anonymous, p.quoted_post_id, p.created_at, p.edited_at, p.deleted_at,
         p.moderation_state,
         a.id as author_id, a.name as author_name, a.job_title as author_job_title, o.name as organisation_name
    from post p
    join person a on a.id = p.author_id
    join organisation o on o.id = a.organisation_id`;

/** Any signed-in reader, with no roles: all the glossary linker needs to know of a live viewer. */
const LIVE_READER: Actor = { id: 'live-reader', organisationId: 'live-reader', roles: [] };

/**
 * A post row as every viewer may see it: an anonymous author, text and scene of a deleted
 * post left out, and the text of a hidden (or held) post (its author and moderators read it
 * through GraphQL).
 */
function toLivePost(row: LivePostRow): LivePost {
  const deleted = row.deleted_at !== null;
  const hidden = row.moderation_state !== 'VISIBLE';
  return {
    id: row.id,
    seq: row.seq,
    bodyHtml: deleted || hidden ? '' : row.body,
    linkedBodyHtml: deleted || hidden ? '' : row.body,
    author: row.anonymous
      ? null
      : {
          id: row.author_id,
          name: row.author_name,
          jobTitle: row.author_job_title,
          organisationName: row.organisation_name,
        },
    anonymous: row.anonymous,
    sceneId: deleted ? null : row.scene_id,
    quotedPostId: deleted ? null : row.quoted_post_id,
    createdAt: row.created_at.toISOString(),
    editedAt: row.edited_at?.toISOString() ?? null,
    deleted,
    hidden,
  };
}

/**
 * Posts in the shape the live layer sends them, with their authors, in one statement:
 * one post to broadcast (read once per event, whatever the number of viewers), or a
 * thread's posts after a sequence number for a reconnecting client. Glossary terms are
 * linked here, once per event, as the GraphQL Post.linkedBody links them for a signed-in
 * reader: everyone in a thread's room is signed in, so one linked text serves them all.
 */
@Injectable()
export class LivePostsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly glossary: GlossaryLinkingService,
  ) {}

  /** One post, or null if it has gone. */
  async one(postId: string): Promise<LivePost | null> {
    const rows: LivePostRow[] = await this.dataSource.query(`${SELECT_LIVE_POST} where p.id = $1`, [postId]);
    return rows[0] ? (await this.linked([toLivePost(rows[0])]))[0] : null;
  }

  /**
   * The posts with their glossary terms linked for signed-in staff (the editors' off-switches
   * read in one statement for all of them). The context stands for any signed-in reader: the
   * linker asks only whether there is one, to choose the staff term list.
   */
  private async linked(posts: LivePost[]): Promise<LivePost[]> {
    const ctx: RequestContext = { actor: LIVE_READER, req: {} as Request, res: {} as Response, ip: 'internal' };
    return Promise.all(
      posts.map(async (post) =>
        post.bodyHtml
          ? { ...post, linkedBodyHtml: await this.glossary.link(ctx, 'FORUM_POST', post.id, post.bodyHtml) }
          : post,
      ),
    );
  }

  /**
   * What a reader who last saw `afterSeq` missed, at most `max` posts in sequence order (null
   * when there are more, found before any glossary linking is spent on them): each
   * post after it (held ones left out) as `post.created`, and each earlier post changed since
   * (PostEntity.changedSeq at or after `afterSeq`: edited, deleted, approved, restored, hidden,
   * or held by an edit) as `post.deleted`, `post.hidden`, `post.edited` (visible and edited)
   * or `post.restored` in its current state. Each post comes once; a change made while the thread stood at
   * exactly `afterSeq` may already have been seen live, and is sent again in the same state.
   */
  async after(
    threadId: string,
    afterSeq: number,
    max: number,
  ): Promise<{ type: PostEventName; post: LivePost }[] | null> {
    const rows: LivePostRow[] = await this.dataSource.query(
      `${SELECT_LIVE_POST} where p.thread_id = $1 and (p.seq > $2 or p.changed_seq >= $2)
          and (p.moderation_state <> 'HELD' or p.changed_seq is not null)
        order by p.seq limit $3`,
      [threadId, afterSeq, max + 1],
    );
    if (rows.length > max) return null;
    const posts = await this.linked(rows.map(toLivePost));
    return rows.map((row, i) => {
      const post = posts[i];
      const type: PostEventName =
        row.seq > afterSeq
          ? 'post.created'
          : post.deleted
            ? 'post.deleted'
            : post.hidden
              ? 'post.hidden'
              : post.editedAt
                ? 'post.edited'
                : 'post.restored';
      return { type, post };
    });
  }
}
