import { createHash, randomInt } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';

/**
 * The second step's rules, in one place: authenticator codes (TOTP, RFC 6238: SHA-1, 6 digits, 30-second steps, as
 * every authenticator app expects) checked by the `otpauth` library, and recovery codes. No I/O here.
 */
export const TOTP_SETTINGS = { algorithm: 'SHA1', digits: 6, period: 30 } as const;

/** Codes one step either side of now are accepted (a phone's clock may be a little out). */
export const TOTP_WINDOW = 1;

export const RECOVERY_CODE_COUNT = 10;

/** Letters and digits that cannot be mistaken for each other (no 0/o, 1/l/i). */
const RECOVERY_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
const RECOVERY_CODE_LENGTH = 16;

/** A new secret: 20 random bytes (160 bits, RFC 4226's recommendation), as base32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(secretBase32: string, label = 'IDT Canvas'): TOTP {
  return new TOTP({ issuer: 'IDT Canvas', label, secret: Secret.fromBase32(secretBase32), ...TOTP_SETTINGS });
}

/** The `otpauth://` address an authenticator app reads from the QR code. */
export function totpUri(secretBase32: string, email: string): string {
  return totpFor(secretBase32, email).toString();
}

/** The key to type by hand, in groups of four: "ABCD EFGH …". */
export function groupedKey(secretBase32: string): string {
  return secretBase32.replace(/=+$/, '').match(/.{1,4}/g)?.join(' ') ?? '';
}

/** What a person typed: six digits (spaces allowed) for an authenticator code, else a recovery code. */
export type SecondStepCode = { kind: 'totp'; code: string } | { kind: 'recovery'; code: string } | { kind: 'invalid' };

export function readCode(typed: string): SecondStepCode {
  const compact = typed.replace(/[\s-]/g, '').toLowerCase();
  if (/^\d{6}$/.test(compact)) return { kind: 'totp', code: compact };
  if (compact.length === RECOVERY_CODE_LENGTH && [...compact].every((c) => RECOVERY_ALPHABET.includes(c))) {
    return { kind: 'recovery', code: compact };
  }
  return { kind: 'invalid' };
}

/**
 * The 30-second step an authenticator code belongs to, if it is right for now ±1 step and newer than the last code
 * accepted (`lastUsedStep`): else null. The caller stores the step, so the same code is never accepted twice.
 */
export function acceptedStep(secretBase32: string, code: string, lastUsedStep: number | null, now = Date.now()): number | null {
  const delta = totpFor(secretBase32).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  if (delta === null) return null;
  const step = TOTP.counter({ period: TOTP_SETTINGS.period, timestamp: now }) + delta;
  return lastUsedStep !== null && step <= lastUsedStep ? null : step;
}

/** Ten new recovery codes, as shown to the person: "abcd-efgh-jkmn-pqrs". */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () => {
    const chars = Array.from({ length: RECOVERY_CODE_LENGTH }, () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)]);
    const compact = chars.join('');
    return Array.from({ length: compact.length / 4 }, (_, i) => compact.slice(i * 4, i * 4 + 4)).join('-');
  });
}

/**
 * What is stored of a recovery code: its SHA-256 (a random 79-bit code needs no slow hash), of the compact form, so
 * "ABCD EFGH…" and "abcd-efgh-…" are the same code.
 */
export function recoveryCodeHash(code: string): Buffer {
  return createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest();
}
