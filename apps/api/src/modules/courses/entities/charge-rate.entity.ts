import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ChargeBandName } from '@common-ground/shared';

/** A charge for a place in one band, in force from a date until a later rate for the band starts. */
@Entity('course_charge_rate')
@Unique('course_charge_rate_band_from_key', ['band', 'effectiveFrom'])
export class ChargeRateEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 30 })
  band: ChargeBandName;

  @Column({ type: 'integer' })
  amountPence: number;

  @Column({ type: 'date' })
  effectiveFrom: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
