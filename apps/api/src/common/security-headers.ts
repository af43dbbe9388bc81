import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/** helmet's options for the API: its defaults, with the NHS font host and, in production, upgrade-insecure-requests. */
export function securityHeaderOptions(production: boolean): HelmetOptions {
  return {
    contentSecurityPolicy: {
      directives: {
        // NHS.UK frontend loads the Frutiger web font from the NHS's own asset host.
        'font-src': ["'self'", 'https://assets.nhs.uk'],
        // Only the app's own style sheets: no other host (helmet's default allows any https: one) and no inline styles.
        'style-src': ["'self'"],
        'upgrade-insecure-requests': production ? [] : null,
      },
    },
  };
}

/**
 * Browser features no page of the service uses, turned off for it and anything it embeds (helmet sets no
 * Permissions-Policy): camera, microphone, location, payment, USB and the like.
 */
export const PERMISSIONS_POLICY = [
  'accelerometer=()',
  'autoplay=()',
  'camera=()',
  'display-capture=()',
  'encrypted-media=()',
  'geolocation=()',
  'gyroscope=()',
  'magnetometer=()',
  'microphone=()',
  'midi=()',
  'payment=()',
  'picture-in-picture=()',
  'publickey-credentials-get=()',
  'screen-wake-lock=()',
  'usb=()',
  'xr-spatial-tracking=()',
].join(', ');

/** helmet's headers and the Permissions-Policy: what every answer of the API carries. */
export function withPermissionsPolicy(recorded: SecurityHeaders): SecurityHeaders {
  return { set: [...recorded.set, ['Permissions-Policy', PERMISSIONS_POLICY]], removed: recorded.removed };
}

/** What helmet does to every answer: the headers it sets (in order) and the ones it removes. */
export interface SecurityHeaders {
  readonly set: readonly (readonly [string, string])[];
  readonly removed: readonly string[];
}

/**
 * Runs helmet once against a response that only records what is done to it. With these options every header is the
 * same for every request (no directive is a function of the request), so it need not run twelve middlewares again.
 */
export function recordSecurityHeaders(options: HelmetOptions): SecurityHeaders {
  const directives = (options.contentSecurityPolicy as { directives?: Record<string, unknown> } | undefined)?.directives ?? {};
  const perRequest = Object.values(directives).some((value) => typeof value === 'function' || (Array.isArray(value) && value.some((v) => typeof v === 'function')));
  if (perRequest) throw new Error('A Content-Security-Policy directive depends on the request: its headers cannot be fixed at start-up');
  const set: [string, string][] = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: unknown) => void set.push([name, String(value)]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let failure: unknown;
  let finished = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    failure = error;
    finished = true;
  });
  if (!finished) throw new Error('helmet did not finish synchronously: its headers cannot be fixed at start-up');
  if (failure) throw failure;
  return { set, removed };
}

/** One middleware that sets helmet's headers, worked out once at start-up, instead of helmet's twelve per request. */
export function securityHeaders(recorded: SecurityHeaders): (req: IncomingMessage, res: ServerResponse, next: () => void) => void {
  const { set, removed } = recorded;
  return function securityHeadersMiddleware(_req, res, next) {
    for (let i = 0; i < set.length; i++) res.setHeader(set[i][0], set[i][1]);
    for (let i = 0; i < removed.length; i++) res.removeHeader(removed[i]);
    next();
  };
}
