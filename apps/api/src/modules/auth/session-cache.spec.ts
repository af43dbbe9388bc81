import { SessionCache } from './session-cache';
import { SignedIn } from './signed-in';

const person = (userId: string, sessionId = `s-${userId}`): SignedIn => ({
  sessionId,
  user: { id: userId, email: `${userId}@example.nhs.uk`, name: userId },
  actor: { userId, grants: [{ role: 'NATIONAL' }], coachedSystemIds: [] },
});

describe('SessionCache', () => {
  let now: number;
  const limits = { maxEntries: 3, touchEveryMs: 60_000, idleMs: 120 * 60_000 };
  const cache = () => new SessionCache(limits, () => now);
  const long = { seconds: 12 * 3600, idleSeconds: 120 * 60 };

  beforeEach(() => {
    now = 1_000_000;
  });

  it('serves what it was given, and counts hits and misses', () => {
    const c = cache();
    expect(c.get('a')).toBeUndefined();
    c.set('a', person('u1'), long, c.generation);
    expect(c.get('a')?.signedIn.user.id).toBe('u1');
    expect(c.counts).toEqual({ hits: 1, misses: 1 });
  });

  it('hands out a session nobody can change in place (every request on it shares it)', () => {
    const c = cache();
    c.set('a', person('u1'), long, c.generation);
    const signedIn = c.get('a')!.signedIn;
    expect(() => (signedIn.actor.grants as unknown as unknown[]).push({ role: 'ADMIN' })).toThrow();
    expect(() => ((signedIn.user as { name: string }).name = 'Mallory')).toThrow();
    expect(c.get('a')!.signedIn.actor.grants).toEqual([{ role: 'NATIONAL' }]);
  });

  it('keeps at most maxEntries, dropping the least recently used', () => {
    const c = cache();
    for (const key of ['a', 'b', 'c']) c.set(key, person(key), long, c.generation);
    c.get('a'); // a is now the most recently used; b the least
    c.set('d', person('d'), long, c.generation);
    expect(c.size).toBe(3);
    expect(c.get('b')).toBeUndefined();
    expect(['a', 'c', 'd'].map((k) => c.get(k)?.signedIn.user.id)).toEqual(['a', 'c', 'd']);
  });

  it('never serves a session past its end, as the database counted it', () => {
    const c = cache();
    c.set('a', person('u1'), { seconds: 30, idleSeconds: 7200 }, c.generation);
    now += 29_999;
    expect(c.get('a')).toBeDefined();
    now += 1;
    expect(c.get('a')).toBeUndefined();
    expect(c.size).toBe(0);
  });

  it('drops a session at its idle limit unless a use was recorded, which moves the limit on', () => {
    const c = cache();
    c.set('a', person('u1'), { seconds: 12 * 3600, idleSeconds: 600 }, c.generation);
    now += 599_000;
    const entry = c.get('a');
    expect(entry).toBeDefined();
    c.touched(entry!, now);
    now += 2 * 3600_000 - 1;
    expect(c.get('a')).toBeDefined();
    now += 1;
    expect(c.get('a')).toBeUndefined();
  });

  it('an idle limit moved on never outlasts the session itself', () => {
    const c = cache();
    c.set('a', person('u1'), { seconds: 60, idleSeconds: 30 }, c.generation);
    c.touched(c.get('a')!, now);
    now += 60_000;
    expect(c.get('a')).toBeUndefined();
  });

  it('says a use is due to be written once a minute at most', () => {
    const c = cache();
    c.set('a', person('u1'), long, c.generation);
    const entry = c.get('a')!;
    expect(c.touchDue(entry)).toBe(false);
    now += 59_999;
    expect(c.touchDue(entry)).toBe(false);
    now += 1;
    expect(c.touchDue(entry)).toBe(true);
    expect(c.touchDue(entry)).toBe(false);
  });

  it("evicts every session of one person, and nobody else's", () => {
    const c = cache();
    c.set('a1', person('u1', 's1'), long, c.generation);
    c.set('a2', person('u1', 's2'), long, c.generation);
    c.set('b', person('u2'), long, c.generation);
    c.evictUser('u1');
    expect([c.get('a1'), c.get('a2')]).toEqual([undefined, undefined]);
    expect(c.get('b')).toBeDefined();
    c.clear();
    expect(c.size).toBe(0);
  });

  it('refuses a database read that started before an eviction (it may carry what was evicted)', () => {
    const c = cache();
    const before = c.generation;
    c.evictUser('u1'); // e.g. a role revoked while the read was on its way
    c.set('a', person('u1'), long, before);
    expect(c.get('a')).toBeUndefined();
    c.set('a', person('u1'), long, c.generation);
    expect(c.get('a')).toBeDefined();
  });
});
