import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CohortMemberEntity } from './cohort-member.entity';

/** A project a cohort member brings to the programme (its pathway and what it is about). */
@Entity({ name: 'cohort_member_project' })
export class CohortMemberProjectEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'cohort_id', type: 'uuid' })
  cohortId!: string;

  @Column({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => CohortMemberEntity, { nullable: false, onDelete: 'CASCADE' })
  @JoinColumn([
    { name: 'cohort_id', referencedColumnName: 'cohortId' },
    { name: 'system_id', referencedColumnName: 'systemId' },
  ])
  member?: CohortMemberEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text', default: '' })
  pathway!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
