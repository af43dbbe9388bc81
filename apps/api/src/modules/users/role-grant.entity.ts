import type { Role } from '@idt/domain';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SystemEntity } from '../systems/system.entity';
import { CohortEntity } from '../cohorts/cohort.entity';
import { UserAccountEntity } from './user-account.entity';

/** One role a person holds: an ICS lead of one system, a coach of one cohort, or national / admin (neither). */
@Entity({ name: 'role_grant' })
export class RoleGrantEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserAccountEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserAccountEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ name: 'system_id', type: 'uuid', nullable: true })
  systemId!: string | null;

  @ManyToOne(() => SystemEntity)
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity | null;

  @Column({ name: 'cohort_id', type: 'uuid', nullable: true })
  cohortId!: string | null;

  @ManyToOne(() => CohortEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity | null;

  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' })
  grantedAt!: Date;

  @Column({ name: 'granted_by', type: 'uuid', nullable: true })
  grantedBy!: string | null;
}
