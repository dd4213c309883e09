import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * The myth-busters' one settings row (id 1), as moderation keeps its own: how old a myth's
 * last review may be before editors see it flagged. No row means the default (12 months).
 */
@Entity('myth_setting')
export class MythSettingEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'integer' })
  reviewAfterMonths: number;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
