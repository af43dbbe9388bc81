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
  /** The task list's last task, and the h1 of its page: "Check your answers and submit", "… before you submit". */
  readonly checkTask: string;
  readonly checkHeading: string;
  /** Beside "Withdraw submission", and once it is withdrawn. */
  readonly withdrawHint: string;
  readonly withdrawn: string;
  /** The confirmation page after submitting: what was done (null for the lead, whose panel says it) and what happens next. */
  readonly submitted: { readonly done: string | null; readonly next: readonly string[]; readonly view: string };
  /** A domain page's questions: to the lead about "you", to the coach about the ICS. */
  readonly fields: FieldWords;
}

/** The questions of a domain page that name who is answering. */
export interface FieldWords {
  readonly now: string;
  readonly nowHint: string;
  readonly notAssessedHint: string;
  readonly target: string;
  readonly targetHint: string;
  readonly evidenceHint: string;
  readonly confidence: string;
  /** "your ICS", "Devon". */
  readonly quickCheckAbout: string;
}

/** The ICS lead's words for a domain page's questions. */
export const LEAD_FIELD_WORDS: FieldWords = {
  now: 'Where are you now?',
  nowHint: 'Choose the level that best describes your ICS today.',
  notAssessedHint: 'You do not know enough yet to choose a level.',
  target: 'Where do you want to be? (optional)',
  targetHint: 'The level you aim to reach.',
  evidenceHint: 'What shows this is where you are? Describe it in your own words.',
  confidence: 'How confident are you in this level? (optional)',
  quickCheckAbout: 'your integrated care system',
};

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
      checkTask: 'Check your answers and submit',
      checkHeading: 'Check your answers before you submit',
      withdrawHint: 'Until your coach starts reviewing it, you can withdraw your submission, change your answers and submit again.',
      withdrawn: 'You have withdrawn your submission. You can change your answers and submit again.',
      submitted: {
        done: null,
        next: [
          'Your programme coach will review your answers. They may moderate some levels and add comments. If something needs to change, they will return the assessment to you with the reason.',
          'Until your coach starts the review, you can withdraw your submission to change your answers.',
        ],
        view: 'View your submitted assessment',
      },
      fields: LEAD_FIELD_WORDS,
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
    checkTask: `Check ${whose} answers and submit`,
    checkHeading: `Check ${whose} answers before you submit`,
    withdrawHint: `Until the review starts, you can withdraw ${whose} submission, change its answers and submit it again.`,
    withdrawn: `You have withdrawn ${whose} submission. You can change its answers and submit it again.`,
    submitted: {
      done: `You submitted ${whose} assessment on its behalf. Its ICS leads have been told.`,
      next: [
        `It now waits for review by a programme coach of ${systemName}’s cohort, who may moderate some levels and add comments. If something needs to change, the coach returns it with the reason, and you or ${whose} ICS leads can change the answers and submit it again.`,
        `Until the review starts, you or ${whose} ICS leads can withdraw the submission to change its answers.`,
      ],
      view: `View ${whose} submitted assessment`,
    },
    fields: {
      now: `Where is ${systemName} now?`,
      nowHint: `Choose the level that best describes ${systemName} today, as the ICS sees it.`,
      notAssessedHint: 'The ICS does not know enough yet to choose a level.',
      target: `Where does ${systemName} want to be? (optional)`,
      targetHint: 'The level the ICS aims to reach.',
      evidenceHint: `What shows this is where ${systemName} is? Describe it in the ICS’s own words.`,
      confidence: `How confident is ${systemName} in this level? (optional)`,
      quickCheckAbout: systemName,
    },
  };
}

/** Whether a coach is recording the assessment on the ICS's behalf and the reader is not one of the ICS's leads. */
export const readsOnBehalf = (
  assessment: { readonly recordedOnBehalfBy?: string | null; readonly system: { readonly id: string } },
  leadsSystems: readonly string[],
): boolean => !!assessment.recordedOnBehalfBy && !leadsSystems.includes(assessment.system.id);
