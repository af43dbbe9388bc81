import { createParamDecorator, ExecutionContext, Injectable } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { UnauthenticatedError } from '../../common/app-error';
import { WRONG_CREDENTIALS } from './auth.service';

interface SignInContext {
  req: object;
  /** The request Passport authenticated: the GraphQL request with the mutation's input as its body. */
  passportRequest?: { user?: { id: string } };
}

/**
 * Runs Passport's local strategy for the `signIn` mutation: Passport reads credentials from a form body, so it is
 * handed a view of the request whose body is the mutation's `input`.
 */
@Injectable()
export class LocalSignInGuard extends AuthGuard('local') {
  override getRequest(context: ExecutionContext) {
    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<SignInContext>();
    const input = gql.getArgs<{ input?: Record<string, unknown> }>().input ?? {};
    const passportRequest: { body: object; user?: { id: string } } = Object.assign(Object.create(ctx.req) as object, {
      body: input,
    });
    ctx.passportRequest = passportRequest;
    return passportRequest;
  }

  override handleRequest<T>(error: unknown, user: T | false): T {
    if (error) throw error;
    // Passport fails without calling the strategy when a field is empty: the same answer as a wrong password.
    if (!user) throw new UnauthenticatedError(WRONG_CREDENTIALS);
    return user;
  }
}

/** The account whose credentials `LocalSignInGuard` accepted. */
export const VerifiedAccount = createParamDecorator((_data: unknown, context: ExecutionContext): { id: string } => {
  const user = GqlExecutionContext.create(context).getContext<SignInContext>().passportRequest?.user;
  if (!user) throw new UnauthenticatedError(WRONG_CREDENTIALS);
  return user;
});
