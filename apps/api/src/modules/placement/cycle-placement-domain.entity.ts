import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';

/** One ICS's score in one domain of a cycle, with its category's rank: the index peers to learn from are read from. */
@Entity({ name: 'cycle_placement_domain' })
export class CyclePlacementDomainEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @PrimaryColumn({ name: 'domain_key', type: 'text' })
  domainKey!: string;

  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @Column({ type: 'double precision' })
  score!: number;

  @Column({ name: 'category_rank', type: 'smallint' })
  categoryRank!: number;
}
