import type { CorrectedLevel } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';
import { SystemEntity } from '../systems/system.entity';
import { UserAccountEntity } from '../users/user-account.entity';

/** A correction of one ICS's published figures, numbered from 1 per ICS per cycle, with its reason. Never changed. */
@Entity({ name: 'cycle_figures_revision' })
export class CycleFiguresRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ name: 'revised_by', type: 'uuid' })
  revisedBy!: string;

  @ManyToOne(() => UserAccountEntity, { nullable: false })
  @JoinColumn({ name: 'revised_by' })
  reviser?: UserAccountEntity;

  @Column({ name: 'revised_at', type: 'timestamptz', default: () => 'now()' })
  revisedAt!: Date;

  /** Per criterion corrected: its key, title, and the level that counted before and after (migration 1764000500000). */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  changes!: CorrectedLevel[];
}
