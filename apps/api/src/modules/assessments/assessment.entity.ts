import type { AssessmentStatus } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SystemEntity } from '../systems/system.entity';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';

/** One ICS's assessment in one cycle; `version` is its optimistic lock. */
@Entity({ name: 'assessment' })
export class AssessmentEntity {
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

  @Column({ type: 'text', default: 'DRAFT' })
  status!: AssessmentStatus;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  /** The coach recording it for the ICS (the assisted route), and since when; null when the ICS records it. */
  @Column({ name: 'recorded_on_behalf_by', type: 'uuid', nullable: true })
  recordedOnBehalfBy!: string | null;

  @Column({ name: 'recorded_on_behalf_at', type: 'timestamptz', nullable: true })
  recordedOnBehalfAt!: Date | null;
}
