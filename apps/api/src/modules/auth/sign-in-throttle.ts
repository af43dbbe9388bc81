/**
 * How sign-in guesses are slowed without letting a stranger lock a person out (ADR 0033; OWASP ASVS 5 V6.1.1 and
 * V6.3.1, and the OWASP Authentication Cheat Sheet's "account lockout" and "device cookies"). Every count comes from
 * the database (failed sign-ins in the audit trail, a known device's own count), so every replica applies the same.
 *
 * - From a device the person has signed in with before (a known device: its cookie names a device of THIS account),
 *   only that device's own recent failures count: a stranger's failures, from anywhere, never stop the person.
 * - From any other device, three limits apply:
 *   1. per account and address: the first few failures are free, then each further attempt waits a delay that
 *      doubles with every failure (1, 2, 4 … minutes, up to an hour) since the last one;
 *   2. per address: so many failures from one address in a short window pause every sign-in from it (one machine
 *      guessing many accounts);
 *   3. per account: so many failures from every address in an hour pause sign-in to that account from unknown devices
 *      only (many machines guessing one account): at most about 100 guesses an hour, as ASVS asks.
 * A refused attempt is not checked and not counted. An unknown email address is throttled exactly like a real one.
 */
export const SIGN_IN_THROTTLE = {
  /** Failures for one account from one address (in the last day) before delays begin. */
  freeFailures: 5,
  /** The longest delay between attempts for one account from one address. */
  maxDelayMinutes: 60,
  /** Failures from one address, for any accounts, within `addressWindowMinutes`, before sign-in from it pauses. */
  perAddress: 50,
  addressWindowMinutes: 15,
  /** Failures for one account from all unknown devices within an hour before sign-in to it from them pauses. */
  perAccount: 100,
  /** Failures on one known device within `knownDeviceWindowMinutes` before it too must wait. */
  perKnownDevice: 10,
  knownDeviceWindowMinutes: 15,
} as const;

/** What the database says about recent failures, as the rule needs them. */
export type SignInHistory =
  | {
      readonly knownDevice: true;
      /** Failures on this device within the known-device window. */
      readonly deviceFailures: number;
      /** Minutes since the device's last failure (null: none). */
      readonly minutesSinceDeviceFailure: number | null;
    }
  | {
      readonly knownDevice: false;
      /** Failures for this account from this address in the last day, and minutes since the last of them. */
      readonly accountAndAddressFailures: number;
      readonly minutesSinceAccountAndAddressFailure: number | null;
      /** Failures from this address (any account) within the address window. */
      readonly addressFailures: number;
      /** Failures for this account (any address) in the last hour. */
      readonly accountFailures: number;
    };

export type SignInDecision = { readonly allowed: true } | { readonly allowed: false; readonly waitMinutes: number };

/** The delay after `failures` failures for one account from one address: 0 for the free ones, then doubling. */
export function delayMinutesAfter(failures: number): number {
  if (failures < SIGN_IN_THROTTLE.freeFailures) return 0;
  return Math.min(2 ** (failures - SIGN_IN_THROTTLE.freeFailures), SIGN_IN_THROTTLE.maxDelayMinutes);
}

/** Whether this sign-in attempt may be checked now, or how many minutes (at most) to wait. */
export function signInDecision(history: SignInHistory): SignInDecision {
  if (history.knownDevice) {
    if (history.deviceFailures < SIGN_IN_THROTTLE.perKnownDevice) return { allowed: true };
    return refusedFor(SIGN_IN_THROTTLE.knownDeviceWindowMinutes - (history.minutesSinceDeviceFailure ?? 0));
  }
  if (history.addressFailures >= SIGN_IN_THROTTLE.perAddress) return refusedFor(SIGN_IN_THROTTLE.addressWindowMinutes);
  if (history.accountFailures >= SIGN_IN_THROTTLE.perAccount) return refusedFor(60);
  const delay = delayMinutesAfter(history.accountAndAddressFailures);
  const since = history.minutesSinceAccountAndAddressFailure;
  if (delay === 0 || since === null || since >= delay) return { allowed: true };
  return refusedFor(delay - since);
}

function refusedFor(minutes: number): SignInDecision {
  return { allowed: false, waitMinutes: Math.max(1, Math.ceil(minutes)) };
}

/** The words a refused attempt gets. */
export function tooManyAttemptsMessage(waitMinutes: number): string {
  const wait = waitMinutes === 1 ? '1 minute' : `${waitMinutes} minutes`;
  return `There have been too many attempts to sign in. Wait ${wait} and try again.`;
}
