import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ContentItemEntity } from '../../entities/content-item.entity';

/** One source behind a myth-buster's facts: a titled document, who published it, its http(s) link and date. */
@Entity('myth_evidence')
@Index('myth_evidence_myth_id_position_idx', ['mythId', 'position'])
export class MythEvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  mythId: string;

  @ManyToOne(() => ContentItemEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'myth_id' })
  myth?: Relation<ContentItemEntity>;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 120 })
  publisher: string;

  /** Only http: or https: addresses are accepted. */
  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ type: 'date', nullable: true })
  publishedOn: string | null;
}
