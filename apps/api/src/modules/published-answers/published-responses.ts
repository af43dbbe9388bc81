import { Actor, visibilityKey } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { OperationDefinitionNode } from 'graphql';
import { AuthService } from '../auth/auth.service';
import { readSessionCookie } from '../auth/session-cookie';
import { ApiRequest } from '../auth/signed-in';
import type { GraphQLRequest, PreparedAnswer, WholeAnswers } from '../../graphql/direct-graphql';
import { asksOnlyForPublishedAnswers, publishedEtag } from './etag.plugin';
import { PublishedAnswersCache } from './published-answers.cache';
import { canonicalJson, PublishedAnswersContext } from './published-answers.service';

/**
 * Whole answers to queries that ask only for published answers (`landscape`, `systemProfile`, `movement`), kept as
 * their JSON's bytes in the same cache (and emptied by the same notifications) as the answers themselves, so a repeated query
 * is answered without executing it at all: no resolver, no field-by-field walk of a 40 kB landscape, no serialising.
 * The key is the document, its variables and the caller's visibility; the caller is authenticated here exactly as the
 * session guard would (the guard then finds the request already authenticated). Only an answer whose every top-level
 * field was a published answer, with no error, is kept (`publishedEtag`). The direct GraphQL path uses it.
 */
@Injectable()
export class PublishedResponses implements WholeAnswers {
  constructor(
    private readonly cache: PublishedAnswersCache,
    private readonly auth: AuthService,
  ) {}

  asksOnlyForPublishedAnswers(operation: OperationDefinitionNode): boolean {
    return asksOnlyForPublishedAnswers(operation);
  }

  /**
   * Each signed-in person's visibility key, worked out once per session: the session cache hands every request of a
   * session the same (never changed) actor, and a changed role or cohort comes with a new session read and a new actor.
   */
  private readonly visibilityKeys = new WeakMap<Actor, string>();

  /** Null when the caller is not signed in or the cache is not in use: the query is then executed as usual. */
  async lookup(req: ApiRequest, request: GraphQLRequest): Promise<{ hit: PreparedAnswer } | { keep: (answer: PreparedAnswer) => void } | null> {
    if (!this.cache.isUsable) return null;
    if (req.signedIn === undefined) req.signedIn = await this.auth.authenticate(readSessionCookie(req));
    if (!req.signedIn) return null;
    const { actor } = req.signedIn;
    let visibility = this.visibilityKeys.get(actor);
    if (visibility === undefined) this.visibilityKeys.set(actor, (visibility = visibilityKey(actor)));
    // The key is the text itself (no digest to work out per request): the cache is bounded by count and bytes.
    const key = `response\u0000${visibility}\u0000${request.operationName ?? ''}\u0000${request.query}\u0000${canonicalJson(request.variables ?? {})}`;
    const generation = this.cache.currentGeneration;
    const hit = this.cache.lookup(key);
    if (hit) return { hit: hit.value as PreparedAnswer };
    return {
      keep: (answer) => this.cache.keepIfCurrent(key, { value: answer, hash: answer.etag, size: answer.body.length + key.length }, generation),
    };
  }

  etagOf(request: GraphQLRequest, operation: OperationDefinitionNode, contextValue: object): string | null {
    return publishedEtag(request, operation, contextValue as PublishedAnswersContext);
  }
}
