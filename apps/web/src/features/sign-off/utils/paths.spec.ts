import { correctionFields, correctionLevelId, correctionPath, figuresPath, publishPath, scoreText, signOffPath } from './paths';

describe('sign-off paths and words', () => {
  it('puts every page under its cycle', () => {
    expect([figuresPath('c1'), signOffPath('c1'), publishPath('c1')]).toEqual(['/cycles/c1/figures', '/cycles/c1/sign-off', '/cycles/c1/publish']);
  });
  it('says a score out of 100, rounded, or that there is none', () => {
    expect([scoreText(49.6), scoreText(0), scoreText(null)]).toEqual(['50 out of 100', '0 out of 100', 'No score']);
  });
  it('puts a correction under its cycle and ICS, and shows each problem beside the criterion it is about', () => {
    expect(correctionPath('c1', 's1')).toBe('/cycles/c1/corrections/s1');
    expect(correctionLevelId('local-needs.needs-analysis')).toBe('corrected-level-local-needs-needs-analysis');
    expect(correctionFields(['b.x', 'a.y'], ['a.x', 'a.y', 'b.x'])).toEqual({
      reason: 'correction-reason',
      levels: 'corrected-level-a-x',
      'levels[0].level': 'corrected-level-b-x',
      'levels[0].criterionKey': 'corrected-level-b-x',
      'levels[1].level': 'corrected-level-a-y',
      'levels[1].criterionKey': 'corrected-level-a-y',
    });
  });
});
