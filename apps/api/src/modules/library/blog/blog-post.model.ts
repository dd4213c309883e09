import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Actor } from '../../../common/auth/actor';
import { Connection } from '../../../common/graphql/connection';
import { mediaUrl } from '../../media/models/media-file.model';
import { readingMinutes } from '../content-text';
import type { ContentItemEntity } from '../entities/content-item.entity';
import type { ContentAudienceName, ContentStatusName } from '../library.constants';
import { abilities } from '../library.policy';
import { ContentViewerCan } from '../models/content.model';
import { ContentAudience, ContentStatus } from '../models/enums';
import type { BlogPostRecord } from './blog.service';

@ObjectType({ description: 'A blog post’s cover picture.' })
export class BlogCover {
  @Field(() => ID, { description: 'The uploaded picture.' })
  mediaId: string;

  @Field({ description: 'Where to fetch it.' })
  url: string;

  @Field({ description: 'What it shows, for people who cannot see it.' })
  alt: string;
}

@ObjectType({ description: 'A blog post by a member of staff, with its place in the editorial workflow.' })
export class BlogPost {
  @Field(() => ID, { description: 'Identifier (of its content item).' })
  id: string;

  @Field({ description: 'The readable part of its web address.' })
  slug: string;

  @Field({ description: 'Title.' })
  title: string;

  @Field({ description: 'A sentence or two for lists and feeds (plain text).' })
  summary: string;

  @Field({ description: 'The post, as sanitised HTML.' })
  bodyHtml: string;

  @Field(() => ContentStatus, { description: 'Where it is in the workflow.' })
  status: ContentStatusName;

  @Field(() => ContentAudience, { description: 'Who may read it once published.' })
  audience: ContentAudienceName;

  @Field(() => Date, { nullable: true, description: 'When it is scheduled to be published; null when not scheduled.' })
  publishAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was first published; null before.' })
  publishedAt: Date | null;

  @Field({ description: 'When it was last changed.' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Minutes to read, from the words in its text (at least 1).' })
  readingMinutes: number;

  @Field(() => [String], { description: 'Tags, normalised (lower case).' })
  tags: string[];

  @Field({ description: 'Featured by an editor: shown first on the blog page.' })
  featured: boolean;

  @Field(() => BlogCover, { nullable: true, description: 'The cover picture; null when there is none.' })
  cover: BlogCover | null;

  @Field(() => ContentViewerCan, { description: 'What the viewer may do with it.' })
  viewerCan: ContentViewerCan;

  /** The workflow's row, for the author and revisions field resolvers; not a GraphQL field. */
  item: ContentItemEntity;
}

@ObjectType({ description: 'A page of blog posts.' })
export class BlogPostConnection extends Connection(BlogPost, 'BlogPost') {}

/** Maps a post to its model, with what this viewer may do with it. */
export const toBlogPost = ({ item, blog }: BlogPostRecord, actor: Actor | null): BlogPost => ({
  id: item.id,
  slug: item.slug,
  title: item.title,
  summary: item.summary,
  bodyHtml: item.body,
  status: item.status,
  audience: item.audience,
  publishAt: item.publishAt,
  publishedAt: item.publishedAt,
  updatedAt: item.updatedAt,
  readingMinutes: readingMinutes(item.wordCount),
  tags: blog.tags,
  featured: blog.featured,
  cover:
    blog.coverMediaId && blog.coverAlt
      ? { mediaId: blog.coverMediaId, url: mediaUrl(blog.coverMediaId), alt: blog.coverAlt }
      : null,
  viewerCan: abilities(actor, item),
  item,
});
