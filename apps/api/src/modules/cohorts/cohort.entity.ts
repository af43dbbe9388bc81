import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A group of ICSs that go through the programme together, with their coaches. */
@Entity({ name: 'cohort' })
export class CohortEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
