import { acrossVersionsNotes } from './across-versions';

const cycle = (id: string, across: { fromVersion: number; toVersion: number; summary: string } | null) => ({
  cycle: { id, name: `Cycle ${id}` },
  comparedAcrossVersions: across,
});

describe('acrossVersionsNotes', () => {
  it('gives a note for each cycle whose changes cross canvas versions, in plain words, in order', () => {
    const summary = 'Compared with Cycle a on the 24 criteria that canvas version 1 and version 2 share.';
    expect(
      acrossVersionsNotes([
        cycle('a', null),
        cycle('b', { fromVersion: 1, toVersion: 2, summary }),
        cycle('c', null),
        cycle('d', { fromVersion: 2, toVersion: 3, summary: 'Three.' }),
      ]),
    ).toEqual([
      { cycleId: 'b', title: 'The changes into Cycle b cross from canvas version 1 to version 2.', summary },
      { cycleId: 'd', title: 'The changes into Cycle d cross from canvas version 2 to version 3.', summary: 'Three.' },
    ]);
  });

  it('gives none when every cycle is on the same version, and never for the first cycle (it has no changes)', () => {
    expect(acrossVersionsNotes([cycle('a', null), cycle('b', null)])).toEqual([]);
    expect(acrossVersionsNotes([cycle('a', { fromVersion: 1, toVersion: 2, summary: 'x' })])).toEqual([]);
    expect(acrossVersionsNotes([])).toEqual([]);
  });
});
