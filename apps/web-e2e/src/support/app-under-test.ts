/**
 * Which running app this suite's helpers talk to: `baseUrl()` (browser.ts), `graphql()`/`apiSignIn()` (api.ts) and
 * `withDatabase()` (database.ts) all ask here.
 *
 * By default that is the app the global set-up started for the whole run (E2E_BASE_URL, E2E_DATA_DIR), shared by the
 * suites in the sequencer's order. A suite that starts its OWN app (own-app.ts) points its helpers at it for its
 * lifetime. The choice is a module variable, not an environment variable: Jest gives every test file a module registry
 * of its own, so one suite's choice never reaches another.
 */
export interface AppUnderTest {
  /** Where the app listens, e.g. http://127.0.0.1:41234 */
  readonly url: string;
  /** Its embedded PostgreSQL's data folder (for set-up no screen does), when the tests started it. */
  readonly dataDir: string | undefined;
}

/** 'starting': the suite runs on an app of its own that has not started (yet, or at all): never the shared one. */
let suiteApp: AppUnderTest | 'starting' | null = null;

/** Points this suite's helpers at `app` ('starting' until it is up; null: back to the run's shared app). */
export function useAppUnderTest(app: AppUnderTest | 'starting' | null): void {
  suiteApp = app;
}

export function appUnderTest(): AppUnderTest {
  if (suiteApp === 'starting') throw new Error('This suite runs on an app of its own, which has not started: see the error of its beforeAll');
  if (suiteApp) return suiteApp;
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL is not set: run the browser tests through `npm run test:e2e`.');
  return { url, dataDir: process.env['E2E_DATA_DIR'] };
}
