import { programmeCsv, programmeCsvRows } from './programme-csv';

const names = {
  cycleName: 'Baseline 2026',
  domainTitle: (key: string) => ({ 'co-design': 'Co-design' })[key] ?? key,
  systemName: (id: string) => ({ a: 'Devon', b: 'Surrey Heartlands' })[id] ?? id,
};

describe('programme CSV', () => {
  const plan = {
    groupSessions: [{ domainKey: 'co-design', title: 'Co-design, together', systemIds: ['a', 'b'], notes: 'Room 2' }],
    individualCoaching: [{ systemId: 'a', topics: ['Topic one', 'Topic two'], recommendationIds: ['ICS-1'], peerSystemIds: ['b'], notes: '' }],
  };

  it('has a row per session and per ICS coached, with names not ids', () => {
    const rows = programmeCsvRows(plan, names);
    expect(rows[0]).toEqual(['Baseline 2026', 'Group session', 'Co-design', 'Co-design, together', 'Devon; Surrey Heartlands', '', '', '', 'Room 2']);
    expect(rows[1].slice(0, 6)).toEqual(['Baseline 2026', 'Individual coaching', '', 'Devon', 'Devon', 'Topic one; Topic two']);
    expect(String(rows[1][6])).toMatch(/^ICS-1: .+/);
    expect(rows[1][7]).toBe('Surrey Heartlands');
  });

  it('quotes cells with commas', () => {
    const csv = programmeCsv(plan, names);
    expect(csv.split('\r\n')[0]).toBe('Cycle,Kind,Domain,Title or ICS,ICSs,Topics,Recommendations,Peers to learn from,Notes');
    expect(csv).toContain('"Co-design, together"');
  });
});
