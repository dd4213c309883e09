import type { PostReactionName } from '@common-ground/shared';
import { Check, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { PostEntity } from '../entities/post.entity';

/**
 * One reader's reaction to one post. The key (post, person, reaction) makes each reaction
 * once per person, so adding twice changes nothing; the check keeps the set fixed
 * (POST_REACTIONS) whatever writes the row.
 */
@Entity('post_reaction')
@Check('post_reaction_reaction_check', `"reaction" in ('THANKS', 'HELPFUL', 'AGREE', 'INSIGHTFUL')`)
@Index('post_reaction_person_id_idx', ['personId'])
export class PostReactionEntity {
  @PrimaryColumn({ type: 'uuid' })
  postId: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @PrimaryColumn({ type: 'varchar', length: 16 })
  reaction: PostReactionName;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
