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
import { PersonEntity } from '../../identity/entities/person.entity';
import { LearningModuleEntity } from './learning-module.entity';

/** Proof that a person completed a module; `code` (10 Crockford base32 characters) verifies it publicly. */
@Entity('certificate')
@Index('certificate_person_id_module_id_key', ['personId', 'moduleId'], { unique: true })
export class CertificateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<PersonEntity>;

  @Index('certificate_module_id_idx')
  @Column({ type: 'uuid' })
  moduleId: string;

  @ManyToOne(() => LearningModuleEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'module_id' })
  module?: Relation<LearningModuleEntity>;

  @Index('certificate_code_key', { unique: true })
  @Column({ type: 'varchar', length: 10 })
  code: string;

  @CreateDateColumn({ type: 'timestamptz' })
  issuedAt: Date;
}
