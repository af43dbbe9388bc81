import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';
import { SystemEntity } from '../systems/system.entity';
import { UserAccountEntity } from '../users/user-account.entity';

/** An ICS's current answer to its provisional figures in a closed cycle (earlier answers are in the audit trail). */
@Entity({ name: 'cycle_sign_off' })
export class CycleSignOffEntity {
  @PrimaryColumn({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;

  @Column({ type: 'text' })
  answer!: 'CONFIRMED' | 'QUERIED';

  /** The query's comment; null for a confirmation. */
  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ name: 'answered_by', type: 'uuid' })
  answeredBy!: string;

  @ManyToOne(() => UserAccountEntity, { nullable: false })
  @JoinColumn({ name: 'answered_by' })
  answerer?: UserAccountEntity;

  @Column({ name: 'answered_at', type: 'timestamptz', default: () => 'now()' })
  answeredAt!: Date;
}
