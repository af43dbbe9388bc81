import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';

/**
 * Whether a cycle's stored placements are current: triggers count the changes that matter (`countedChanges`), a
 * rebuild records how many it placed (`placedChanges`; null: never placed). bigint counters arrive as strings.
 */
@Entity({ name: 'cycle_placement_state' })
export class CyclePlacementStateEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @OneToOne(() => AssessmentCycleEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @Column({ name: 'counted_changes', type: 'bigint', default: 0 })
  countedChanges!: string;

  @Column({ name: 'placed_changes', type: 'bigint', nullable: true })
  placedChanges!: string | null;
}
