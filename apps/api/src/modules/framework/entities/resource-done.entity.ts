import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PersonEntity } from '../../identity/entities/person.entity';
import { ResourceEntity } from './resource.entity';

/** A person marked a resource done, with a short reflection on what they took from it (plain text). */
@Entity('framework_resource_done')
export class ResourceDoneEntity {
  @PrimaryColumn({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index('framework_resource_done_resource_id_idx')
  @PrimaryColumn({ type: 'uuid' })
  resourceId: string;

  @ManyToOne(() => ResourceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'resource_id' })
  resource?: Relation<ResourceEntity>;

  @Column({ type: 'varchar', length: 1000, default: '' })
  reflection: string;

  @CreateDateColumn({ type: 'timestamptz' })
  doneAt: Date;
}
