import { hash } from 'node:crypto';

/**
 * What the database keeps of a secret token (a session cookie, an invitation or reset link, a pending second step, a
 * known device): its SHA-256, never the token itself. Node's one-shot hash: every signed-in request hashes its cookie.
 */
export const hashToken = (token: string): Buffer => hash('sha256', token, 'buffer');
