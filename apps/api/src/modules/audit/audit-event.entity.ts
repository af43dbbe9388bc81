import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One entry of the append-only audit trail: who did what to which subject, with before and after. */
@Entity({ name: 'audit_event' })
export class AuditEventEntity {
  /** bigint: PostgreSQL's int8 reaches JavaScript as a string. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id!: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId!: string | null;

  @Column({ type: 'text' })
  action!: string;

  @Column({ name: 'subject_type', type: 'text' })
  subjectType!: string;

  @Column({ name: 'subject_id', type: 'text', nullable: true })
  subjectId!: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before!: unknown;

  @Column({ type: 'jsonb', nullable: true })
  after!: unknown;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  /**
   * The ICS the event concerns, worked out from its subject when it is appended (`audit_event_system_of`, migration
   * 1764000600000, filled by a trigger: code never sets it); null when it concerns none.
   */
  @Column({ name: 'system_id', type: 'uuid', nullable: true })
  systemId!: string | null;
}
