import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { UnauthenticatedError } from '../../common/app-error';
import { requestOf } from './request-of';
import { clientIp, SignedIn } from './signed-in';

/** The signed-in person, or null on a public operation when nobody is signed in. */
export const CurrentUser = createParamDecorator((_data: unknown, context: ExecutionContext): SignedIn | null => {
  return requestOf(context).signedIn ?? null;
});


/** Who is asking and from where: what services need to check permissions and to write the audit trail. */
export interface Caller extends SignedIn {
  readonly ip: string | null;
}

/** The signed-in caller with their IP address; refused when nobody is signed in. */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = requestOf(context);
  if (!request.signedIn) throw new UnauthenticatedError();
  return { ...request.signedIn, ip: clientIp(request) };
});
