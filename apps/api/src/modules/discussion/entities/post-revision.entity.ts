import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PostEntity } from './post.entity';

/**
 * An earlier version of a post's body, kept when the author edits it so readers can see
 * what changed. `writtenAt` is when that version was written (the post's creation or an
 * earlier edit). Removed with the post's content when the author deletes the post.
 */
@Entity('post_revision')
@Index('post_revision_post_id_written_at_idx', ['postId', 'writtenAt'])
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'timestamptz' })
  writtenAt: Date;
}
