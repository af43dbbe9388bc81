import type { AssessmentStatus, Transition } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from './assessment.entity';

/** One step of an assessment's workflow (submitted, returned, validated…), who took it and why. */
@Entity({ name: 'assessment_transition' })
export class AssessmentTransitionEntity {
  /** bigint: PostgreSQL's int8 reaches JavaScript as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId!: string;

  @ManyToOne(() => AssessmentEntity, { nullable: false })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity;

  @Column({ type: 'text' })
  transition!: Transition;

  @Column({ name: 'from_status', type: 'text' })
  fromStatus!: AssessmentStatus;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: AssessmentStatus;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
