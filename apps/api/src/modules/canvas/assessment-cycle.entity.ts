import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortEntity } from '../cohorts/cohort.entity';
import { CanvasFrameworkEntity } from './canvas-framework.entity';

/** A round of assessments against one framework version, for everyone or for one cohort. Dates are `YYYY-MM-DD`. */
@Entity({ name: 'assessment_cycle' })
export class AssessmentCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ name: 'framework_id', type: 'uuid' })
  frameworkId!: string;

  @ManyToOne(() => CanvasFrameworkEntity, { nullable: false })
  @JoinColumn({ name: 'framework_id' })
  framework?: CanvasFrameworkEntity;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity)
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt!: Date | null;

  /** The day it stopped taking answers (null while open); figures are provisional from then until published. */
  @Column({ name: 'closed_on', type: 'date', nullable: true })
  closedOn!: string | null;

  /** Whether an admin closed it before its closing date. */
  @Column({ name: 'closed_early', type: 'boolean', default: false })
  closedEarly!: boolean;

  /** Demo history shown as illustrative, never as real results. */
  @Column({ type: 'boolean', default: false })
  illustrative!: boolean;
}
