import { AuthService } from './auth.service';
import { SessionCache } from './session-cache';
import { SignedIn } from './signed-in';

const nadia: SignedIn = {
  sessionId: 's1',
  user: { id: 'u1', email: 'nadia@example.nhs.uk', name: 'Nadia' },
  actor: { userId: 'u1', grants: [{ role: 'NATIONAL' }], coachedSystemIds: [] },
};

describe('AuthService.authenticate: sessions from memory only while changes are being heard', () => {
  function service(connected: boolean) {
    const reads: Buffer[] = [];
    const sessions = {
      findSignedIn: async (hash: Buffer) => {
        reads.push(hash);
        return { signedIn: nadia, secondsLeft: 3600, idleSecondsLeft: 3600 };
      },
      touch: async () => true,
    };
    const cache = new SessionCache();
    const listener = { connected };
    const auth = new AuthService({} as never, sessions as never, {} as never, {} as never, {} as never, cache, listener as never, {} as never);
    return { auth, reads, cache, listener };
  }

  it('asks the database once, then serves the session from memory', async () => {
    const { auth, reads } = service(true);
    expect(await auth.authenticate('token')).toEqual(nadia);
    expect(await auth.authenticate('token')).toEqual(nadia);
    expect(reads).toHaveLength(1);
  });

  it('asks the database every time, and keeps nothing, while the listener is not connected', async () => {
    const { auth, reads, cache, listener } = service(false);
    await auth.authenticate('token');
    await auth.authenticate('token');
    expect(reads).toHaveLength(2);
    expect(cache.size).toBe(0);
    listener.connected = true;
    await auth.authenticate('token');
    await auth.authenticate('token');
    expect(reads).toHaveLength(3);
  });

  it('asks nothing without a cookie', async () => {
    const { auth, reads } = service(true);
    expect(await auth.authenticate(undefined)).toBeNull();
    expect(reads).toHaveLength(0);
  });
});
