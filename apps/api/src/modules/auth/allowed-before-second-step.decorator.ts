import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_SECOND_STEP = 'allowedBeforeSecondStep';

/**
 * Marks an operation that a session opened only to set up a required second step may use (`me`, sign out and the
 * set-up itself). Every other operation answers `SECOND_STEP_REQUIRED` to such a session (see SessionGuard).
 */
export const AllowedBeforeSecondStep = () => SetMetadata(ALLOWED_BEFORE_SECOND_STEP, true);
