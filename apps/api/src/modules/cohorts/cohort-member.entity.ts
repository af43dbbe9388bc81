import { Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SystemEntity } from '../systems/system.entity';
import { CohortEntity } from './cohort.entity';

/** An ICS's membership of a cohort. */
@Entity({ name: 'cohort_member' })
export class CohortMemberEntity {
  @PrimaryColumn({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @ManyToOne(() => CohortEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn({ name: 'cohort_id' })
  cohort?: CohortEntity;

  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;
}
