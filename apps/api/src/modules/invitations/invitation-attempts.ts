import { Injectable } from '@nestjs/common';
import { AppError } from '../../common/app-error';
import { BoundedMap } from '../../common/bounded-map';

/** Dead invitation links one address may try in the window before it must wait. */
export const INVITATION_ATTEMPT_LIMITS = { windowMinutes: 15, perIp: 20 } as const;

/**
 * Slows anyone who tries invitation links they were not sent. (A link's token is 32 random bytes, so guessing is
 * hopeless; this keeps the public operations from being an open door all the same.) Per process, in memory: each
 * replica counts its own, which is enough against guessing.
 */
@Injectable()
export class InvitationAttempts {
  private readonly failures = new BoundedMap<string, number[]>(10_000);

  check(ip: string | null): void {
    if (this.recent(ip).length >= INVITATION_ATTEMPT_LIMITS.perIp) {
      throw new AppError(
        'TOO_MANY_REQUESTS',
        `There have been too many attempts to open invitation links. Wait ${INVITATION_ATTEMPT_LIMITS.windowMinutes} minutes and try again.`,
      );
    }
  }

  failed(ip: string | null): void {
    this.failures.set(ip ?? 'unknown', [...this.recent(ip), Date.now()]);
  }

  private recent(ip: string | null): number[] {
    const since = Date.now() - INVITATION_ATTEMPT_LIMITS.windowMinutes * 60_000;
    return (this.failures.get(ip ?? 'unknown') ?? []).filter((at) => at > since);
  }
}
