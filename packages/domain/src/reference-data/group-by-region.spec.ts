import { groupByRegion } from './group-by-region';

describe('groupByRegion', () => {
  const systems = [
    { name: 'West Yorkshire', region: 'North East and Yorkshire' },
    { name: 'Cornwall and the Isles of Scilly', region: 'South West' },
    { name: 'Humber and North Yorkshire', region: 'North East and Yorkshire' },
    { name: 'Bristol, North Somerset and South Gloucestershire', region: 'South West' },
  ];

  it('orders regions alphabetically and members by name within each', () => {
    expect(groupByRegion(systems, (s) => s.region)).toEqual([
      {
        regionName: 'North East and Yorkshire',
        members: [systems[2], systems[0]],
      },
      {
        regionName: 'South West',
        members: [systems[3], systems[1]],
      },
    ]);
  });

  it('keeps every item exactly once, whatever the input order', () => {
    const reversed = [...systems].reverse();
    const grouped = groupByRegion(reversed, (s) => s.region);
    expect(grouped.flatMap((g) => g.members)).toHaveLength(systems.length);
    expect(grouped).toEqual(groupByRegion(systems, (s) => s.region));
  });

  it('returns no groups for no items', () => {
    expect(groupByRegion([], () => 'anywhere')).toEqual([]);
  });
});
