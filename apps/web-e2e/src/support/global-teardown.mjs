// Stops the app the global set-up started (it stops its embedded PostgreSQL on the way out).
export default async function globalTeardown() {
  const app = globalThis.__E2E_APP__;
  if (!app || app.exitCode !== null) return;
  const exited = new Promise((resolve) => app.once('exit', resolve));
  app.kill('SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, 15_000)))]);
  clearTimeout(timer);
}
