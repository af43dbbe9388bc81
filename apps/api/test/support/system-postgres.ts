import { ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** A PostgreSQL installation's programs: its folder and major version. */
export interface PostgresInstallation {
  readonly bin: string;
  readonly major: number;
}

/**
 * The newest PostgreSQL installed on this machine with its server and its dump programs (Debian keeps each major
 * version in /usr/lib/postgresql/N/bin; PG_BIN names another folder), or undefined.
 */
export function newestInstallation(): PostgresInstallation | undefined {
  const folders = [
    ...(process.env['PG_BIN'] ? [process.env['PG_BIN']] : []),
    ...(existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').map((v) => join('/usr/lib/postgresql', v, 'bin')) : []),
  ];
  return folders
    .filter((bin) => ['postgres', 'initdb', 'pg_dump', 'pg_restore'].every((p) => existsSync(join(bin, p))))
    .map((bin) => ({ bin, major: Number(/\(PostgreSQL\) (\d+)/.exec(execFileSync(join(bin, 'pg_dump'), ['--version'], { encoding: 'utf8' }))?.[1]) }))
    .filter((installation) => installation.major > 0)
    .sort((a, b) => b.major - a.major)[0];
}

/** A throwaway PostgreSQL server of that installation, on `port`, trusting loopback connections (tests only). */
export async function startSystemPostgres(installation: PostgresInstallation, port: number): Promise<{ adminUrl: string; stop(): Promise<void> }> {
  const folder = mkdtempSync(join(tmpdir(), 'idt-system-pg-'));
  chmodSync(folder, 0o755);
  const dataDir = join(folder, 'data');
  // PostgreSQL refuses to run as root: then it runs as the machine's postgres user (the embedded server's too).
  const ids: { uid?: number; gid?: number } = {};
  if (userInfo().uid === 0) {
    ids.uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    ids.gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(folder, ids.uid, ids.gid);
  }
  const init = spawnSync(join(installation.bin, 'initdb'), ['-D', dataDir, '-U', 'postgres', '--auth=trust', '--no-sync'], { ...ids, encoding: 'utf8' });
  if (init.status !== 0) throw new Error(`initdb failed: ${init.stderr}`);
  const server: ChildProcess = spawn(
    join(installation.bin, 'postgres'),
    ['-D', dataDir, '-p', String(port), '-k', folder, '-c', 'listen_addresses=127.0.0.1', '-c', 'fsync=off'],
    { ...ids, stdio: 'ignore' },
  );
  const adminUrl = `postgres://postgres@127.0.0.1:${port}/postgres`;
  for (let attempt = 0; ; attempt++) {
    const client = new Client({ connectionString: adminUrl });
    try {
      await client.connect();
      await client.end();
      break;
    } catch (error) {
      if (attempt > 100 || server.exitCode !== null) throw error;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    adminUrl,
    stop: () =>
      new Promise<void>((resolve) => {
        if (server.exitCode !== null) return resolve();
        server.once('exit', () => resolve());
        server.kill('SIGINT');
      }),
  };
}
