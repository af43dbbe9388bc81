import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RegionEntity } from './region.entity';

@Entity({ name: 'system' })
export class SystemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'ons_code', type: 'varchar', length: 9, unique: true })
  onsCode!: string;

  @Column({ name: 'ods_code', type: 'varchar', length: 3, unique: true })
  odsCode!: string;

  @Column({ type: 'text', unique: true })
  name!: string;

  @ManyToOne(() => RegionEntity, (region) => region.systems, { nullable: false })
  @JoinColumn({ name: 'region_id' })
  region!: RegionEntity;
}
