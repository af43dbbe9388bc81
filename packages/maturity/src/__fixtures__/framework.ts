import type { CanvasFramework, CanvasDomain, Criterion, MaturityLevel } from '@idt/domain';
import { MATURITY_SCALE } from '@idt/domain';
import type { CriterionAnswer } from '../scores';

/**
 * Test fixtures only (excluded from the build): a framework with the given domains and criterion keys, and short ways
 * to write answers. The wording is irrelevant to scoring, so it is filler.
 */
export function frameworkOf(domains: Readonly<Record<string, readonly string[]>>, version = 1): CanvasFramework {
  return {
    key: 'idt-canvas',
    version,
    title: `Test canvas v${version}`,
    scale: MATURITY_SCALE,
    domains: Object.entries(domains).map(
      ([key, criteria], i): CanvasDomain => ({
        key,
        number: i + 1,
        title: key,
        summary: key,
        sources: [],
        recommendations: [],
        coachingTopics: [],
        quickCheck: [],
        criteria: criteria.map(
          (criterionKey): Criterion => ({
            key: criterionKey,
            statement: criterionKey,
            guidance: criterionKey,
            evidencePrompts: ['?'],
            levels: { 1: '1', 2: '2', 3: '3', 4: '4', 5: '5' },
            sources: [],
          }),
        ),
      }),
    ),
  };
}

/** A self-assessed level, optionally with a moderated level. */
export const self = (criterionKey: string, level: MaturityLevel, moderated: MaturityLevel | null = null): CriterionAnswer => ({
  criterionKey,
  selfLevel: level,
  notAssessed: false,
  moderatedLevel: moderated,
});

/** "Not assessed", optionally with a moderated level. */
export const notAssessed = (criterionKey: string, moderated: MaturityLevel | null = null): CriterionAnswer => ({
  criterionKey,
  selfLevel: null,
  notAssessed: true,
  moderatedLevel: moderated,
});

/** A saved but empty answer. */
export const blank = (criterionKey: string): CriterionAnswer => ({ criterionKey, selfLevel: null, notAssessed: false, moderatedLevel: null });
