import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** What a watched word does to a post containing it. */
export const WATCHED_WORD_ACTIONS = ['BLOCK', 'HOLD', 'FLAG'] as const;
export type WatchedWordAction = (typeof WATCHED_WORD_ACTIONS)[number];

/**
 * A word (or short phrase) moderators watch for in posts: BLOCK refuses the post, HOLD
 * keeps it for review, FLAG reports it automatically. Stored NFC-normalised in lower case.
 */
@Entity('watched_word')
@Index('watched_word_word_key', ['word'], { unique: true })
@Check('watched_word_action_check', `"action" in ('BLOCK', 'HOLD', 'FLAG')`)
export class WatchedWordEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  word: string;

  @Column({ type: 'varchar', length: 8 })
  action: WatchedWordAction;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
