import { figuresPath, publishPath, scoreText, signOffPath } from './paths';

describe('sign-off paths and words', () => {
  it('puts every page under its cycle', () => {
    expect([figuresPath('c1'), signOffPath('c1'), publishPath('c1')]).toEqual(['/cycles/c1/figures', '/cycles/c1/sign-off', '/cycles/c1/publish']);
  });
  it('says a score out of 100, rounded, or that there is none', () => {
    expect([scoreText(49.6), scoreText(0), scoreText(null)]).toEqual(['50 out of 100', '0 out of 100', 'No score']);
  });
});
