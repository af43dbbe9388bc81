import { assessmentsPath } from './paths';

/** The coach's list of cohorts: where a coach recording an ICS's assessment on its behalf goes back to. */
const cohortsPath = '/cohorts';

/** How the assessment pages speak: to the ICS lead about "your" self-assessment, or to a coach about the ICS's. */
export interface AssessmentVoice {
  /** A coach is recording it on the ICS's behalf (the assisted route), and is the one reading. */
  readonly onBehalf: boolean;
  /** The task list's h1: "Complete your self-assessment", "Complete Devon’s self-assessment". */
  readonly heading: (canEdit: boolean) => string;
  /** From the task list, back to where the reader's assessments are listed. */
  readonly backToList: { readonly to: string; readonly label: string };
  /** From a domain or "Check your answers", back to the task list: "Back to your assessment". */
  readonly backToAssessment: string;
  /** "Your answers", "Devon’s answers". */
  readonly answersHeading: string;
  /** "Your coach’s feedback", "The coach’s feedback". */
  readonly feedbackHeading: string;
  /** "Start from your last answers", "Start from Devon’s last answers". */
  readonly copyHeading: string;
  /** "Copied your answers from …", "Copied Devon’s answers from …". */
  readonly copied: (previousCycle: string) => string;
  /** "Now submit your assessment", "Now submit Devon’s assessment". */
  readonly submitHeading: string;
  /** After submitting: back to the reader's list of assessments. */
  readonly goToList: { readonly to: string; readonly label: string };
}

/**
 * The words for one assessment's pages. `onBehalf` only when a coach records it for the ICS and the reader does not
 * lead that ICS: the ICS lead always reads "your".
 */
export function assessmentVoice(systemName: string, onBehalf: boolean): AssessmentVoice {
  if (!onBehalf) {
    return {
      onBehalf,
      heading: (canEdit) => (canEdit ? 'Complete your self-assessment' : 'Your self-assessment'),
      backToList: { to: assessmentsPath, label: 'Back to your assessments' },
      backToAssessment: 'Back to your assessment',
      answersHeading: 'Your answers',
      feedbackHeading: 'Your coach’s feedback',
      copyHeading: 'Start from your last answers',
      copied: (previous) => `Copied your answers from ${previous}. Check each domain and change what is different now.`,
      submitHeading: 'Now submit your assessment',
      goToList: { to: assessmentsPath, label: 'Go to your assessments' },
    };
  }
  const whose = `${systemName}’s`;
  return {
    onBehalf,
    heading: (canEdit) => (canEdit ? `Complete ${whose} self-assessment` : `${whose} self-assessment`),
    backToList: { to: cohortsPath, label: 'Back to cohorts' },
    backToAssessment: `Back to ${whose} assessment`,
    answersHeading: `${whose} answers`,
    feedbackHeading: 'The coach’s feedback',
    copyHeading: `Start from ${whose} last answers`,
    copied: (previous) => `Copied ${whose} answers from ${previous}. Check each domain and change what is different now.`,
    submitHeading: `Now submit ${whose} assessment`,
    goToList: { to: cohortsPath, label: 'Go to cohorts' },
  };
}

/** Whether a coach is recording the assessment on the ICS's behalf and the reader is not one of the ICS's leads. */
export const readsOnBehalf = (
  assessment: { readonly recordedOnBehalfBy?: string | null; readonly system: { readonly id: string } },
  leadsSystems: readonly string[],
): boolean => !!assessment.recordedOnBehalfBy && !leadsSystems.includes(assessment.system.id);
