import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { CompetencyEntity } from './competency.entity';
import { ResourceEntity } from './resource.entity';

/** A resource serves a competency (the framework's "mapping"). */
@Entity('framework_resource_competency')
export class ResourceCompetencyEntity {
  @PrimaryColumn({ type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<ResourceEntity>;

  @Index('framework_resource_competency_competency_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  competencyId: string;

  @ManyToOne(() => CompetencyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'competency_id' })
  competency?: Relation<CompetencyEntity>;
}
