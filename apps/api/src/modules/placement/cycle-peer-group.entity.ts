import type { groupStatistics } from '@idt/maturity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';

/** A peer group's figures in one cycle: the nation, a region, or an adopter category. */
@Entity({ name: 'cycle_peer_group' })
export class CyclePeerGroupEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @PrimaryColumn({ name: 'group_key', type: 'text' })
  groupKey!: string;

  @Column({ type: 'text' })
  kind!: 'NATIONAL' | 'REGION' | 'CATEGORY';

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb' })
  statistics!: ReturnType<typeof groupStatistics>;
}
