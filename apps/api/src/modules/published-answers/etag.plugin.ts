import type { ApolloServerPlugin, GraphQLRequestContextWillSendResponse } from '@apollo/server';
import type { NextFunction, Request, Response } from 'express';
import { Kind, OperationDefinitionNode } from 'graphql';
import { createHash } from 'node:crypto';
import { PublishedAnswersContext } from './published-answers.service';

/** The queries whose answers, for a published cycle, never change until something they are made of does. */
const PUBLISHED_FIELDS = new Set(['landscape', 'systemProfile', 'movement']);

type Context = PublishedAnswersContext;

/**
 * Published answers over HTTP, for the requests Apollo answers (the direct path, `graphql/direct-graphql.ts`, answers
 * most of them itself, with the same headers):
 * - Every answer says `Cache-Control: no-store` (it may be personal or provisional: no browser or proxy keeps it),
 *   except a query sent by GET whose every top field is a published answer (see `PublishedAnswers`): that one says
 *   `private, no-cache` (one person's; the browser keeps it but asks again each time) and carries a strong ETag: a hash of the document, its variables and each answer's
 *   own hash, so a replica that worked the same answer out sends the same ETag; a request whose `If-None-Match` names it
 *   gets 304 Not Modified with no body (`notModified`). (Express's own ETags, a hash of every answer worked out per
 *   request, are off: `bootstrap.ts`.)
 */
export function publishedAnswersEtagPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ request, response, contextValue, operation }: GraphQLRequestContextWillSendResponse<Context>) {
          const answered = response.body.kind === 'single' && !response.body.singleResult.errors?.length && (response.http.status ?? 200) === 200;
          const etag = request.http?.method === 'GET' && answered && operation ? publishedEtag(request, operation, contextValue) : null;
          if (etag) {
            response.http.headers.set('cache-control', 'private, no-cache');
            response.http.headers.set('etag', etag);
          } else {
            response.http.headers.set('cache-control', 'no-store');
          }
        },
      };
    },
  };
}

/** Whether a query asks only for published answers at its top (so its whole answer may be kept). */
export function asksOnlyForPublishedAnswers(operation: OperationDefinitionNode | undefined): boolean {
  if (!operation || operation.operation !== 'query') return false;
  const fields = operation.selectionSet.selections;
  return fields.length > 0 && fields.every((s) => s.kind === Kind.FIELD && PUBLISHED_FIELDS.has(s.name.value));
}

/**
 * Answers a GET whose `If-None-Match` names the ETag the answer carries with 304 Not Modified (Express then sends no
 * body). Express would do so itself only when the request does not also say `Cache-Control: no-cache`, which fetch
 * adds to every conditional request it is given; and Apollo's status cannot be set from a plugin (NestJS resets it).
 */
export function notModified(req: Request, res: Response, next: NextFunction): void {
  if (req.method !== 'GET' || !req.headers['if-none-match']) return next();
  const send = res.send.bind(res);
  res.send = (body?: unknown) => {
    const etag = res.getHeader('etag');
    if (res.statusCode === 200 && typeof etag === 'string' && matches(req.headers['if-none-match'], etag)) res.statusCode = 304;
    return send(body);
  };
  next();
}

/** Whether an If-None-Match header names this ETag (or any, with `*`); weak validators compare weakly, as RFC 9110 says. */
export function matches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const candidate = tag.trim();
    return candidate === '*' || candidate.replace(/^W\//, '') === etag;
  });
}

/**
 * The ETag of an answer without errors, when every field the query asks for at its top was answered from the published
 * answers (noted on the context by `PublishedAnswers`), else null.
 */
export function publishedEtag(
  request: { query?: string; variables?: Record<string, unknown>; operationName?: string },
  operation: OperationDefinitionNode,
  contextValue: PublishedAnswersContext,
): string | null {
  const noted = contextValue.publishedAnswers;
  if (operation.operation !== 'query' || !noted || noted.others > 0 || noted.hashes.length === 0) return null;
  // Every top-level selection must be a field answered from the cache (`__typename` says nothing that changes).
  const fields = operation.selectionSet.selections;
  if (fields.some((s) => s.kind !== Kind.FIELD)) return null;
  const answered = fields.filter((s) => s.kind === Kind.FIELD && s.name.value !== '__typename').length;
  if (answered !== noted.hashes.length) return null;
  const hash = createHash('sha1')
    .update(request.query ?? '')
    .update('\u0000')
    .update(JSON.stringify(request.variables ?? {}))
    .update('\u0000')
    .update(request.operationName ?? '')
    .update('\u0000')
    .update([...noted.hashes].sort().join(','))
    .digest('base64url');
  return `"${hash}"`;
}
