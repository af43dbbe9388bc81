import { cycleNoticeMessage } from '../cycle/notices';

/**
 * The coach's review of a submitted assessment, the notifications the workflow sends, and the learning programme a
 * coach plans from a cohort's assessments: the words and limits shared by API and web.
 */

/** A comment in a criterion's thread: plain text, shown escaped. */
export const REVIEW_COMMENT_MAX_LENGTH = 2000;

/** Why a comment cannot be added, or null when it can. */
export function reviewCommentProblem(body: string): string | null {
  if (body.trim() === '') return 'Enter a comment.';
  if (body.length > REVIEW_COMMENT_MAX_LENGTH) return `Comments must be ${REVIEW_COMMENT_MAX_LENGTH} characters or fewer.`;
  return null;
}

/** Whole days between two instants, rounded down (a submission made yesterday afternoon has waited 0 or 1 days). */
export function daysBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / 86_400_000));
}

export const NOTIFICATION_KINDS = [
  'ASSESSMENT_SUBMITTED',
  'ASSESSMENT_RETURNED',
  'ASSESSMENT_VALIDATED',
  'CYCLE_CLOSING',
  /** The ICS answered in a comment thread: to its reviewers. */
  'COMMENT_FROM_ICS',
  /** A reviewer commented: to the ICS's leads. */
  'COMMENT_FROM_REVIEWER',
  /** The assisted route: a coach started recording the ICS's draft on its behalf, and can now read it: to its leads. */
  'RECORDING_ON_BEHALF_STARTED',
  /** The assisted route: a coach submitted the ICS's assessment on its behalf: to its leads. */
  'ASSESSMENT_SUBMITTED_ON_BEHALF',
  /** A cycle's closing date changed: to the leads of every ICS taking part (`cycleNoticeMessage`). */
  'CYCLE_CLOSING_DATE_CHANGED',
  /** A cycle closed (early or on its date): to the leads of every ICS taking part, to check their figures. */
  'CYCLE_CLOSED',
  /** A cycle's landscape was published: to every participating ICS's leads (message: `cycleNoticeMessage`). */
  'CYCLE_PUBLISHED',
  /** An ICS lead queried their provisional figures: to its coaches and the admins (message: `cycleNoticeMessage`). */
  'SIGN_OFF_QUERIED',
  /** An ICS's published figures were corrected: to its leads (message: `cycleNoticeMessage`). */
  'FIGURES_REVISED',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** How many days before a cycle closes its ICS leads with drafts are reminded. */
export const CLOSING_REMINDER_DAYS = 7;

/**
 * What a notification says, in a sentence that stands on its own (in the app, and as an email's subject). `actorName`
 * is the person who acted, for the kinds that name them (the assisted route's).
 */
export function notificationMessage(
  kind: NotificationKind,
  facts: { systemName: string; cycleName: string; closesOn?: string; actorName?: string | null },
): string {
  const coach = facts.actorName ? `${facts.actorName}, your programme coach,` : 'Your programme coach';
  switch (kind) {
    case 'ASSESSMENT_SUBMITTED':
      return `${facts.systemName} submitted its self-assessment for ${facts.cycleName}: it is ready for review.`;
    case 'ASSESSMENT_RETURNED':
      return `Your coach returned ${facts.systemName}'s self-assessment for ${facts.cycleName} with changes to make.`;
    case 'ASSESSMENT_VALIDATED':
      return `Your coach validated ${facts.systemName}'s self-assessment for ${facts.cycleName}.`;
    case 'CYCLE_CLOSING':
      return `${facts.cycleName} closes on ${facts.closesOn ?? 'soon'}: ${facts.systemName}'s self-assessment is not submitted yet.`;
    case 'COMMENT_FROM_ICS':
      return `${facts.systemName} replied to the review of its self-assessment for ${facts.cycleName}.`;
    case 'COMMENT_FROM_REVIEWER':
      return `Your coach commented on ${facts.systemName}'s self-assessment for ${facts.cycleName}.`;
    case 'RECORDING_ON_BEHALF_STARTED':
      return `${coach} started recording ${facts.systemName}'s self-assessment for ${facts.cycleName} on its behalf, and can now see and change its draft answers.`;
    case 'ASSESSMENT_SUBMITTED_ON_BEHALF':
      return `${coach} submitted ${facts.systemName}'s self-assessment for ${facts.cycleName} on its behalf.`;
    case 'CYCLE_CLOSING_DATE_CHANGED':
      return `${facts.cycleName} now closes on ${facts.closesOn ?? 'a new date'}.`;
    case 'CYCLE_CLOSED':
      return cycleNoticeMessage('CYCLE_CLOSED', facts);
    case 'CYCLE_PUBLISHED':
      return cycleNoticeMessage('CYCLE_PUBLISHED', facts);
    case 'SIGN_OFF_QUERIED':
      return cycleNoticeMessage('CYCLE_SIGN_OFF_ANSWERED', facts);
    case 'FIGURES_REVISED':
      return cycleNoticeMessage('CYCLE_FIGURES_REVISED', facts);
  }
}

/** The learning programme a coach saves for a cohort in a cycle: edited from the proposal, then exported. */
export interface LearningProgrammePlan {
  readonly groupSessions: readonly PlannedGroupSession[];
  readonly individualCoaching: readonly PlannedCoaching[];
}

export interface PlannedGroupSession {
  readonly domainKey: string;
  readonly title: string;
  /** The ICSs invited (ids). */
  readonly systemIds: readonly string[];
  readonly notes: string;
}

export interface PlannedCoaching {
  readonly systemId: string;
  /** Coaching topics, one per entry. */
  readonly topics: readonly string[];
  /** Seed 003 §5.2 recommendations that fit (ICS-1 … ICS-12). */
  readonly recommendationIds: readonly string[];
  /** ICSs to learn from (ids). */
  readonly peerSystemIds: readonly string[];
  readonly notes: string;
}

export const LEARNING_PROGRAMME_LIMITS = { sessions: 20, titleMaxLength: 200, notesMaxLength: 2000, topics: 20, topicMaxLength: 200 } as const;

export interface PlanProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * Everything wrong with a plan, given the cohort's ICSs and the canvas's domain keys (an empty list when it can be
 * saved). Field paths name the place: `groupSessions[0].title`.
 */
export function learningProgrammePlanProblems(
  plan: LearningProgrammePlan,
  facts: { readonly systemIds: readonly string[]; readonly domainKeys: readonly string[]; readonly recommendationIds: readonly string[] },
): PlanProblem[] {
  const L = LEARNING_PROGRAMME_LIMITS;
  const problems: PlanProblem[] = [];
  const systems = new Set(facts.systemIds);
  const domains = new Set(facts.domainKeys);
  const recommendations = new Set(facts.recommendationIds);
  if (plan.groupSessions.length > L.sessions) problems.push({ field: 'groupSessions', message: `Plan at most ${L.sessions} group sessions.` });
  plan.groupSessions.forEach((s, i) => {
    const at = `groupSessions[${i}]`;
    if (!domains.has(s.domainKey)) problems.push({ field: `${at}.domainKey`, message: 'Choose a domain of the canvas.' });
    if (s.title.trim() === '') problems.push({ field: `${at}.title`, message: 'Give the session a title.' });
    if (s.title.length > L.titleMaxLength) problems.push({ field: `${at}.title`, message: `Titles must be ${L.titleMaxLength} characters or fewer.` });
    if (s.notes.length > L.notesMaxLength) problems.push({ field: `${at}.notes`, message: `Notes must be ${L.notesMaxLength} characters or fewer.` });
    if (s.systemIds.some((id) => !systems.has(id))) problems.push({ field: `${at}.systemIds`, message: 'Invite only ICSs in this cohort.' });
  });
  const seen = new Set<string>();
  plan.individualCoaching.forEach((c, i) => {
    const at = `individualCoaching[${i}]`;
    if (!systems.has(c.systemId)) problems.push({ field: `${at}.systemId`, message: 'Plan coaching only for ICSs in this cohort.' });
    if (seen.has(c.systemId)) problems.push({ field: `${at}.systemId`, message: 'Plan each ICS’s coaching once.' });
    seen.add(c.systemId);
    if (c.topics.length > L.topics) problems.push({ field: `${at}.topics`, message: `List at most ${L.topics} topics.` });
    if (c.topics.some((t) => t.trim() === '' || t.length > L.topicMaxLength)) {
      problems.push({ field: `${at}.topics`, message: `Each topic needs some text, ${L.topicMaxLength} characters or fewer.` });
    }
    if (c.recommendationIds.some((id) => !recommendations.has(id))) problems.push({ field: `${at}.recommendationIds`, message: 'Choose recommendations from the list.' });
    if (c.peerSystemIds.some((id) => !systems.has(id) || id === c.systemId)) {
      problems.push({ field: `${at}.peerSystemIds`, message: 'Suggest peers from the other ICSs in this cohort.' });
    }
    if (c.notes.length > L.notesMaxLength) problems.push({ field: `${at}.notes`, message: `Notes must be ${L.notesMaxLength} characters or fewer.` });
  });
  return problems;
}
