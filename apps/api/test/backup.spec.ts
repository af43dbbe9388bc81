import { CANVAS_V1 } from '@idt/domain';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { startTestApp, TestApp } from './support/test-app';
import { newestInstallation, PostgresInstallation, startSystemPostgres } from './support/system-postgres';
import { answerAll, createPerson, fingerprint, gql, openCycle, setStatus } from './support/world';

/**
 * infra/scripts/backup.mjs and restore.mjs, for real: pg_dump of a running service, pg_restore into a new database,
 * and the API started on that database reads every assessment back as it was. The server is a throwaway one of the
 * newest PostgreSQL installed with its dump programs (a pg_dump cannot dump a server newer than itself).
 */
const root = resolve(__dirname, '../../..');
const KEYS = CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key));

const freePort = () =>
  new Promise<number>((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });

function script(name: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(root, 'infra/scripts', name), ...args], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

const ASSESSMENT = `query ($id: ID!) { assessment(id: $id) {
  id status version updatedAt submittedAt system { name } cycle { name opensOn closesOn }
  responses { criterionKey selfLevel targetLevel targetDate evidence links notAssessed confidence moderatedLevel moderatorComment updatedAt }
  quickCheckAnswers { questionKey answer }
} }`;

describe('backup and restore (infra/scripts/backup.mjs, restore.mjs)', () => {
  jest.setTimeout(180_000);
  let installation: PostgresInstallation;
  let server: { adminUrl: string; stop(): Promise<void> };
  let sourceUrl: string;
  let api: TestApp;
  let folder: string;
  let env: Record<string, string>;

  beforeAll(async () => {
    const found = newestInstallation();
    if (!found) throw new Error('No PostgreSQL with pg_dump and pg_restore on this machine: install postgresql (see docs/backups.md).');
    installation = found;
    server = await startSystemPostgres(installation, await freePort());
    const admin = new Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query('CREATE DATABASE idt_canvas');
    await admin.end();
    sourceUrl = server.adminUrl.replace(/\/postgres$/, '/idt_canvas');
    api = await startTestApp({ databaseUrl: sourceUrl }); // migrates it, as the service does
    folder = mkdtempSync(join(tmpdir(), 'idt-backup-'));
    env = { DATABASE_URL: sourceUrl, PG_BIN: installation.bin };
  });
  afterAll(async () => {
    await api?.close();
    await server?.stop();
  });

  it('dumps the running service, restores it into a new database, and the API started on it reads every assessment back equal', async () => {
    // Data as a service has it: a cycle with an assessment per ICS, several answered, one submitted, one via the API.
    const cycleId = await openCycle(api.database, 'Baseline 2026');
    const assessments: { id: string; system_id: string }[] = await api.database.query(`SELECT id, system_id FROM assessment WHERE cycle_id = $1`, [cycleId]);
    for (const { id } of assessments.slice(0, 5)) await answerAll(api.database, id, KEYS);
    await setStatus(api.database, assessments[0].id, 'SUBMITTED');
    const readers = new Map<string, string>();
    for (const { id, system_id } of assessments) {
      readers.set(id, (await createPerson(api.database, `Lead ${id.slice(0, 8)}`, [{ role: 'ICS_LEAD', systemId: system_id }])).token);
    }
    const viaApi = assessments[6].id;
    const saved = await gql(api, readers.get(viaApi) ?? null, 'mutation ($input: SaveAnswersInput!) { saveAnswers(input: $input) { version } }', {
      input: { assessmentId: viaApi, expectedVersion: 1, responses: [{ criterionKey: KEYS[0], selfLevel: 2, evidence: 'Saved through the API, kept by the backup.' }] },
    });
    expect(saved.body.errors).toBeUndefined();

    const read = async (app: TestApp) => {
      const all: Record<string, unknown> = {};
      for (const { id } of assessments) {
        const { body } = await gql(app, readers.get(id) ?? null, ASSESSMENT, { id });
        expect(body.errors).toBeUndefined();
        all[id] = body.data?.['assessment'];
      }
      return all;
    };
    const before = await read(api);
    const answered = Object.values(before).filter((a) => (a as { responses: unknown[] }).responses.length > 0);
    expect(answered).toHaveLength(6);

    // The backup, while the service runs.
    const file = join(folder, 'service.dump');
    const backup = script('backup.mjs', [file], env);
    expect(backup).toMatchObject({ code: 0, output: expect.stringMatching(/^Backed up database "idt_canvas" to .*service\.dump \(\d+ KB\)\.\n$/) });
    expect(statSync(file).mode & 0o777).toBe(0o600); // personal data: its owner only
    expect(existsSync(`${file}.partial`)).toBe(false);

    const restore = script('restore.mjs', [file, 'idt_canvas_restored'], env);
    expect(restore).toMatchObject({ code: 0, output: expect.stringContaining('Restored') });

    const restored = await startTestApp({ databaseUrl: sourceUrl.replace(/idt_canvas$/, 'idt_canvas_restored') });
    try {
      expect(await read(restored)).toEqual(before);
      expect(await fingerprint(restored.database)).toEqual(await fingerprint(api.database));
    } finally {
      await restored.close();
    }
  });

  it('restores only into a new database: an existing one is refused and left as it was', async () => {
    const file = join(folder, 'again.dump');
    expect(script('backup.mjs', [file], env).code).toBe(0);
    const unchanged = await fingerprint(api.database);
    const refused = script('restore.mjs', [file, 'idt_canvas'], env);
    expect(refused.code).toBe(2);
    expect(refused.output).toBe('A database called "idt_canvas" already exists: a backup is only restored into a new one. Choose another name.\n');
    expect(await fingerprint(api.database)).toEqual(unchanged);
  });

  it('refuses clearly, writing nothing, when the only pg_dump is older than the server', async () => {
    const old = mkdtempSync(join(tmpdir(), 'idt-old-pg-'));
    writeFileSync(join(old, 'pg_dump'), `#!/bin/sh\necho "pg_dump (PostgreSQL) ${installation.major - 1}.4"\n`);
    chmodSync(join(old, 'pg_dump'), 0o755);
    const file = join(folder, 'never.dump');
    const refused = script('backup.mjs', [file], { ...env, PG_BIN: old });
    expect(refused.code).toBe(2);
    expect(refused.output).toContain(
      `The database is PostgreSQL ${installation.major}, and the newest pg_dump here is version ${installation.major - 1} (${join(old, 'pg_dump')}): pg_dump must be version ${installation.major} or newer.`,
    );
    expect(existsSync(file)).toBe(false);
  });
});
