import { cycleDateInWords, isCycleDate, Role, ROLE_LABELS } from '@idt/domain';
import { AuditAction, AuditEvent } from './audit-event';

/**
 * Every audit action in plain English, in one place: the words the audit trail page, its filter and its CSV use.
 * `Record<AuditAction, …>`: a new action does not compile until it has its words here.
 */
export const AUDIT_ACTION_WORDS: Readonly<Record<AuditAction, string>> = {
  SIGNED_IN: 'Signed in',
  SIGN_IN_FAILED: 'Failed to sign in',
  SIGNED_OUT: 'Signed out',
  EXTERNAL_IDENTITY_LINKED: 'Linked an NHS single sign-on identity to an account',
  USER_CREATED: 'Created an account',
  ROLE_GRANTED: 'Gave someone a role',
  ROLE_REVOKED: 'Took a role away from someone',
  COHORT_CREATED: 'Created a cohort',
  COHORT_SYSTEM_ADDED: 'Added an ICS to a cohort',
  COHORT_SYSTEM_REMOVED: 'Removed an ICS from a cohort',
  CYCLE_OPENED: 'Opened an assessment cycle',
  CYCLE_CLOSING_DATE_CHANGED: "Changed a cycle's closing date",
  CYCLE_CLOSED: 'Closed an assessment cycle',
  CANVAS_DRAFT_SAVED: 'Saved a new version of the canvas (draft)',
  CANVAS_PUBLISHED: 'Published a version of the canvas',
  CYCLE_SIGN_OFF_ANSWERED: "Confirmed or queried an ICS's provisional figures",
  CYCLE_FIGURES_REVISED: "Recorded a correction to an ICS's published figures",
  CYCLE_PUBLISHED: "Published a cycle's landscape",
  PEER_SHARING_CHANGED: 'Changed whether other ICSs see the ICS’s name',
  RESPONSE_CHANGED: 'Changed an answer in an assessment',
  QUICK_CHECK_CHANGED: 'Changed a quick check answer',
  ASSESSMENT_TRANSITIONED: 'Submitted, reviewed, returned or validated an assessment',
  ANSWERS_COPIED: 'Copied answers from an earlier assessment',
  ACTION_PLAN_CHANGED: 'Changed an action plan',
  RESPONSE_MODERATED: 'Gave a moderated level in review',
  LEVEL_CORRECTED: 'Corrected a level in published figures',
  REVIEW_COMMENT_ADDED: 'Commented in a review',
  RECORDING_ON_BEHALF_STARTED: 'Started recording an assessment on behalf of an ICS',
  LEARNING_PROGRAMME_SAVED: "Saved a cohort's learning programme",
  // passwords and sessions (ADR 0031)
  PASSWORD_CHANGED: 'Changed their password',
  CURRENT_PASSWORD_REFUSED: 'Typed a wrong current password when changing their password',
  PASSWORD_RESET_REQUESTED: 'Asked for an email to reset a password',
  PASSWORD_RESET: 'Set a new password with an emailed link',
  SESSION_ENDED: 'Signed out one of their devices',
  OTHER_SESSIONS_ENDED: 'Signed out of all their other devices',
  INVITATION_SENT: 'Invited someone to join',
  INVITATION_RESENT: 'Sent an invitation again, with a new link',
  INVITATION_REVOKED: 'Withdrew an invitation',
  INVITATION_ACCEPTED: 'Accepted an invitation and joined',
  ACCOUNT_DEACTIVATED: 'Deactivated an account, ending its sessions',
  ACCOUNT_REACTIVATED: 'Reactivated an account',
  // two-step sign-in
  SECOND_STEP_ENROLLED: 'Set up two-step sign-in',
  SECOND_STEP_TURNED_OFF: 'Turned off two-step sign-in',
  SECOND_STEP_RESET: "Reset someone's two-step sign-in",
  SECOND_STEP_FAILED: 'Entered a wrong two-step sign-in code',
  RECOVERY_CODE_USED: 'Signed in with a recovery code',
};

/** What each kind of subject is called on the page. */
export const AUDIT_SUBJECT_WORDS: Readonly<Record<AuditEvent['subjectType'], string>> = {
  user_account: 'Account',
  role_grant: 'Account',
  cohort: 'Cohort',
  user_session: 'Account',
  assessment_cycle: 'Assessment cycle',
  assessment: 'Assessment',
  action_plan_item: 'Action plan',
  peer_sharing: 'ICS',
  learning_programme: 'Learning programme',
  canvas_framework: 'Canvas version',
  invitation: 'Invitation',
};

export const AUDIT_ACTIONS = Object.keys(AUDIT_ACTION_WORDS) as AuditAction[];

export const isAuditAction = (value: string): value is AuditAction => Object.hasOwn(AUDIT_ACTION_WORDS, value);

/** "Devon’s", or "an ICS’s" when the event names no ICS. */
const possessive = (systemName: string | null) => (systemName ? `${systemName}’s` : 'an ICS’s');

/**
 * The event in words: its action's words, and for some actions what it changed to (from the row's `after`) and which
 * ICS it was about (`systemName`, the event's ICS), so that old rows read right too.
 */
export function describeAuditEvent(action: string, after: unknown, systemName: string | null = null, before: unknown = null): string {
  const words = isAuditAction(action) ? AUDIT_ACTION_WORDS[action] : action;
  const state = after !== null && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  if (action === 'PEER_SHARING_CHANGED' && typeof state['shareNameWithPeers'] === 'boolean') {
    const name = systemName ? `${systemName}’s` : 'the ICS’s';
    return state['shareNameWithPeers'] ? `Chose to show ${name} name to other ICSs` : `Chose not to show ${name} name to other ICSs`;
  }
  if (action === 'ASSESSMENT_TRANSITIONED' && typeof state['status'] === 'string') {
    return STATUS_WORDS[state['status']] ?? words;
  }
  const role = roleWords(action === 'ROLE_REVOKED' ? before : after);
  if (action === 'ROLE_GRANTED' && role) return `Gave someone the ${role} role`;
  if (action === 'ROLE_REVOKED' && role) return `Took the ${role} role away from someone`;
  if (action === 'COHORT_SYSTEM_ADDED' && systemName) return `Added ${systemName} to a cohort`;
  if (action === 'COHORT_SYSTEM_REMOVED' && systemName) return `Removed ${systemName} from a cohort`;
  if (action === 'RECORDING_ON_BEHALF_STARTED' && systemName) return `Started recording an assessment on behalf of ${systemName}`;
  if (action === 'CYCLE_CLOSING_DATE_CHANGED' && typeof state['closesOn'] === 'string' && isCycleDate(state['closesOn'])) {
    return `Changed a cycle's closing date to ${cycleDateInWords(state['closesOn'])}`;
  }
  if (action === 'CYCLE_CLOSED' && state['closedEarly'] === true) return 'Closed an assessment cycle early';
  if (action === 'CYCLE_SIGN_OFF_ANSWERED' && (state['answer'] === 'CONFIRMED' || state['answer'] === 'QUERIED')) {
    return `${state['answer'] === 'CONFIRMED' ? 'Confirmed' : 'Queried'} ${possessive(systemName)} provisional figures`;
  }
  if (action === 'CYCLE_FIGURES_REVISED') {
    const number = typeof state['number'] === 'number' ? ` (correction ${state['number']})` : '';
    return `Recorded a correction to ${possessive(systemName)} published figures${number}`;
  }
  return words;
}

/** What moving an assessment to each stage is called. */
const STATUS_WORDS: Readonly<Record<string, string>> = {
  DRAFT: 'Took an assessment back to draft',
  SUBMITTED: 'Submitted an assessment',
  IN_REVIEW: 'Started reviewing an assessment',
  RETURNED: 'Returned an assessment to the ICS for changes',
  VALIDATED: 'Validated an assessment',
};

/** A role grant's role in words, lower case as in a sentence ("ICS lead", "programme coach"); null when it has none. */
function roleWords(grant: unknown): string | null {
  const role = grant !== null && typeof grant === 'object' ? (grant as Record<string, unknown>)['role'] : undefined;
  if (typeof role !== 'string' || !Object.hasOwn(ROLE_LABELS, role)) return null;
  const label = ROLE_LABELS[role as Role];
  return /^[A-Z][a-z]/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}
