interface ListedAssessment {
  readonly canEdit: boolean;
  readonly cycle: { readonly closesOn: string };
  readonly progress: readonly { readonly status: string }[];
}

export interface AssessmentToContinue<T> {
  readonly assessment: T;
  readonly completed: number;
  readonly total: number;
}

/**
 * The assessments to put first on the list: every one that can be worked on now (a draft, or one returned by a coach,
 * in any open cycle — a lead of several ICSs has several), the soonest to close first, each with how far it has got.
 */
export function toContinue<T extends ListedAssessment>(assessments: readonly T[]): AssessmentToContinue<T>[] {
  return assessments
    .filter((a) => a.canEdit)
    .sort((a, b) => a.cycle.closesOn.localeCompare(b.cycle.closesOn))
    .map((assessment) => ({
      assessment,
      completed: assessment.progress.filter((p) => p.status === 'COMPLETED').length,
      total: assessment.progress.length,
    }));
}
