import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { InvitedRole } from './invitations.types';

/** An admin's invitation of a person (migration 1764001100000). Only the link token's SHA-256 hash is kept. */
@Entity({ name: 'invitation' })
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  roles!: InvitedRole[];

  @Column({ name: 'single_sign_on', type: 'boolean', default: false })
  singleSignOn!: boolean;

  @Column({ name: 'token_hash', type: 'bytea', nullable: true, unique: true })
  tokenHash!: Buffer | null;

  @Column({ name: 'send_number', type: 'int', default: 1 })
  sendNumber!: number;

  @Column({ name: 'invited_by', type: 'uuid', nullable: true })
  invitedBy!: string | null;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  @Column({ name: 'accepted_user_id', type: 'uuid', nullable: true })
  acceptedUserId!: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;
}
