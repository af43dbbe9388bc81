/** The sign-off pages of a cycle. */
export const figuresPath = (cycleId: string) => `/cycles/${cycleId}/figures`;
export const signOffPath = (cycleId: string) => `/cycles/${cycleId}/sign-off`;
export const publishPath = (cycleId: string) => `/cycles/${cycleId}/publish`;
export const correctionPath = (cycleId: string, systemId: string) => `/cycles/${cycleId}/corrections/${systemId}`;

/** The ids of the sign-off form's inputs, by the API's field names. "answer" is the first radio. */
export const SIGN_OFF_FIELDS = { answer: 'answer', comment: 'sign-off-comment' } as const;
export const PUBLISH_FIELDS = { confirmed: 'publish-confirmed', outstandingSystemIds: 'publish-confirmed' } as const;
export const REVISION_FIELDS = { systemId: 'revision-system' } as const;

/** The correction form's input for one criterion's corrected level. */
export const correctionLevelId = (criterionKey: string) => `corrected-level-${criterionKey.replace(/[^a-z0-9-]/gi, '-')}`;
export const CORRECTION_REASON_ID = 'correction-reason';

/**
 * Where each problem of a correction is shown: the API's (and the domain's) fields, `levels[2].level`, `levels`,
 * `reason`, mapped to the form's inputs. `chosen` are the criteria sent, in the order sent.
 */
export function correctionFields(chosen: readonly string[], allCriteria: readonly string[]): Record<string, string> {
  const fields: Record<string, string> = { reason: CORRECTION_REASON_ID, levels: correctionLevelId(allCriteria[0] ?? '') };
  chosen.forEach((key, index) => {
    fields[`levels[${index}].level`] = correctionLevelId(key);
    fields[`levels[${index}].criterionKey`] = correctionLevelId(key);
  });
  return fields;
}

/** A 0–100 score as shown: a whole number, or a dash when there is none. */
export const scoreText = (score: number | null | undefined) => (score === null || score === undefined ? 'No score' : `${Math.round(score)} out of 100`);
