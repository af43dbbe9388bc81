import { visibilityKey } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { Caller } from '../auth/current-user.decorator';
import { PublishedAnswersCache } from './published-answers.cache';

/** What the resolvers of published answers note on the request, for the ETag (see `publishedAnswersEtagPlugin`). */
export interface PublishedAnswersContext {
  publishedAnswers?: { hashes: string[]; others: number };
}

/** The same JSON whatever order an object's keys came in, so the same arguments always make the same key. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Landscapes, profiles and movements of published cycles, worked out once per key and then served from memory. The key
 * is everything that decides the answer: the operation, its arguments, and what the caller may see (`visibilityKey`).
 * The service still checks permissions on every miss; a hit can only be an answer worked out, permission checked, for
 * someone who may see exactly the same. Only answers `published` says are published are kept.
 */
@Injectable()
export class PublishedAnswers {
  constructor(private readonly cache: PublishedAnswersCache) {}

  async answer<T>(
    caller: Caller,
    context: PublishedAnswersContext,
    operation: string,
    args: Record<string, unknown>,
    compute: () => Promise<T>,
    published: (value: T) => boolean,
  ): Promise<T> {
    const key = `${operation}\u0000${visibilityKey(caller.actor)}\u0000${canonicalJson(args)}`;
    const { value, entry } = await this.cache.answer(key, compute, published);
    const noted = (context.publishedAnswers ??= { hashes: [], others: 0 });
    if (entry) noted.hashes.push(entry.hash);
    else noted.others += 1;
    return value;
  }
}
