import { Secret, TOTP } from 'otpauth';
import { SecretBox } from './secret-box';
import { acceptedStep, groupedKey, newRecoveryCodes, newTotpSecret, readCode, recoveryCodeHash, RECOVERY_CODE_COUNT } from './totp';

const NOW = Date.UTC(2026, 11, 6, 12, 0, 15);
const codeAt = (secret: string, timestamp: number) =>
  new TOTP({ secret: Secret.fromBase32(secret), algorithm: 'SHA1', digits: 6, period: 30 }).generate({ timestamp });

describe('authenticator codes (TOTP)', () => {
  const secret = newTotpSecret();
  const stepNow = Math.floor(NOW / 30_000);

  it('accepts the current code and one step either side, and says which step it was', () => {
    expect(acceptedStep(secret, codeAt(secret, NOW), null, NOW)).toBe(stepNow);
    expect(acceptedStep(secret, codeAt(secret, NOW - 30_000), null, NOW)).toBe(stepNow - 1);
    expect(acceptedStep(secret, codeAt(secret, NOW + 30_000), null, NOW)).toBe(stepNow + 1);
  });

  it('refuses codes two steps away, wrong codes and codes of another secret', () => {
    expect(acceptedStep(secret, codeAt(secret, NOW - 60_000), null, NOW)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, NOW + 60_000), null, NOW)).toBeNull();
    expect(acceptedStep(newTotpSecret(), codeAt(secret, NOW), null, NOW)).toBeNull();
    const wrong = String((Number(codeAt(secret, NOW)) + 1) % 1_000_000).padStart(6, '0');
    expect(acceptedStep(secret, wrong, null, NOW)).toBeNull();
  });

  it('refuses a code already used (replay), and any older one, but accepts the next step', () => {
    expect(acceptedStep(secret, codeAt(secret, NOW), stepNow, NOW)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, NOW - 30_000), stepNow, NOW)).toBeNull();
    expect(acceptedStep(secret, codeAt(secret, NOW + 30_000), stepNow, NOW)).toBe(stepNow + 1);
  });

  it('groups the key in fours for typing', () => {
    expect(groupedKey('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567ABCD')).toBe('ABCD EFGH IJKL MNOP QRST UVWX YZ23 4567 ABCD');
    expect(newTotpSecret()).toMatch(/^[A-Z2-7]{32}$/);
  });
});

describe('what a person types', () => {
  it('reads six digits (spaces allowed) as an authenticator code, else a recovery code, else nothing', () => {
    expect(readCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    const [code] = newRecoveryCodes();
    expect(readCode(code!.toUpperCase())).toEqual({ kind: 'recovery', code: code!.replace(/-/g, '') });
    expect(readCode('12345')).toEqual({ kind: 'invalid' });
    expect(readCode('abcd-efgh-ijkl-mnop')).toEqual({ kind: 'invalid' }); // i and l are not in the alphabet
  });
});

describe('recovery codes', () => {
  it('makes ten different codes, hashed the same however they are typed', () => {
    const codes = newRecoveryCodes();
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/);
    expect(recoveryCodeHash(codes[0]!)).toEqual(recoveryCodeHash(codes[0]!.replace(/-/g, ' ').toUpperCase()));
    expect(recoveryCodeHash(codes[0]!)).not.toEqual(recoveryCodeHash(codes[1]!));
  });
});

describe('secrets at rest', () => {
  it('encrypts, decrypts only with the same key and account, and never stores the secret in clear', () => {
    const box = new SecretBox(Buffer.alloc(32, 1));
    const secret = newTotpSecret();
    const sealed = box.seal(secret, 'user-a');
    expect(sealed.toString('latin1')).not.toContain(secret);
    expect(box.open(sealed, 'user-a')).toBe(secret);
    expect(() => box.open(sealed, 'user-b')).toThrow();
    expect(() => new SecretBox(Buffer.alloc(32, 2)).open(sealed, 'user-a')).toThrow();
  });
});
