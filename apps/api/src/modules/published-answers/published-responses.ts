import { visibilityKey } from '@idt/domain';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createHash } from 'node:crypto';
import { AuthService } from '../auth/auth.service';
import { readSessionCookie } from '../auth/session-cookie';
import { ApiRequest } from '../auth/signed-in';
import { CachedAnswer, PublishedAnswersCache } from './published-answers.cache';
import { canonicalJson } from './published-answers.service';

/** Where the Apollo plugin finds this application's `PublishedResponses` (each application has its own cache). */
const LOCALS_KEY = 'publishedResponses';

/** A request's whole answer looked up: served from memory, or to be kept under `key` once worked out. */
export type ResponseLookup = { readonly hit: CachedAnswer } | { readonly key: string; readonly generation: number };

/**
 * Whole answers to queries that ask only for published answers (`landscape`, `systemProfile`, `movement`), kept in the
 * same cache (and emptied by the same notifications) as the answers themselves, so a repeated query is answered
 * without executing it at all: no resolver, no field-by-field walk of a 40 kB landscape. The key is the document, its
 * variables and the caller's visibility; the caller is authenticated here exactly as the session guard would (the
 * guard then finds the request already authenticated). Only an answer whose every top-level field was a published
 * answer, with no error, is kept (see `publishedAnswersEtagPlugin`).
 */
@Injectable()
export class PublishedResponses implements OnModuleInit {
  constructor(
    private readonly cache: PublishedAnswersCache,
    private readonly auth: AuthService,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  onModuleInit(): void {
    const app = this.adapterHost.httpAdapter?.getInstance() as { locals?: Record<string, unknown> } | undefined;
    if (app?.locals) app.locals[LOCALS_KEY] = this;
  }

  /** Null when the caller is not signed in or the cache is not in use: the query is then executed as usual. */
  async lookup(req: ApiRequest, request: { query?: string; variables?: Record<string, unknown>; operationName?: string }): Promise<ResponseLookup | null> {
    if (!this.cache.isUsable || request.query === undefined) return null;
    if (req.signedIn === undefined) req.signedIn = await this.auth.authenticate(readSessionCookie(req));
    if (!req.signedIn) return null;
    const key = `response\u0000${createHash('sha1')
      .update(visibilityKey(req.signedIn.actor))
      .update('\u0000')
      .update(request.operationName ?? '')
      .update('\u0000')
      .update(request.query)
      .update('\u0000')
      .update(canonicalJson(request.variables ?? {}))
      .digest('base64url')}`;
    const generation = this.cache.currentGeneration;
    const hit = this.cache.lookup(key);
    return hit ? { hit } : { key, generation };
  }

  keep(key: string, generation: number, result: unknown, etagHash: string): void {
    const json = JSON.stringify(result);
    this.cache.keepIfCurrent(key, { value: result, hash: etagHash, size: json.length }, generation);
  }
}

/** The `PublishedResponses` of the application serving this request, if it has one. */
export function publishedResponsesOf(req: ApiRequest | undefined): PublishedResponses | undefined {
  const found = (req?.app?.locals as Record<string, unknown> | undefined)?.[LOCALS_KEY];
  return found instanceof PublishedResponses ? found : undefined;
}
