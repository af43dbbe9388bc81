import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'idt:isPublic';

/**
 * Marks a resolver or controller (or one of its handlers) as open to people who are not signed in. Everything else
 * is refused to them by the global `SessionGuard`. Use sparingly: the tenancy test lists every public operation.
 */
export const Public = () => SetMetadata(IS_PUBLIC, true);
