import { Action, Actor, can, Resource } from '@idt/domain';
import { ForbiddenError, NotFoundError } from '../../common/app-error';

/**
 * Asks the access policy and refuses when it says no. `hideAs` names the thing to report as not found instead of
 * forbidden, so that a person cannot learn whether something outside their scope exists.
 */
export function requirePermission(actor: Actor, action: Action, resource: Resource, hideAs?: string): void {
  if (can(actor, action, resource)) return;
  throw hideAs ? new NotFoundError(hideAs) : new ForbiddenError();
}
