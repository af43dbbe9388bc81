import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * Encrypts authenticator secrets at rest with AES-256-GCM: a copy of the database (a backup, a dump) does not give
 * anyone the codes. The stored value is nonce (12 bytes) + tag (16 bytes) + ciphertext; the account id is bound in
 * as associated data, so a secret copied to another account's row does not decrypt.
 */
export class SecretBox {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('The second-step encryption key must be 32 bytes.');
  }

  seal(plaintext: string, userId: string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, nonce);
    cipher.setAAD(Buffer.from(userId));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([nonce, cipher.getAuthTag(), body]);
  }

  open(sealed: Buffer, userId: string): string {
    const decipher = createDecipheriv('aes-256-gcm', this.key, sealed.subarray(0, 12));
    decipher.setAAD(Buffer.from(userId));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  }
}
