import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { PersonEntity } from '../../../identity/entities/person.entity';
import { PostEntity } from '../../entities/post.entity';

/**
 * Someone's report that a post breaks the rules, with their reason. One per person per
 * post (a watched word's automatic flag has no flagger). Open until a moderator decides
 * on the post; `resolvedAt` then records that the flag was dealt with.
 */
@Entity('post_flag')
@Index('post_flag_post_id_flagger_id_key', ['postId', 'flaggerId'], { unique: true })
@Index('post_flag_flagger_id_idx', ['flaggerId'])
export class PostFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  /** Who reported it; null for an automatic flag (a watched word). */
  @Column({ type: 'uuid', nullable: true })
  flaggerId: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'flagger_id' })
  flagger?: Relation<PersonEntity> | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** When a moderator's decision on the post closed this flag; null while open. */
  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
