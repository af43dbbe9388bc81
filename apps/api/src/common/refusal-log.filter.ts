import { ArgumentsHost, Catch, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { GqlArgumentsHost, GqlContextType } from '@nestjs/graphql';
import { AppError, ErrorCode } from './app-error';

/** Refusals that say something about the traffic (someone guessing passwords) rather than about one person's request. */
const WARN_CODES: ReadonlySet<ErrorCode> = new Set(['TOO_MANY_REQUESTS']);

/**
 * How errors from resolvers and guards are logged. NestJS's own handler logs every one of them at error level with its
 * stack, so anyone could fill the error log by asking for things while signed out. Here:
 * - an expected refusal (an `AppError`: not signed in, not found, forbidden, bad input, conflict, too many attempts)
 *   is one line at info (warn for too many attempts), with its code and the field it answered, and no stack;
 * - anything else (a bug, a database failure) is not logged here: the error formatter (`graphql/format-error.ts`)
 *   logs it once, at error, with its stack.
 * The error then goes on to GraphQL unchanged. Requests to controllers (single sign-on) are handled as NestJS does.
 */
@Catch()
export class RefusalLogFilter extends BaseExceptionFilter {
  private readonly refusals = new Logger('Refused');

  override catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType<GqlContextType>() !== 'graphql') return super.catch(exception, host);
    if (exception instanceof AppError) {
      const field = GqlArgumentsHost.create(host).getInfo<{ fieldName?: string } | undefined>()?.fieldName ?? 'unknown';
      const line = `${exception.code} from ${field}: ${exception.message}`;
      if (WARN_CODES.has(exception.code)) this.refusals.warn(line);
      else this.refusals.log(line);
    }
    throw exception;
  }
}
