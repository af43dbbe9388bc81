import { Injectable } from '@nestjs/common';
import * as argon2 from 'argon2';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes): OWASP's recommended minimum or better. */
@Injectable()
export class PasswordHasher {
  /** A hash of nothing anyone knows, verified when an email has no account so both answers take as long. */
  private readonly decoy = argon2.hash('decoy: no account has this password', { type: argon2.argon2id });

  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  /** False for a wrong password, and for no hash at all (after the same work as a real check). */
  async verify(hash: string | null, password: string): Promise<boolean> {
    if (!hash) {
      await argon2.verify(await this.decoy, password).catch(() => false);
      return false;
    }
    return argon2.verify(hash, password).catch(() => false);
  }
}
