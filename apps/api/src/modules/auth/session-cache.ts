import { SESSION_IDLE_MINUTES } from './session-cookie';
import { SignedIn } from './signed-in';

/** A session as the database last confirmed it, and until when this process may trust that without asking again. */
export interface CachedSession {
  readonly signedIn: SignedIn;
  /** The session's hard end (its `expires_at`), in this process's clock. */
  readonly expiresAt: number;
  /** When it ends if nobody uses it (`last_seen_at` + the idle limit, as last written), in this process's clock. */
  idleUntil: number;
  /** When this process last wrote `last_seen_at` for it (or read it fresh): it writes again a minute later at most. */
  touchedAt: number;
}

export const SESSION_CACHE_LIMITS = {
  /** Sessions kept per process; the least recently used goes first. About 1 kB each. */
  maxEntries: 10_000,
  /** `last_seen_at` is written at most this often per session per process. */
  touchEveryMs: 60_000,
  idleMs: SESSION_IDLE_MINUTES * 60_000,
} as const;

/**
 * The sessions this API process has checked, by the SHA-256 of their token (never the token). Bounded (least recently
 * used out first) and never trusted past the session's own lifetime or idle limit: an entry that has run out is
 * dropped and the database asked again (another replica may have kept it alive). Changes made anywhere reach it through
 * `SessionChangeListener` (PostgreSQL LISTEN/NOTIFY), which empties it whenever it may have missed one; while the
 * listener is not connected, `SessionService` neither reads nor fills it.
 *
 * `generation` counts every eviction: a database read started before an eviction must not be stored after it (it may
 * carry what the eviction was about), so a caller notes the generation before reading and stores only if unchanged.
 */
export class SessionCache {
  private readonly entries = new Map<string, CachedSession>();
  private readonly keysByUser = new Map<string, Set<string>>();
  private generationCount = 0;
  /** Served from memory / looked up in the database, since start: for tests and the profile. */
  readonly counts = { hits: 0, misses: 0 };

  constructor(
    private readonly limits: { maxEntries: number; touchEveryMs: number; idleMs: number } = SESSION_CACHE_LIMITS,
    private readonly now: () => number = Date.now,
  ) {}

  get generation(): number {
    return this.generationCount;
  }

  get size(): number {
    return this.entries.size;
  }

  /** The cached session for this token hash if it is still within its lifetime and idle limit; else undefined. */
  get(key: string): CachedSession | undefined {
    const entry = this.entries.get(key);
    if (!entry) {
      this.counts.misses++;
      return undefined;
    }
    const now = this.now();
    if (now >= entry.expiresAt || now >= entry.idleUntil) {
      this.remove(key, entry);
      this.counts.misses++;
      return undefined;
    }
    // Most recently used goes to the end of the map's order.
    this.entries.delete(key);
    this.entries.set(key, entry);
    this.counts.hits++;
    return entry;
  }

  /**
   * Keeps a session the database has just confirmed: `secondsLeft` and `idleSecondsLeft` are as the database counted
   * them (so the two clocks never need to agree). Ignored when anything was evicted since `generation` was read.
   */
  set(key: string, signedIn: SignedIn, left: { seconds: number; idleSeconds: number }, generation: number): void {
    if (generation !== this.generationCount) return;
    const now = this.now();
    const previous = this.entries.get(key);
    if (previous) this.remove(key, previous);
    this.entries.set(key, {
      // Shared by every request on this session from now on: nobody may change it in place.
      signedIn: freezeSignedIn(signedIn),
      expiresAt: now + left.seconds * 1000,
      idleUntil: now + left.idleSeconds * 1000,
      touchedAt: now,
    });
    const keys = this.keysByUser.get(signedIn.user.id) ?? new Set<string>();
    keys.add(key);
    this.keysByUser.set(signedIn.user.id, keys);
    while (this.entries.size > this.limits.maxEntries) {
      const [oldestKey, oldest] = this.entries.entries().next().value as [string, CachedSession];
      this.remove(oldestKey, oldest);
    }
  }

  /** True (and the entry marked as touched now) when `last_seen_at` is due to be written for this entry. */
  touchDue(entry: CachedSession): boolean {
    const now = this.now();
    if (now - entry.touchedAt < this.limits.touchEveryMs) return false;
    entry.touchedAt = now;
    return true;
  }

  /** The database has recorded a use now: the idle limit counts from here. */
  touched(entry: CachedSession, at: number): void {
    entry.idleUntil = Math.min(entry.expiresAt, at + this.limits.idleMs);
  }

  /** Forgets every session of one person (their account, roles or sessions changed). */
  evictUser(userId: string): void {
    this.generationCount++;
    for (const key of this.keysByUser.get(userId) ?? []) this.entries.delete(key);
    this.keysByUser.delete(userId);
  }

  /** Forgets one session. */
  evict(key: string): void {
    this.generationCount++;
    const entry = this.entries.get(key);
    if (entry) this.remove(key, entry);
  }

  /** Forgets everything (the listener (re)connected, or a table was truncated). */
  clear(): void {
    this.generationCount++;
    this.entries.clear();
    this.keysByUser.clear();
  }

  private remove(key: string, entry: CachedSession): void {
    this.entries.delete(key);
    const keys = this.keysByUser.get(entry.signedIn.user.id);
    keys?.delete(key);
    if (keys?.size === 0) this.keysByUser.delete(entry.signedIn.user.id);
  }
}

function freezeSignedIn(signedIn: SignedIn): SignedIn {
  for (const grant of signedIn.actor.grants) Object.freeze(grant);
  Object.freeze(signedIn.actor.grants);
  Object.freeze(signedIn.actor.coachedSystemIds);
  Object.freeze(signedIn.actor);
  Object.freeze(signedIn.user);
  return Object.freeze(signedIn);
}
