import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The bank holiday list an administrator uploaded (GOV.UK's file as it is). One row at
 * most; without it the list shipped with the app (data/bank-holidays.json) is used.
 */
@Entity('bank_holiday_list')
export class BankHolidayListEntity {
  @PrimaryColumn({ type: 'varchar', length: 20 })
  id: string;

  @Column({ type: 'jsonb' })
  data: unknown;

  @Column({ type: 'uuid', nullable: true })
  updatedById: string | null;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
