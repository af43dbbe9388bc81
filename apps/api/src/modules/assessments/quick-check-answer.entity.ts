import type { QuickCheckAnswer } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/** The answer to one quick-check question of an assessment. */
@Entity({ name: 'quick_check_answer' })
export class QuickCheckAnswerEntity {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @PrimaryColumn({ name: 'question_key', type: 'text' })
  questionKey!: string;

  @Column({ type: 'text' })
  answer!: QuickCheckAnswer;
}
