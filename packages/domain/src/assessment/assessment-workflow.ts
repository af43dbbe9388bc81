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
  readonly by: 'ics' | 'reviewer';
  readonly needsReason: boolean;
}

export const TRANSITION_RULES: Readonly<Record<Transition, TransitionRule>> = {
  SUBMIT: { from: ['DRAFT', 'RETURNED'], to: 'SUBMITTED', by: 'ics', needsReason: false },
  WITHDRAW: { from: ['SUBMITTED'], to: 'DRAFT', by: 'ics', needsReason: false },
  START_REVIEW: { from: ['SUBMITTED'], to: 'IN_REVIEW', by: 'reviewer', needsReason: false },
  RETURN: { from: ['SUBMITTED', 'IN_REVIEW'], to: 'RETURNED', by: 'reviewer', needsReason: true },
  VALIDATE: { from: ['IN_REVIEW'], to: 'VALIDATED', by: 'reviewer', needsReason: false },
};

export const isEditable = (status: AssessmentStatus): boolean => status === 'DRAFT' || status === 'RETURNED';

/** The facts about one assessment that decide who may see and change it. */
export interface AssessmentFacts {
  readonly systemId: string;
  readonly status: AssessmentStatus;
}

const leads = (actor: Actor, systemId: string) => ledSystemIds(actor).includes(systemId);
const coaches = (actor: Actor, systemId: string) => actor.coachedSystemIds.includes(systemId);

/**
 * Who may read an assessment. Its own ICS always; a draft is private to the ICS (PRODUCT §1). Once submitted, its
 * coaches, national viewers and admins read it too.
 */
export function canReadAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  if (leads(actor, assessment.systemId)) return true;
  if (assessment.status === 'DRAFT') return false;
  return coaches(actor, assessment.systemId) || hasRole(actor, 'NATIONAL') || hasRole(actor, 'ADMIN');
}

/** Who may change answers: the ICS's own lead, while it is a draft or returned. */
export function canEditAssessment(actor: Actor, assessment: AssessmentFacts): boolean {
  return isEditable(assessment.status) && leads(actor, assessment.systemId);
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
  const allowed =
    rule.by === 'ics'
      ? leads(actor, assessment.systemId)
      : coaches(actor, assessment.systemId) || hasRole(actor, 'ADMIN');
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
