import { crosswalkSummary, latestWithCrosswalk } from './crosswalk';

const domain = (title: string, score: number | null, incomplete = false) => ({ key: title.toLowerCase(), title, score, incomplete });

describe('crosswalkSummary', () => {
  it('names the strongest and weakest domains', () => {
    expect(
      crosswalkSummary('Devon', 'Spring 2026', [domain('Access to devices and data', 31.25), domain('Beliefs and trust', 62.5), domain('Skills and capability', 50)]),
    ).toBe('Spring 2026: Devon scores highest in beliefs and trust (62.5 out of 100) and lowest in access to devices and data (31.3).');
  });

  it('says which domains have no score, and which to read with care', () => {
    expect(crosswalkSummary('Devon', 'Spring 2026', [domain('Beliefs and trust', 40, true), domain('Skills and capability', null)])).toBe(
      'Spring 2026: Devon scores 40.0 out of 100 in beliefs and trust. No score yet in skills and capability. Fewer than half the criteria behind beliefs and trust have a level, so read that score with care.',
    );
    expect(crosswalkSummary('Devon', 'Spring 2026', [domain('Beliefs and trust', null)])).toBe('Spring 2026: Devon has no score in any of the five domains yet.');
  });
});

describe('latestWithCrosswalk', () => {
  it('picks the newest cycle that has a crosswalk', () => {
    expect(latestWithCrosswalk([{ id: 'a', crosswalk: {} }, { id: 'b', crosswalk: {} }, { id: 'c', crosswalk: null }])?.id).toBe('b');
    expect(latestWithCrosswalk([{ id: 'c', crosswalk: null }])).toBeUndefined();
  });
});
