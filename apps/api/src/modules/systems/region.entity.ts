import { Column, Entity, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import type { SystemEntity } from './system.entity';

@Entity({ name: 'region' })
export class RegionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ods_code', type: 'varchar', length: 3, unique: true })
  odsCode!: string;

  @Column({ name: 'ons_code', type: 'varchar', length: 9, unique: true })
  onsCode!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @OneToMany('SystemEntity', (system: SystemEntity) => system.region)
  systems?: SystemEntity[];
}
