import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * CI's dependency audit (infra/scripts/audit.mjs, run by .ci/run), against a stand-in `npm` first on the PATH that
 * answers as the registry would: the script must fail on a high or critical vulnerability in what ships, pass
 * otherwise, and never pass silently when the audit could not run.
 */
const root = resolve(__dirname, '../../../..');

function audit(answer: object, env: Record<string, string> = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'idt-audit-'));
  writeFileSync(join(folder, 'answer.json'), JSON.stringify(answer));
  writeFileSync(join(folder, 'npm'), `#!/bin/sh\necho "$@" > "${folder}/args"\ncat "${folder}/answer.json"\nexit 1\n`);
  chmodSync(join(folder, 'npm'), 0o755);
  const result = spawnSync(process.execPath, [join(root, 'infra/scripts/audit.mjs')], {
    env: { ...process.env, PATH: `${folder}:${process.env['PATH']}`, AUDIT_REQUIRED: '', ...env },
    encoding: 'utf8',
  });
  return { code: result.status, output: result.stdout + result.stderr, args: readFileSync(join(folder, 'args'), 'utf8').trim() };
}

const report = (vulnerabilities: Record<string, object>, counts: Record<string, number>) => ({
  auditReportVersion: 2,
  vulnerabilities,
  metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...counts }, dependencies: { prod: 512 } },
});

describe('the dependency audit in CI', () => {
  it('fails on a known high vulnerability in a production dependency, naming it, the advisory and the fix', () => {
    const result = audit(
      report(
        {
          'path-to-regexp': {
            name: 'path-to-regexp',
            severity: 'high',
            isDirect: false,
            range: '<0.1.12',
            via: [{ title: 'path-to-regexp outputs backtracking regular expressions', url: 'https://github.com/advisories/GHSA-9wv6-86v2-598j' }],
            fixAvailable: true,
          },
          express: { name: 'express', severity: 'high', isDirect: true, range: '4.0.0 - 4.21.1', via: ['path-to-regexp'], fixAvailable: { name: 'express', version: '5.0.0', isSemVerMajor: true } },
        },
        { high: 2 },
      ),
    );
    expect(result.args).toBe('audit --omit=dev --audit-level=high --json');
    expect(result.code).toBe(1);
    expect(result.output).toContain('HIGH: path-to-regexp <0.1.12\n  path-to-regexp outputs backtracking regular expressions (https://github.com/advisories/GHSA-9wv6-86v2-598j)\n  fix: npm audit fix');
    expect(result.output).toContain('HIGH: express 4.0.0 - 4.21.1 (a direct dependency)\n  through path-to-regexp\n  fix: npm install express@5.0.0 (a major version: check its changes)');
    expect(result.output).toContain('FAILED: 0 critical, 2 high and 0 lower known vulnerabilities in the 512 production dependencies.');
  });

  it('fails on a critical one too, and passes when only lower ones are known', () => {
    const critical = audit(report({ a: { name: 'a', severity: 'critical', isDirect: true, range: '*', via: [], fixAvailable: false } }, { critical: 1 }));
    expect(critical.code).toBe(1);
    expect(critical.output).toContain('CRITICAL: a * (a direct dependency)\n  fix: no fixed version yet');

    const moderate = audit(report({ b: { name: 'b', severity: 'moderate', isDirect: true, range: '*', via: [], fixAvailable: true } }, { moderate: 1, low: 2 }));
    expect(moderate.code).toBe(0);
    expect(moderate.output).toBe('Passed: 0 critical, 0 high and 3 lower known vulnerabilities in the 512 production dependencies.\n');
  });

  it('says plainly when the registry could not answer the audit, and fails then only when the audit is required', () => {
    const unanswered = { message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk', statusCode: 405 };
    const result = audit(unanswered);
    expect(result.code).toBe(0);
    expect(result.output).toMatch(/^NOT CHECKED: the dependency audit could not run, because the registry did not answer it \(405 Method Not Allowed/);
    expect(audit(unanswered, { AUDIT_REQUIRED: 'true' }).code).toBe(1);
  });
});

describe('.ci/run', () => {
  it('runs the dependency audit right after installing the dependencies, before the tests', () => {
    const lines = readFileSync(join(root, '.ci/run'), 'utf8').split('\n');
    const installed = lines.findIndex((line) => line.startsWith('npm ci '));
    const audited = lines.indexOf('node infra/scripts/audit.mjs');
    const tested = lines.findIndex((line) => line.startsWith('npm test'));
    expect(installed).toBeGreaterThan(-1);
    expect(audited).toBeGreaterThan(installed);
    expect(tested).toBeGreaterThan(audited);
  });
});
