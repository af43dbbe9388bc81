import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(__dirname, '../../..');

/** Lints `source` as if it were a file in the domain package, with the workspace's real ESLint configuration. */
function lintAsDomainFile(source: string): { exitCode: number | null; rules: string[]; output: string } {
  const result = spawnSync(
    process.execPath,
    [
      join(root, 'node_modules/eslint/bin/eslint.js'),
      '--stdin',
      '--stdin-filename',
      'packages/domain/src/boundary-probe.ts',
      '--format',
      'json',
    ],
    { cwd: root, input: source, encoding: 'utf8', env: { ...process.env, NX_DAEMON: 'false' } },
  );
  const output = result.stdout || result.stderr;
  const report = JSON.parse(result.stdout || '[]') as { messages: { ruleId: string | null }[] }[];
  return { exitCode: result.status, rules: report.flatMap((r) => r.messages.map((m) => String(m.ruleId))), output };
}

describe('module boundaries: the domain package stays pure', () => {
  it('accepts a domain file that imports only its own package', () => {
    const { exitCode, rules, output } = lintAsDomainFile(
      "import { groupByRegion } from './reference-data/group-by-region';\nexport const grouped = groupByRegion([], () => 'x');\n",
    );
    expect({ exitCode, rules, output: exitCode === 0 ? '' : output }).toEqual({ exitCode: 0, rules: [], output: '' });
  });

  it.each([
    ['NestJS', "import { Injectable } from '@nestjs/common';"],
    ['TypeORM', "import { Entity } from 'typeorm';"],
    ['React', "import { useState } from 'react';"],
    ['the PostgreSQL driver', "import { Client } from 'pg';"],
    ['file I/O', "import { readFileSync } from 'node:fs';"],
  ])('fails lint when a domain file imports %s', (_what, importLine) => {
    const { exitCode, rules } = lintAsDomainFile(`${importLine}\nexport const probe = 1;\n`);
    expect(exitCode).toBe(1);
    expect(rules.some((r) => r === '@nx/enforce-module-boundaries' || r === 'no-restricted-imports')).toBe(true);
  });

  it('fails lint through the Nx tag rule itself for framework imports', () => {
    const { rules } = lintAsDomainFile("import { Module } from '@nestjs/common';\nexport const probe = Module;\n");
    expect(rules).toContain('@nx/enforce-module-boundaries');
  });
});
