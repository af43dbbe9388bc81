import type { Confidence } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/** The answer to one criterion: the self-assessed level (1–5), evidence, target and the coach's moderated level. */
@Entity({ name: 'assessment_response' })
export class AssessmentResponseEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @PrimaryColumn({ name: 'criterion_key', type: 'text' })
  criterionKey!: string;

  @Column({ name: 'self_level', type: 'smallint', nullable: true })
  selfLevel!: number | null;

  @Column({ name: 'not_assessed', type: 'boolean', default: false })
  notAssessed!: boolean;

  @Column({ name: 'target_level', type: 'smallint', nullable: true })
  targetLevel!: number | null;

  @Column({ name: 'target_date', type: 'date', nullable: true })
  targetDate!: string | null;

  @Column({ type: 'text', default: '' })
  evidence!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links!: string[];

  @Column({ type: 'text', nullable: true })
  confidence!: Confidence | null;

  @Column({ name: 'moderated_level', type: 'smallint', nullable: true })
  moderatedLevel!: number | null;

  @Column({ name: 'moderator_comment', type: 'text', nullable: true })
  moderatorComment!: string | null;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;

  @Column({ name: 'moderated_by', type: 'uuid', nullable: true })
  moderatedBy!: string | null;

  @Column({ name: 'moderated_at', type: 'timestamptz', nullable: true })
  moderatedAt!: Date | null;
}
