import type { NextFunction, Request, Response } from 'express';
import express from 'express';

/** The codes a refused request body answers with, by HTTP status (body-parser's own statuses). */
const REFUSALS: Readonly<Record<number, { code: string; message: string }>> = {
  400: { code: 'BAD_REQUEST', message: 'The request body is not valid JSON.' },
  413: { code: 'PAYLOAD_TOO_LARGE', message: 'The request is too large.' },
  415: { code: 'UNSUPPORTED_MEDIA_TYPE', message: 'The request is in an encoding or character set this service does not accept.' },
};

/**
 * Parses a JSON request body of at most `limit` bytes (after inflating a gzip or deflate body: a "gzip bomb" stops at
 * the limit), and answers a body it cannot take itself, as GraphQL errors in JSON: 413 for one too large, 400 for
 * JSON that does not parse, 415 for an unknown encoding or character set. (Left to NestJS, these went out as its own
 * `{statusCode, message}` or, behind the web app's catch-all, as 404 "Cannot POST /graphql".)
 */
export function jsonBody(limit: string): (req: Request, res: Response, next: NextFunction) => void {
  const parse = express.json({ limit });
  return function jsonBodyMiddleware(req, res, next) {
    parse(req, res, (error?: unknown) => {
      if (!error) return next();
      const status = statusOf(error);
      const refusal = REFUSALS[status] ?? REFUSALS[400];
      // Whatever is left of the body is not read: the connection closes after the answer.
      res.setHeader('Connection', 'close');
      res.setHeader('Cache-Control', 'no-store');
      res.status(REFUSALS[status] ? status : 400).json({ errors: [{ message: refusal.message, extensions: { code: refusal.code } }] });
    });
  };
}

function statusOf(error: unknown): number {
  const status = (error as { status?: unknown; statusCode?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode;
  return typeof status === 'number' ? status : 400;
}
