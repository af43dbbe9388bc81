import type { LearningProgrammePlan } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentCycleEntity } from '../canvas/assessment-cycle.entity';
import { CohortEntity } from '../cohorts/cohort.entity';

/** A cohort's saved learning programme for one cycle; `version` is its optimistic lock. */
@Entity({ name: 'learning_programme' })
export class LearningProgrammeEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { nullable: false })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @Column({ name: 'cycle_id', type: 'uuid' })
  cycleId!: string;

  @ManyToOne(() => AssessmentCycleEntity, { nullable: false })
  @JoinColumn({ name: 'cycle_id' })
  cycle?: AssessmentCycleEntity;

  @Column({ type: 'jsonb' })
  plan!: LearningProgrammePlan;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
