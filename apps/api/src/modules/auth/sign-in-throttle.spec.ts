import { delayMinutesAfter, SIGN_IN_THROTTLE, signInDecision, SignInHistory, tooManyAttemptsMessage } from './sign-in-throttle';

const unknown = (over: Partial<Extract<SignInHistory, { knownDevice: false }>> = {}): SignInHistory => ({
  knownDevice: false,
  accountAndAddressFailures: 0,
  minutesSinceAccountAndAddressFailure: null,
  addressFailures: 0,
  accountFailures: 0,
  ...over,
});

describe('sign-in throttling', () => {
  it('lets the first few failures for an account from an address go, then doubles the delay up to an hour', () => {
    expect([0, 4, 5, 6, 7, 8, 9, 10, 11, 12, 40].map(delayMinutesAfter)).toEqual([0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]);
  });

  it('refuses an attempt from an unknown device until the delay since the last failure has passed', () => {
    expect(signInDecision(unknown({ accountAndAddressFailures: 4, minutesSinceAccountAndAddressFailure: 0 }))).toEqual({ allowed: true });
    expect(signInDecision(unknown({ accountAndAddressFailures: 7, minutesSinceAccountAndAddressFailure: 1.5 }))).toEqual({ allowed: false, waitMinutes: 3 });
    expect(signInDecision(unknown({ accountAndAddressFailures: 7, minutesSinceAccountAndAddressFailure: 4 }))).toEqual({ allowed: true });
  });

  it('pauses every sign-in from an address with many failures, and sign-in to an account from unknown devices', () => {
    expect(signInDecision(unknown({ addressFailures: SIGN_IN_THROTTLE.perAddress }))).toMatchObject({ allowed: false });
    expect(signInDecision(unknown({ addressFailures: SIGN_IN_THROTTLE.perAddress - 1 }))).toEqual({ allowed: true });
    expect(signInDecision(unknown({ accountFailures: SIGN_IN_THROTTLE.perAccount }))).toEqual({ allowed: false, waitMinutes: 60 });
  });

  it('lets a known device through whatever strangers did, until it has failed too often itself', () => {
    expect(signInDecision({ knownDevice: true, deviceFailures: 0, minutesSinceDeviceFailure: null })).toEqual({ allowed: true });
    expect(signInDecision({ knownDevice: true, deviceFailures: SIGN_IN_THROTTLE.perKnownDevice - 1, minutesSinceDeviceFailure: 0 })).toEqual({ allowed: true });
    expect(signInDecision({ knownDevice: true, deviceFailures: SIGN_IN_THROTTLE.perKnownDevice, minutesSinceDeviceFailure: 5 })).toEqual({ allowed: false, waitMinutes: 10 });
  });

  it('says how long to wait in words', () => {
    expect(tooManyAttemptsMessage(1)).toBe('There have been too many attempts to sign in. Wait 1 minute and try again.');
    expect(tooManyAttemptsMessage(16)).toMatch(/Wait 16 minutes/);
  });
});
