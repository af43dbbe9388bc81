interface ListedAssessment {
  readonly canEdit: boolean;
  readonly progress: readonly { readonly status: string }[];
}

/**
 * The assessment to put first on the list: the only one that can be worked on now, with how far it has got. With
 * none, or several (an ICS lead of more than one ICS), there is no single one to put first.
 */
export function oneToContinue<T extends ListedAssessment>(assessments: readonly T[]) {
  const editable = assessments.filter((a) => a.canEdit);
  if (editable.length !== 1) return null;
  const [assessment] = editable;
  return {
    assessment,
    completed: assessment.progress.filter((p) => p.status === 'COMPLETED').length,
    total: assessment.progress.length,
  };
}
