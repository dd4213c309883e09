import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../../identity/entities/person.entity';

export const LINKABLE_CONTENT_KINDS = ['LESSON', 'BLOG_POST', 'FORUM_POST'] as const;
export type LinkableContentKindName = (typeof LINKABLE_CONTENT_KINDS)[number];

/**
 * A piece of content an editor has asked not to have glossary terms linked in. Kept by the
 * glossary, keyed by kind and id, so lessons, blog posts and forum posts share one switch
 * without their own tables changing; no row means linking is on.
 */
@Entity('glossary_link_opt_out')
export class GlossaryLinkOptOutEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  contentKind: LinkableContentKindName;

  @PrimaryColumn({ type: 'uuid' })
  contentId: string;

  @Index('glossary_link_opt_out_created_by_id_idx')
  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id' })
  createdBy?: Relation<PersonEntity> | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
