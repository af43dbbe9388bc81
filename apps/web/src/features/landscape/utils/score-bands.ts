import { FIXED_THRESHOLD_FIELDS, fixedThresholdsProblems, type FixedThresholds } from '@idt/maturity';
import type { FormError } from '../../../lib/form-errors';

/** Fixed thresholds' four score bands as typed into the landscape's boxes: as text, and checked by the engine. */
export type ScoreBandsDraft = Readonly<Record<keyof FixedThresholds, string>>;

export const scoreBandFieldId = (field: keyof FixedThresholds): string => `landscape-band-${field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The bands as the person sees them in the four boxes. */
export const draftOf = (thresholds: FixedThresholds): ScoreBandsDraft =>
  Object.fromEntries(FIXED_THRESHOLD_FIELDS.map(({ field }) => [field, String(thresholds[field])])) as unknown as ScoreBandsDraft;

/**
 * What was typed, checked by the engine's own rule: the bands to use, or a problem beside each box to change (an
 * empty or non-numeric box is "not a number from 0 to 100").
 */
export function checkScoreBands(draft: ScoreBandsDraft): { thresholds: FixedThresholds; errors: [] } | { thresholds: null; errors: FormError[] } {
  const thresholds = Object.fromEntries(
    FIXED_THRESHOLD_FIELDS.map(({ field }) => [field, draft[field].trim() === '' ? Number.NaN : Number(draft[field].trim())]),
  ) as unknown as FixedThresholds;
  const problems = fixedThresholdsProblems(thresholds);
  if (problems.length === 0) return { thresholds, errors: [] };
  return { thresholds: null, errors: problems.map(({ field, message }) => ({ fieldId: scoreBandFieldId(field), message })) };
}
