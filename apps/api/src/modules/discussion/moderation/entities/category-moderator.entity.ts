import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../../identity/entities/person.entity';
import { ForumCategoryEntity } from '../../entities/forum-category.entity';

/**
 * A moderator given charge of one category. A moderator with any of these moderates only
 * their categories; one with none moderates the whole forum.
 */
@Entity('category_moderator')
@Index('category_moderator_person_id_idx', ['personId'])
export class CategoryModeratorEntity {
  @PrimaryColumn({ type: 'uuid' })
  categoryId: string;

  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<ForumCategoryEntity>;

  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;
}
