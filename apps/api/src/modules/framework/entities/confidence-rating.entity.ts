import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { CompetencyEntity } from './competency.entity';

/** How confident a person says they are on a competency (1–4); the latest answer only. */
@Entity('framework_confidence_rating')
export class ConfidenceRatingEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index('framework_confidence_rating_competency_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  competencyId: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id' })
  competency?: Relation<CompetencyEntity>;

  @Column({ type: 'smallint' })
  confidence: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
