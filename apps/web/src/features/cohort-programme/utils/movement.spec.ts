import { calibrationText, movementCsv, movementRows, movementSummary } from './movement';

describe('movementRows', () => {
  it('works out the change when both scores are known, rounding as the screen does', () => {
    const rows = movementRows([
      { systemName: 'A', previousOverallScore: 50, overallScore: 55.5 },
      { systemName: 'B', previousOverallScore: 60, overallScore: 58 },
      { systemName: 'C', previousOverallScore: 40, overallScore: 40.02 },
      { systemName: 'D', previousOverallScore: null, overallScore: 70 },
    ]);
    expect(rows.map((r) => r.direction)).toEqual(['up', 'down', 'same', null]);
    expect(rows[0].change).toBeCloseTo(5.5);
    expect(rows[3].change).toBeNull();
  });
});

describe('movementSummary', () => {
  const rows = movementRows([
    { systemName: 'A', previousOverallScore: 50, overallScore: 56 },
    { systemName: 'B', previousOverallScore: 60, overallScore: 58 },
    { systemName: 'C', previousOverallScore: 40, overallScore: 40 },
    { systemName: 'D', previousOverallScore: 30, overallScore: null },
  ]);

  it('counts who improved, fell back and stayed, with the mean change', () => {
    expect(movementSummary(rows, '2023', '2026')).toBe(
      'Of 3 ICSs with an overall score in both 2023 and 2026, 1 improved, 1 fell back and 1 stayed the same; on average +1.3 points.',
    );
  });

  it('says when there is no previous cycle, or nobody to compare', () => {
    expect(movementSummary(rows, null, '2026')).toBe('There is no earlier cycle to compare 2026 with.');
    expect(movementSummary(movementRows([{ systemName: 'D', previousOverallScore: 30, overallScore: null }]), '2023', '2026')).toBe(
      'No ICS in the cohort has an overall score you can see in both 2023 and 2026 yet.',
    );
  });

  it('exports the rows as CSV', () => {
    expect(movementCsv(rows.slice(0, 1), '2023', '2026')).toBe('ICS,"Overall score, 2023","Overall score, 2026",Change\r\nA,50,56,6\r\n');
  });
});

describe('calibrationText', () => {
  it('says there are no moderated levels until there are', () => {
    expect(calibrationText({ meanGapPoints: null, count: 0 })).toBe('No moderated levels yet');
    expect(calibrationText({ meanGapPoints: 3, count: 0 })).toBe('No moderated levels yet');
  });

  it('gives the signed gap in points and which way it leans', () => {
    expect(calibrationText({ meanGapPoints: 12.5, count: 8 })).toBe('+12.5 points (rosier than the coach), over 8 criteria');
    expect(calibrationText({ meanGapPoints: -5, count: 1 })).toBe('−5.0 points (harsher than the coach), over 1 criterion');
  });
});
