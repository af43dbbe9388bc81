import type { AdopterCategory, DomainScore, ScoreBasis, ScoreProfile } from '@idt/maturity';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SystemEntity } from '../systems/system.entity';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';

/** Where one ICS sits in one of its peer groups: percentile ranks, null where withheld. */
export interface PeerRanksColumn {
  readonly groupKey: string;
  readonly overall: number | null;
  readonly domains: Readonly<Record<string, number | null>>;
}

/** One ICS's stored placement in one cycle: its scores, Rogers category, score profile and peer ranks. */
@Entity({ name: 'cycle_placement' })
export class CyclePlacementEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;

  @Column({ type: 'text' })
  basis!: ScoreBasis;

  @Column({ name: 'overall_score', type: 'double precision', nullable: true })
  overallScore!: number | null;

  @Column({ type: 'text', nullable: true })
  category!: AdopterCategory | null;

  @Column({ name: 'domain_scores', type: 'jsonb' })
  domainScores!: readonly Pick<DomainScore, 'domainKey' | 'score' | 'incomplete'>[];

  @Column({ type: 'jsonb' })
  profile!: ScoreProfile;

  @Column({ name: 'peer_ranks', type: 'jsonb' })
  peerRanks!: readonly PeerRanksColumn[];
}
