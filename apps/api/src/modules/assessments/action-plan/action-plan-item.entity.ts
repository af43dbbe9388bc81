import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SystemEntity } from '../../systems/system.entity';
import { AssessmentCycleEntity } from '../../canvas/assessment-cycle.entity';
import type { ActionStatus } from './action-plan.model';

/** One action in an ICS's plan for a domain; it outlives cycles (`createdInCycleId` says where it began). */
@Entity({ name: 'action_plan_item' })
export class ActionPlanItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;

  @Column({ name: 'domain_key', type: 'text' })
  domainKey!: string;

  @Column({ type: 'text' })
  action!: string;

  @Column({ type: 'text', default: '' })
  owner!: string;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn!: string | null;

  @Column({ type: 'text', default: 'NOT_STARTED' })
  status!: ActionStatus;

  @Column({ name: 'created_in_cycle_id', type: 'uuid', nullable: true })
  createdInCycleId!: string | null;

  @ManyToOne(() => AssessmentCycleEntity)
  @JoinColumn({ name: 'created_in_cycle_id' })
  createdInCycle?: AssessmentCycleEntity | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
