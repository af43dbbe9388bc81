import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SystemEntity } from '../systems/system.entity';

/** Whether an ICS shares its name with its peers in the landscape (no row: it does not). */
@Entity({ name: 'peer_sharing' })
export class PeerSharingEntity {
  @PrimaryColumn({ name: 'system_id', type: 'uuid' })
  systemId!: string;

  @ManyToOne(() => SystemEntity, { nullable: false })
  @JoinColumn({ name: 'system_id' })
  system?: SystemEntity;

  @Column({ name: 'share_name_with_peers', type: 'boolean' })
  shareNameWithPeers!: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ name: 'updated_by', type: 'uuid', nullable: true })
  updatedBy!: string | null;
}
