// Stops the app the global set-up started (it stops its embedded PostgreSQL on the way out).
export default async function globalTeardown(): Promise<void> {
  await globalThis.__E2E_APP__?.stop();
}
