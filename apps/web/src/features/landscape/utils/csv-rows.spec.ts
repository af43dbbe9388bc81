import { landscapeCsv, regionCsv } from './csv-rows';

const context = { cycleName: '2023 (illustrative)', methodDescription: "Rogers' proportions" };

describe('landscapeCsv', () => {
  it('writes one row per ICS with its domain scores, the method on every row, unnamed ICSs described not named', () => {
    const csv = landscapeCsv(
      [
        { name: 'Bath, Swindon', regionName: 'South West', overallScore: 61.84, category: 'EARLY_MAJORITY', rank: 17, basis: 'MODERATED', own: false, domainScores: [{ domainKey: 'access', score: 75 }] },
        { name: null, regionName: null, overallScore: null, category: null, rank: null, basis: 'SELF', own: false, domainScores: [] },
        { name: '=cmd()', regionName: 'London', overallScore: 1, category: 'LAGGARDS', rank: 42, basis: 'SELF', own: false, domainScores: [] },
      ],
      [{ key: 'access', title: 'Access: devices, connectivity' }],
      context,
    );
    expect(csv.split('\r\n')).toEqual([
      'Cycle,Method,Rank,ICS,Region,Overall score,Category,Basis,"Access: devices, connectivity"',
      '2023 (illustrative),Rogers\' proportions,17,"Bath, Swindon",South West,61.8,Early majority,Moderated,75',
      "2023 (illustrative),Rogers' proportions,,An ICS that has not chosen to share its name,Not shown,,,Self-assessed,",
      "2023 (illustrative),Rogers' proportions,42,'=cmd(),London,1,Laggards / latecomers,Self-assessed,",
      '',
    ]);
  });
});

describe('regionCsv', () => {
  it('writes counts per region, and "withheld" instead of numbers', () => {
    const csv = regionCsv(
      [
        { regionName: 'London', withheld: false, counts: [{ category: 'EARLY_ADOPTERS', count: 1 }, { category: 'LATE_MAJORITY', count: 4 }] },
        { regionName: 'North West', withheld: true, counts: [] },
      ],
      context,
    );
    expect(csv.split('\r\n').slice(0, 3)).toEqual([
      'Cycle,Method,Region,Innovators / pioneers,Early adopters,Early majority,Late majority,Laggards / latecomers,Total,Note',
      "2023 (illustrative),Rogers' proportions,London,0,1,0,4,0,5,",
      "2023 (illustrative),Rogers' proportions,North West,,,,,,,Withheld: fewer than 5 ICSs",
    ]);
  });
});
