import type { NotificationKind } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity';
import { UserAccountEntity } from '../users/user-account.entity';

/** An in-app notification to one person (and maybe its email); `dedupeKey` keeps one unread notice per kind. */
@Entity({ name: 'notification' })
export class NotificationEntity {
  /** bigint: PostgreSQL's int8 reaches JavaScript as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'recipient_user_id', type: 'uuid' })
  recipientUserId!: string;

  @ManyToOne(() => UserAccountEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_user_id' })
  recipient?: UserAccountEntity;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ name: 'assessment_id', type: 'uuid', nullable: true })
  assessmentId!: string | null;

  @ManyToOne(() => AssessmentEntity)
  @JoinColumn({ name: 'assessment_id' })
  assessment?: AssessmentEntity | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ name: 'dedupe_key', type: 'text', nullable: true })
  dedupeKey!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Column({ name: 'emailed_at', type: 'timestamptz', nullable: true })
  emailedAt!: Date | null;
}
