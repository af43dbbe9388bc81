import { createHash } from 'node:crypto';

/** One cached answer: the service's result object, and a hash of it (for ETags), worked out once when stored. */
export interface CachedAnswer {
  readonly value: unknown;
  readonly hash: string;
  readonly size: number;
}

export interface PublishedAnswersCacheLimits {
  /** The most answers kept. */
  readonly maxEntries: number;
  /** The most characters of the answers' JSON kept, all together (the objects take a few times that in memory). */
  readonly maxChars: number;
}

export const DEFAULT_CACHE_LIMITS: PublishedAnswersCacheLimits = { maxEntries: 2000, maxChars: 64 * 1024 * 1024 };

export interface CacheStatistics {
  hits: number;
  misses: number;
  invalidations: number;
}

/** The hash of a value's JSON, for an ETag: the same answer gives the same hash on every replica. */
export const hashOf = (json: string): string => createHash('sha1').update(json).digest('base64url');

/**
 * Answers that never change until something they are made of changes, kept in memory, least recently used dropped
 * first. Not I/O: the listener (`PublishedAnswersListener`) tells it when it may be used (`setUsable`) and when to
 * forget everything (`invalidate`).
 *
 * A generation counts invalidations: an answer worked out while an invalidation arrived is returned but not kept (it may
 * have read the data from before the change). Callers asking for the same key at once share one computation.
 */
export class PublishedAnswersCache {
  private readonly entries = new Map<string, CachedAnswer>();
  private readonly inFlight = new Map<string, Promise<CachedAnswer | null>>();
  private chars = 0;
  private generation = 0;
  private usable = false;
  readonly statistics: CacheStatistics = { hits: 0, misses: 0, invalidations: 0 };

  constructor(private readonly limits: PublishedAnswersCacheLimits = DEFAULT_CACHE_LIMITS) {}

  get size(): number {
    return this.entries.size;
  }

  get isUsable(): boolean {
    return this.usable;
  }

  /** Whether answers may be served from and kept in the cache: only while invalidations are sure to arrive. */
  setUsable(usable: boolean): void {
    this.usable = usable;
    this.invalidate();
  }

  /** Forgets every answer, and any being worked out now. */
  invalidate(): void {
    this.generation += 1;
    this.statistics.invalidations += 1;
    this.entries.clear();
    this.inFlight.clear();
    this.chars = 0;
  }

  /**
   * The answer for `key`: from the cache, or from `compute`, kept when `cacheable` says so. Returns the answer and,
   * when it is (or now is) in the cache, its entry; a result that may not be kept comes back without one.
   */
  async answer<T>(key: string, compute: () => Promise<T>, cacheable: (value: T) => boolean): Promise<{ value: T; entry: CachedAnswer | null }> {
    if (!this.usable) return { value: await compute(), entry: null };
    const hit = this.entries.get(key);
    if (hit) {
      this.statistics.hits += 1;
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return { value: hit.value as T, entry: hit };
    }
    const generation = this.generation;
    const sharedKey = `${generation}\u0000${key}`;
    const shared = this.inFlight.get(sharedKey);
    if (shared) {
      const entry = await shared;
      if (entry) {
        this.statistics.hits += 1;
        return { value: entry.value as T, entry };
      }
    }
    this.statistics.misses += 1;
    let value!: T;
    const computing = (async () => {
      value = await compute();
      if (!cacheable(value)) return null;
      const json = JSON.stringify(value);
      return { value, hash: hashOf(json), size: json.length };
    })();
    this.inFlight.set(sharedKey, computing);
    try {
      const entry = await computing;
      if (entry && generation === this.generation && this.usable) this.keep(key, entry);
      return { value, entry: entry && generation === this.generation ? entry : null };
    } finally {
      this.inFlight.delete(sharedKey);
    }
  }

  /** The invalidations so far: note it before working an answer out, and hand it to `keepIfCurrent` after. */
  get currentGeneration(): number {
    return this.generation;
  }

  /** An answer kept under `key`, if any (and the cache may be used). */
  lookup(key: string): CachedAnswer | undefined {
    if (!this.usable) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      this.statistics.hits += 1;
      this.entries.delete(key);
      this.entries.set(key, hit);
    } else {
      this.statistics.misses += 1;
    }
    return hit;
  }

  /** Keeps an answer worked out since `generation`, unless an invalidation has come since. */
  keepIfCurrent(key: string, entry: CachedAnswer, generation: number): void {
    if (this.usable && generation === this.generation) this.keep(key, entry);
  }

  private keep(key: string, entry: CachedAnswer): void {
    if (entry.size > this.limits.maxChars) return;
    const previous = this.entries.get(key);
    if (previous) {
      this.entries.delete(key);
      this.chars -= previous.size;
    }
    this.entries.set(key, entry);
    this.chars += entry.size;
    for (const [oldest, old] of this.entries) {
      if (this.entries.size <= this.limits.maxEntries && this.chars <= this.limits.maxChars) break;
      this.entries.delete(oldest);
      this.chars -= old.size;
    }
  }
}
