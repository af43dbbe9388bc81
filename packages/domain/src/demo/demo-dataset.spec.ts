import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANVAS_V1 } from '../canvas/v1';
import { parseReferenceCsv } from '../reference-data/parse-reference-csv';
import { DEMO_BASELINE_GROUPS, demoAnswers, demoBaselineGroups } from './demo-dataset';

const codes = parseReferenceCsv(readFileSync(join(__dirname, '../../data/ics-2022.csv'), 'utf8')).systems.map((s) => s.onsCode);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe('the illustrative demo dataset', () => {
  const groups = demoBaselineGroups(codes);

  it("puts the 42 ICSs in seed 003's baseline groups of 6, 16, 12 and 8", () => {
    const sizes = DEMO_BASELINE_GROUPS.map((_, g) => [...groups.values()].filter((x) => x === g).length);
    expect(sizes).toEqual([6, 16, 12, 8]);
  });

  it('is deterministic: the same inputs give the same answers', () => {
    expect(demoAnswers(CANVAS_V1, codes[0], 1, 2)).toEqual(demoAnswers(CANVAS_V1, codes[0], 1, 2));
    expect(demoBaselineGroups([...codes].reverse())).toEqual(groups);
  });

  it('answers every criterion with levels 1–5, moderated never above self', () => {
    const answers = demoAnswers(CANVAS_V1, codes[3], 0, 0);
    expect(answers.map((a) => a.criterionKey)).toEqual(CANVAS_V1.domains.flatMap((d) => d.criteria.map((c) => c.key)));
    for (const a of answers) {
      expect(a.selfLevel).toBeGreaterThanOrEqual(1);
      expect(a.selfLevel).toBeLessThanOrEqual(5);
      expect(a.moderatedLevel).toBeLessThanOrEqual(a.selfLevel);
    }
  });

  it('separates the baseline groups and improves on average every year', () => {
    const levelOf = (code: string, cycle: number) => mean(demoAnswers(CANVAS_V1, code, groups.get(code) as number, cycle).map((a) => a.selfLevel));
    const groupMeans = DEMO_BASELINE_GROUPS.map((_, g) => mean(codes.filter((c) => groups.get(c) === g).map((c) => levelOf(c, 0))));
    expect([...groupMeans].sort((a, b) => b - a)).toEqual(groupMeans);
    const national = [0, 1, 2].map((cycle) => mean(codes.map((c) => levelOf(c, cycle))));
    expect(national[1]).toBeGreaterThan(national[0]);
    expect(national[2]).toBeGreaterThan(national[1]);
  });
});

describe('the demo review queue', () => {
  it('submits six Pioneers (never Devon, the demo lead\'s own), each a different number of days ago', async () => {
    const { DEMO_SUBMITTED_PIONEERS } = await import('./demo-dataset');
    const { PIONEERS_COHORT } = await import('./demo-accounts');
    const names = DEMO_SUBMITTED_PIONEERS.map((p) => p.systemName);
    expect(names).toHaveLength(6);
    expect(names.every((n) => (PIONEERS_COHORT.systemNames as readonly string[]).includes(n))).toBe(true);
    expect(names).not.toContain('Devon');
    expect(new Set(DEMO_SUBMITTED_PIONEERS.map((p) => p.submittedDaysAgo)).size).toBe(6);
  });
});
