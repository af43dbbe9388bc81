import { Actor, hasRole, ledSystemIds } from '../access/access-policy';

/**
 * The life of one ICS's assessment in one cycle:
 *
 *   DRAFT ──submit──▶ SUBMITTED ──startReview──▶ IN_REVIEW ──validate──▶ VALIDATED
 *     ▲                 │  ▲                        │
 *     └──withdraw───────┘  └──────resubmit──┐       │
 *                       │                   │       │
 *                       └──return──▶ RETURNED ◀──return
 *
 * Only DRAFT and RETURNED can be edited. A returned assessment carries the coach's reason and goes back to the ICS
 * to change and submit again. Every transition is recorded with who, when and why.
 */
export const ASSESSMENT_STATUSES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'RETURNED', 'VALIDATED'] as const;
export type AssessmentStatus = (typeof ASSESSMENT_STATUSES)[number];

export const ASSESSMENT_STATUS_LABELS: Readonly<Record<AssessmentStatus, string>> = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted',
  IN_REVIEW: 'In review',
  RETURNED: 'Returned for changes',
  VALIDATED: 'Validated',
};

export const TRANSITIONS = ['SUBMIT', 'WITHDRAW', 'START_REVIEW', 'RETURN', 'VALIDATE'] as const;
export type Transition = (typeof TRANSITIONS)[number];

interface TransitionRule {
  readonly from: readonly AssessmentStatus[];
  readonly to: AssessmentStatus;
  /** Who may make it: the ICS's own lead, or a reviewer (a coach of a cohort the ICS is in, or an admin). */
  readonly by: 'system' | 'reviewer';
  readonly needsReason: boolean;
}

export const TRANSITION_RULES: Readonly<Record<Transition, TransitionRule>> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: 'system', needsReason: false },
  WITHDRAW: { from: ['SUBMITTED'], to: 'DRAFT', by: 'system', needsReason: false },
  START_REVIEW: { from: ['SUBMITTED'], to: 'IN_REVIEW', by: 'reviewer', needsReason: false },
  RETURN: { from: ['SUBMITTED', 'IN_REVIEW'], to: 'RETURNED', by: 'reviewer', needsReason: true },
  VALIDATE: { from: ['IN_REVIEW'], to: 'VALIDATED', by: 'reviewer', needsReason: false },
};

export const isEditable = (status: AssessmentStatus): boolean => status === 'DRAFT' || status === 'RETURNED';

/** The facts about one assessment that decide who may see and change it. */
export interface AssessmentFacts {
  readonly systemId: string;
  readonly status: AssessmentStatus;
  /**
   * The assisted route: the user id of the coach recording this assessment on the ICS's behalf (for an ICS that
   * cannot use the online form), or null/absent when the ICS completes it itself.
   */
  readonly recordedOnBehalfBy?: string | null;
}

const leads = (actor: Actor, systemId: string) => ledSystemIds(actor).includes(systemId);
const coaches = (actor: Actor, systemId: string) => actor.coachedSystemIds.includes(systemId);
/** A coach of the ICS recording the assessment on its behalf: they act for the ICS until it is submitted. */
const recordsOnBehalf = (actor: Actor, assessment: AssessmentFacts) =>
  assessment.recordedOnBehalfBy != null && coaches(actor, assessment.systemId);
/** Who acts as the ICS: its own leads, and on the assisted route its coaches. */
const actsForSystem = (actor: Actor, assessment: AssessmentFacts) => leads(actor, assessment.systemId) || recordsOnBehalf(actor, assessment);
/** Who reviews: a coach of a cohort the ICS is in, or an admin. */
const reviews = (actor: Actor, systemId: string) => coaches(actor, systemId) || hasRole(actor, 'ADMIN');

/**
 * Who may read an assessment. Its own ICS always; a draft is private to the ICS (PRODUCT §1), unless its coach is
 * recording it on the ICS's behalf. Once submitted, its coaches, national viewers and admins read it too.
 */
export function canReadAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  if (actsForSystem(actor, assessment)) return true;
  if (assessment.status === 'DRAFT') return false;
  return coaches(actor, assessment.systemId) || hasRole(actor, 'NATIONAL') || hasRole(actor, 'ADMIN');
}

/** Who may change answers: the ICS's own lead (or its coach on the assisted route), while it is a draft or returned. */
export function canEditAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  return isEditable(assessment.status) && actsForSystem(actor, assessment);
}

/**
 * Who may give moderated levels: a reviewer, while the assessment is in review. The self-assessed level is never changed by
 * this; the moderated level sits beside it.
 */
export function canModerateAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  return assessment.status === 'IN_REVIEW' && reviews(actor, assessment.systemId);
}

/**
 * Who may add to a criterion's comment thread: both sides of the review — the ICS's leads and its reviewers —
 * once the assessment has gone to review (not while it is a draft; national viewers only read).
 */
export function canCommentOnAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  if (assessment.status === 'DRAFT') return false;
  return leads(actor, assessment.systemId) || reviews(actor, assessment.systemId);
}

/**
 * Who may start recording an assessment on an ICS's behalf (the assisted route): a coach of a cohort the ICS is in,
 * while it is still an unsubmitted draft that nobody is recording for it yet.
 */
export function canRecordOnBehalf(actor: Actor, assessment: AssessmentFacts): boolean {
  return assessment.status === 'DRAFT' && assessment.recordedOnBehalfBy == null && coaches(actor, assessment.systemId);
}

export type TransitionCheck =
  | { readonly ok: true; readonly to: AssessmentStatus }
  | { readonly ok: false; readonly reason: 'NOT_ALLOWED' | 'WRONG_STATUS' | 'REASON_REQUIRED' };

/** Whether `actor` may make `transition` now; the service turns the reasons into FORBIDDEN or BAD_USER_INPUT. */
export function checkTransition(
  actor: Actor,
  assessment: AssessmentFacts,
  transition: Transition,
  reason?: string | null,
): TransitionCheck {
  const rule = TRANSITION_RULES[transition];
  const allowed = rule.by === 'system' ? actsForSystem(actor, assessment) : reviews(actor, assessment.systemId);
  if (!allowed) return { ok: false, reason: 'NOT_ALLOWED' };
  if (!rule.from.includes(assessment.status)) return { ok: false, reason: 'WRONG_STATUS' };
  if (rule.needsReason && !reason?.trim()) return { ok: false, reason: 'REASON_REQUIRED' };
  return { ok: true, to: rule.to };
}

/** The transitions `actor` could make now, for showing the right buttons. */
export function availableTransitions(actor: Actor, assessment: AssessmentFacts): Transition[] {
  return TRANSITIONS.filter((t) => {
    const check = checkTransition(actor, assessment, t, 'x');
    return check.ok;
  });
}
