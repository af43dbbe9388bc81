import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from '../assessment.entity';

/** A comment in the review thread on one criterion of an assessment, from the ICS's side or the reviewer's. */
@Entity({ name: 'review_comment' })
export class ReviewCommentEntity {
  /** bigint: PostgreSQL's int8 reaches JavaScript as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Column({ name: 'criterion_key', type: 'text' })
  criterionKey!: string;

  @Column({ name: 'author_user_id', type: 'uuid', nullable: true })
  authorUserId!: string | null;

  @Column({ name: 'author_side', type: 'text' })
  authorSide!: 'ICS' | 'REVIEWER';

  @Column({ type: 'text' })
  body!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
