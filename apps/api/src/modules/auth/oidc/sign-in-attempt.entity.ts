import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A single sign-on under way: the hash of its state, with the nonce and PKCE verifier to check the answer against. */
@Entity({ name: 'sign_in_attempt' })
export class SignInAttemptEntity {
  @PrimaryColumn({ name: 'state_hash', type: 'bytea' })
  stateHash!: Buffer;

  @Column({ type: 'text' })
  nonce!: string;

  @Column({ name: 'code_verifier', type: 'text' })
  codeVerifier!: string;

  @Column({ name: 'return_to', type: 'text' })
  returnTo!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
