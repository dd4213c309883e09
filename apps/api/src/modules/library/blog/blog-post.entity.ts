import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MediaEntity } from '../../media/entities/media.entity';
import { ContentItemEntity } from '../entities/content-item.entity';

/**
 * What only a blog post has, beside its content item (same id). A table of its own rather
 * than a JSON column so that tags and the featured flag are indexed filters and the cover is
 * a real foreign key to the media it shows.
 */
@Entity('blog_post')
export class BlogPostEntity {
  @PrimaryColumn({ type: 'uuid' })
  contentItemId: string;

  @OneToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'content_item_id' })
  contentItem?: Relation<ContentItemEntity>;

  @Index('blog_post_cover_media_id_idx')
  @Column({ type: 'uuid', nullable: true })
  coverMediaId: string | null;

  @ManyToOne(() => MediaEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'cover_media_id' })
  coverMedia?: Relation<MediaEntity> | null;

  /** Required whenever there is a cover. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  coverAlt: string | null;

  /** Normalised with the shared tag rule (the same as forum threads). */
  @Index('blog_post_tags_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  /** Set by editors: featured posts are shown first on the blog page. */
  @Index('blog_post_featured_idx')
  @Column({ type: 'boolean', default: false })
  featured: boolean;
}
