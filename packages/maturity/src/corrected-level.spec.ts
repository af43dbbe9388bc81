import { correctedAnswer, countedLevel, CountedLevelFacts, ScoreBasis } from './scores';

const LEVELS = [null, 1, 2, 3, 4, 5] as const;
const answers: CountedLevelFacts[] = LEVELS.flatMap((selfLevel) =>
  LEVELS.flatMap((moderatedLevel) => [false, true].map((notAssessed) => ({ selfLevel, moderatedLevel, notAssessed }))),
);

describe('countedLevel', () => {
  it('counts the moderated level on a validated assessment, else the self-assessed level; "not assessed" counts none', () => {
    expect(countedLevel('MODERATED', { selfLevel: 2, moderatedLevel: 4, notAssessed: false })).toBe(4);
    expect(countedLevel('MODERATED', { selfLevel: 2, moderatedLevel: null, notAssessed: false })).toBe(2);
    expect(countedLevel('MODERATED', { selfLevel: null, moderatedLevel: 3, notAssessed: true })).toBe(3);
    expect(countedLevel('SELF', { selfLevel: 2, moderatedLevel: 4, notAssessed: false })).toBe(2);
    expect(countedLevel('SELF', { selfLevel: 2, moderatedLevel: null, notAssessed: true })).toBeNull();
    expect(countedLevel('SELF', { selfLevel: null, moderatedLevel: null, notAssessed: false })).toBeNull();
  });
});

describe('correctedAnswer', () => {
  it.each<ScoreBasis>(['MODERATED', 'SELF'])('makes the corrected level the one that counts, whatever the answer was (%s)', (basis) => {
    for (const answer of answers) {
      for (const level of [1, 2, 3, 4, 5]) {
        expect(countedLevel(basis, correctedAnswer(basis, answer, level))).toBe(level);
      }
    }
  });

  it('keeps the ICS’s own self-assessed level on a validated assessment, and writes it only where it is what counts', () => {
    expect(correctedAnswer('MODERATED', { selfLevel: 2, moderatedLevel: 3, notAssessed: false }, 5)).toEqual({ selfLevel: 2, moderatedLevel: 5, notAssessed: false });
    expect(correctedAnswer('SELF', { selfLevel: null, moderatedLevel: null, notAssessed: true }, 4)).toEqual({ selfLevel: 4, moderatedLevel: null, notAssessed: false });
  });

  it('refuses a level outside 1–5', () => {
    expect(() => correctedAnswer('SELF', { selfLevel: 1, moderatedLevel: null, notAssessed: false }, 6)).toThrow(RangeError);
  });
});
