import { DEFAULT_FIXED_THRESHOLDS } from '@idt/maturity';
import { checkScoreBands, draftOf, scoreBandFieldId } from './score-bands';

describe('score bands as typed', () => {
  it('shows the bands as text and reads them back, spaces and decimals included', () => {
    expect(draftOf(DEFAULT_FIXED_THRESHOLDS)).toEqual({ innovators: '80', earlyAdopters: '65', earlyMajority: '45', lateMajority: '25' });
    expect(checkScoreBands({ innovators: ' 90 ', earlyAdopters: '70.5', earlyMajority: '50', lateMajority: '0' })).toEqual({
      thresholds: { innovators: 90, earlyAdopters: 70.5, earlyMajority: 50, lateMajority: 0 },
      errors: [],
    });
  });

  it('puts each problem, in the engine’s words, beside the box to change', () => {
    expect(checkScoreBands({ innovators: '', earlyAdopters: 'seventy', earlyMajority: '50', lateMajority: '60' })).toEqual({
      thresholds: null,
      errors: [
        { fieldId: 'landscape-band-innovators', message: 'The innovators threshold must be a number from 0 to 100' },
        { fieldId: 'landscape-band-early-adopters', message: 'The early adopters threshold must be a number from 0 to 100' },
        { fieldId: 'landscape-band-late-majority', message: 'The late majority threshold must be lower than the early majority threshold' },
      ],
    });
  });

  it('gives each box an id of its own', () => {
    expect(['innovators', 'earlyAdopters', 'earlyMajority', 'lateMajority'].map((f) => scoreBandFieldId(f as 'innovators'))).toEqual([
      'landscape-band-innovators',
      'landscape-band-early-adopters',
      'landscape-band-early-majority',
      'landscape-band-late-majority',
    ]);
  });
});
