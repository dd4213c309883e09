import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { ForumCategoryEntity } from '../../discussion/entities/forum-category.entity';
import type { FollowLevelName } from '../notifications.constants';

/** How closely a person follows a forum category: WATCH hears of every new thread in it. */
@Entity('category_follow')
@Index('category_follow_category_id_level_idx', ['categoryId', 'level'])
@Check('category_follow_level_check', `"level" in ('WATCH', 'NORMAL', 'MUTE')`)
export class CategoryFollowEntity {
  @PrimaryColumn('uuid')
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @PrimaryColumn('uuid')
  categoryId: string;

  @ManyToOne(() => ForumCategoryEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'category_id' })
  category?: Relation<ForumCategoryEntity>;

  @Column({ type: 'varchar', length: 8 })
  level: FollowLevelName;
}
