import { visibilityKey } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { OperationDefinitionNode } from 'graphql';
import { createHash } from 'node:crypto';
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

  /** Null when the caller is not signed in or the cache is not in use: the query is then executed as usual. */
  async lookup(req: ApiRequest, request: GraphQLRequest): Promise<{ hit: PreparedAnswer } | { keep: (answer: PreparedAnswer) => void } | null> {
    if (!this.cache.isUsable) return null;
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
    if (hit) return { hit: hit.value as PreparedAnswer };
    return {
      keep: (answer) => this.cache.keepIfCurrent(key, { value: answer, hash: answer.etag, size: answer.body.length }, generation),
    };
  }

  etagOf(request: GraphQLRequest, operation: OperationDefinitionNode, contextValue: object): string | null {
    return publishedEtag(request, operation, contextValue as PublishedAnswersContext);
  }
}
