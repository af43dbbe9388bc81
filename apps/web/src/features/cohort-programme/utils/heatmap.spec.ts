import { contrastRatio, heatmapCell, heatmapCsv, heatmapSummary, rowStatus, type HeatmapMember } from './heatmap';

const domains = [
  { key: 'a', number: 1, title: 'Leadership' },
  { key: 'b', number: 2, title: 'Co-design' },
];
const member = (name: string, status: HeatmapMember['status'], scores: [number | null, number | null] | null): HeatmapMember => ({
  systemId: name,
  systemName: name,
  status,
  overallScore: scores ? (scores[0] ?? 0) : null,
  basis: scores ? 'SELF' : null,
  category: scores ? 'EARLY_MAJORITY' : null,
  domainScores: scores ? scores.map((score, i) => ({ domainKey: domains[i].key, score, incomplete: false })) : [],
});

describe('heatmapCell', () => {
  it('shades darker for higher scores and always shows the number, readable on its shade', () => {
    const low = heatmapCell('Devon', domains[0], 10);
    const high = heatmapCell('Devon', domains[0], 90);
    expect(low.shown).toBe('10');
    expect(high.shown).toBe('90');
    expect(low.fill).not.toBe(high.fill);
    expect(contrastRatio(high.fill, '#ffffff')).toBeGreaterThan(contrastRatio(low.fill, '#ffffff'));
    for (let score = 0; score <= 100; score += 5) {
      const cell = heatmapCell('Devon', domains[0], score);
      expect(contrastRatio(cell.fill, cell.text)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('names the ICS, the domain and the score, and marks an incomplete domain', () => {
    expect(heatmapCell('Devon', domains[1], 62.46).label).toBe('Devon, 2. Co-design: 62.5 out of 100');
    const incomplete = heatmapCell('Devon', domains[1], 40, true);
    expect(incomplete.shown).toBe('40*');
    expect(incomplete.label).toContain('incomplete');
  });

  it('shows a dash, on white, without a score', () => {
    expect(heatmapCell('Devon', domains[0], null)).toMatchObject({ fill: '#ffffff', shown: '–', label: 'Devon, 1. Leadership: no score (no criterion scored)' });
  });
});

describe('rowStatus', () => {
  it('says why a row has no scores', () => {
    expect(rowStatus(member('A', 'DRAFT', null))).toEqual({ scored: false, reason: 'Draft' });
    // submitted, then returned: never "Not submitted"
    expect(rowStatus(member('A', 'RETURNED', null))).toEqual({ scored: false, reason: 'Returned for changes' });
    expect(rowStatus(member('A', null, null))).toEqual({ scored: false, reason: 'Not taking part' });
    expect(rowStatus(member('A', 'SUBMITTED', null))).toEqual({ scored: false, reason: 'Submitted: not shared with you' });
    expect(rowStatus(member('A', 'SUBMITTED', [50, 60]))).toEqual({ scored: true });
  });
});

describe('heatmapSummary', () => {
  it('counts the ICSs with scores and names the weakest and strongest domains by their means', () => {
    const members = [member('A', 'SUBMITTED', [40, 80]), member('B', 'VALIDATED', [50, 70]), member('C', 'DRAFT', null)];
    expect(heatmapSummary('2026', members, domains)).toBe(
      "2 of the cohort's 3 ICSs have scores for 2026. The cohort is weakest in 1. Leadership (mean 45.0 out of 100) and strongest in 2. Co-design (mean 75.0). 1 ICS has no scores to show yet: not submitted, or not taking part.",
    );
  });

  it('says when nobody has scores', () => {
    expect(heatmapSummary('2026', [member('C', 'DRAFT', null)], domains)).toBe("None of the cohort's 1 ICS has submitted scores for 2026 yet.");
  });
});

describe('heatmapCsv', () => {
  it('has one row per ICS, with the reason for a row without scores', () => {
    const csv = heatmapCsv('2026', [member('A', 'SUBMITTED', [40.25, 80]), member('C', 'DRAFT', null), member('D', 'RETURNED', null)], domains);
    expect(csv.split('\r\n')).toEqual([
      'Cycle,ICS,Status,Overall score,Category,Basis,1. Leadership,2. Co-design',
      '2026,A,Submitted,40.3,Early majority,Self-assessed,40.3,80',
      '2026,C,Draft,,,,,',
      '2026,D,Returned for changes,,,,,',
      '',
    ]);
  });
});
