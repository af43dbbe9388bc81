/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AcceptInvitationInput = {
  /** The password they choose. Leave out for single sign-on. */
  password?: string | null | undefined;
  /** The token from the invitation link. */
  token: string;
};

export type ActionPlanItemInput = {
  action: string;
  domainKey: string;
  dueOn?: string | null | undefined;
  owner?: string | null | undefined;
  status?: ActionStatus | null | undefined;
};

export type ActionStatus =
  | 'DONE'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

export type AddReviewCommentInput = {
  assessmentId: string;
  /** Plain text, up to 2,000 characters. */
  body: string;
  criterionKey: string;
};

/** Rogers’ adopter categories. */
export type AdopterCategory =
  | 'EARLY_ADOPTERS'
  | 'EARLY_MAJORITY'
  | 'INNOVATORS'
  | 'LAGGARDS'
  | 'LATE_MAJORITY';

export type AssessmentStatus =
  | 'DRAFT'
  | 'IN_REVIEW'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'VALIDATED';

/** SUBMIT and WITHDRAW by the ICS; START_REVIEW, RETURN and VALIDATE by its coach or an admin. */
export type AssessmentTransition =
  | 'RETURN'
  | 'START_REVIEW'
  | 'SUBMIT'
  | 'VALIDATE'
  | 'WITHDRAW';

/** Which events to list; every field is optional and they all apply together. */
export type AuditEventFilter = {
  /** Only these kinds of event (see `auditEvents.kinds`). */
  actions?: Array<string> | null | undefined;
  /** Only what this person did. */
  actorUserId?: string | null | undefined;
  /** From this day (YYYY-MM-DD, UK time), inclusive. */
  from?: string | null | undefined;
  /** Only events about this ICS (its assessments, action plan, sharing choice, leads, cohort membership). */
  systemId?: string | null | undefined;
  /** Up to this day (YYYY-MM-DD, UK time), inclusive. */
  to?: string | null | undefined;
};

export type ChangePasswordInput = {
  currentPassword: string;
  newPassword: string;
};

/** How sure the ICS is of its self-assessed level. */
export type Confidence =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

export type CreateCohortInput = {
  description?: string | null | undefined;
  name: string;
};

/** Where a cycle is in its life today. */
export type CyclePhase =
  | 'CLOSED'
  | 'NOT_YET_OPEN'
  | 'OPEN'
  | 'PAST_CLOSING_DATE'
  | 'PUBLISHED';

/** Where an ICS's assessment is in a cycle. */
export type CycleProgressStatus =
  | 'IN_PROGRESS'
  | 'IN_REVIEW'
  | 'NOT_STARTED'
  | 'RETURNED'
  | 'SUBMITTED'
  | 'VALIDATED';

export type DomainStatus =
  | 'COMPLETED'
  | 'IN_PROGRESS'
  | 'NOT_STARTED';

/** Absolute score bands (0–100, descending) for FIXED_THRESHOLDS. */
export type FixedThresholdsInput = {
  earlyAdopters: number;
  earlyMajority: number;
  innovators: number;
  lateMajority: number;
};

/** How a canvas version is written as a file. */
export type FrameworkDocumentFormat =
  | 'JSON'
  | 'YAML';

/** A draft; published and in use; or retired (published, and a newer version has been published since). */
export type FrameworkLifecycle =
  | 'DRAFT'
  | 'PUBLISHED'
  | 'RETIRED';

export type GrantRoleInput = {
  /** Required for COACH: the cohort they coach. */
  cohortId?: string | null | undefined;
  role: Role;
  /** Required for ICS_LEAD: the ICS they lead. */
  systemId?: string | null | undefined;
  userId: string;
};

export type InviteUserInput = {
  email: string;
  name: string;
  roles: Array<InvitedRoleInput>;
  /** They sign in with NHS single sign-on (only when it is set up), so they choose no password. */
  singleSignOn?: boolean | null | undefined;
};

/** A role the invited person will hold: the same choices as a role grant. */
export type InvitedRoleInput = {
  /** Required for COACH: the cohort they coach. */
  cohortId?: string | null | undefined;
  role: Role;
  /** Required for ICS_LEAD: the ICS they lead. */
  systemId?: string | null | undefined;
};

/** One criterion’s corrected level. */
export type LevelCorrectionInput = {
  criterionKey: string;
  /** 1–5: the level that will count in the ICS’s figures. */
  level: number;
};

export type ModerateResponseInput = {
  assessmentId: string;
  /** Why: added to the criterion’s comment thread when not empty. */
  comment?: string | null | undefined;
  criterionKey: string;
  /** The version you last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Your moderated level, 1–5; null clears it. The self-assessed level is never changed. */
  moderatedLevel?: number | null | undefined;
};

export type NotificationKind =
  | 'ASSESSMENT_RETURNED'
  | 'ASSESSMENT_SUBMITTED'
  | 'ASSESSMENT_SUBMITTED_ON_BEHALF'
  | 'ASSESSMENT_VALIDATED'
  | 'COMMENT_FROM_ICS'
  | 'COMMENT_FROM_REVIEWER'
  | 'CYCLE_CLOSED'
  | 'CYCLE_CLOSING'
  | 'CYCLE_CLOSING_DATE_CHANGED'
  | 'CYCLE_PUBLISHED'
  | 'FIGURES_REVISED'
  | 'RECORDING_ON_BEHALF_STARTED'
  | 'SIGN_OFF_QUERIED';

export type OpenAssessmentCycleInput = {
  /** ISO date (YYYY-MM-DD). */
  closesOn: string;
  /** Only this cohort takes part; leave out for all 42 ICSs. */
  cohortId?: string | null | undefined;
  frameworkId: string;
  /** Whether its scores are illustrative (demonstration data, always labelled so). False when left out. */
  illustrative?: boolean | null | undefined;
  name: string;
  /** ISO date (YYYY-MM-DD). */
  opensOn: string;
};

/** How ICSs are placed on the diffusion curve. */
export type PlacementMethod =
  | 'FIXED_THRESHOLDS'
  | 'NATURAL_BREAKS'
  | 'ROGERS_QUANTILES';

export type PlannedCoachingInput = {
  notes?: string;
  peerSystemIds?: Array<string>;
  recommendationIds?: Array<string>;
  systemId: string;
  topics: Array<string>;
};

export type PlannedGroupSessionInput = {
  domainKey: string;
  notes?: string;
  systemIds: Array<string>;
  title: string;
};

export type QuickCheckAnswerInput = {
  /** Null clears the answer. */
  answer?: QuickCheckAnswerValue | null | undefined;
  questionKey: string;
};

export type QuickCheckAnswerValue =
  | 'AGREE'
  | 'DISAGREE'
  | 'PARTIALLY_AGREE';

export type RecordOnBehalfInput = {
  assessmentId: string;
  expectedVersion: number;
};

export type ResetPasswordInput = {
  newPassword: string;
  /** The token from the emailed link (/reset-password/<token>). */
  token: string;
};

/** The whole answer to one criterion (it replaces what was saved). */
export type ResponseInput = {
  confidence?: Confidence | null | undefined;
  criterionKey: string;
  evidence?: string | null | undefined;
  links?: Array<string> | null | undefined;
  notAssessed?: boolean | null | undefined;
  selfLevel?: number | null | undefined;
  /** ISO date (YYYY-MM-DD). */
  targetDate?: string | null | undefined;
  targetLevel?: number | null | undefined;
};

/** The ICS (its leads) or its reviewers (coaches, admins). */
export type ReviewSide =
  | 'ICS'
  | 'REVIEWER';

/** What a person may do: lead one ICS, coach one cohort, view everything, or administer. */
export type Role =
  /** Manages accounts, roles, cohorts and cycles. */
  | 'ADMIN'
  /** Reviews and supports the ICSs of one cohort. */
  | 'COACH'
  /** Completes the canvas for one ICS. */
  | 'ICS_LEAD'
  /** Reads the landscape of all 42 ICSs. */
  | 'NATIONAL';

export type SaveAnswersInput = {
  assessmentId: string;
  /** The version you last saw; a stale one is refused with CONFLICT. */
  expectedVersion: number;
  /** Sent as a page closes while an earlier save of yours (sent with expectedVersion) may still be under way: also accepted on top of the version that save makes (expectedVersion + 1), but only if you made it. */
  followsOwnSave?: boolean;
  quickCheckAnswers?: Array<QuickCheckAnswerInput>;
  responses?: Array<ResponseInput>;
};

export type SaveLearningProgrammeInput = {
  cohortId: string;
  cycleId: string;
  /** The version you last saw; null when saving the first plan. */
  expectedVersion?: number | null | undefined;
  groupSessions: Array<PlannedGroupSessionInput>;
  individualCoaching: Array<PlannedCoachingInput>;
};

export type SignInInput = {
  email: string;
  password: string;
};

/** An ICS lead’s answer to their provisional figures. */
export type SignOffAnswer =
  | 'CONFIRMED'
  | 'QUERIED';

/** Where an ICS is in the sign-off of a closed cycle. */
export type SignOffState =
  | 'CONFIRMED'
  | 'NOT_ANSWERED'
  | 'QUERIED';

export type TransitionAssessmentInput = {
  assessmentId: string;
  /** Required to SUBMIT: the ICS lead confirms the answers are accurate and agreed. */
  declarationConfirmed?: boolean | null | undefined;
  expectedVersion: number;
  /** Required to RETURN: what the ICS needs to change. */
  reason?: string | null | undefined;
  transition: AssessmentTransition;
};

export type TurnOffSecondStepInput = {
  /** A current code from the authenticator app… */
  code?: string | null | undefined;
  /** …or the current password. */
  password?: string | null | undefined;
};

export type ReviewCommentFieldsFragment = { id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string };

export type EndMySessionMutationVariables = Exact<{
  sessionId: string;
}>;


export type EndMySessionMutation = { endMySession: boolean };

export type EndMyOtherSessionsMutationVariables = Exact<{ [key: string]: never; }>;


export type EndMyOtherSessionsMutation = { endMyOtherSessions: number };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { myAccount: { id: string, name: string, email: string, hasPassword: boolean, sessions: Array<{ id: string, device: string, signedInAt: string, lastUsedAt: string, current: boolean }> } };

export type ChangePasswordMutationVariables = Exact<{
  input: ChangePasswordInput;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: string };

export type PasswordResetLinkWorksQueryVariables = Exact<{
  token: string;
}>;


export type PasswordResetLinkWorksQuery = { passwordResetLinkWorks: boolean };

export type ResetPasswordMutationVariables = Exact<{
  input: ResetPasswordInput;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ActionPlanQueryVariables = Exact<{
  systemId: string;
}>;


export type ActionPlanQuery = { actionPlan: Array<{ id: string, domainKey: string, action: string, owner: string, dueOn: string | null, status: ActionStatus, createdAt: string }>, systems: Array<{ id: string, name: string }>, actionPlanFramework: { domains: Array<{ key: string, number: number, title: string }> } };

export type AddActionMutationVariables = Exact<{
  systemId: string;
  input: ActionPlanItemInput;
}>;


export type AddActionMutation = { addAction: { id: string } };

export type UpdateActionMutationVariables = Exact<{
  id: string;
  input: ActionPlanItemInput;
}>;


export type UpdateActionMutation = { updateAction: { id: string } };

export type RemoveActionMutationVariables = Exact<{
  id: string;
}>;


export type RemoveActionMutation = { removeAction: boolean };

export type CopyPreviousAnswersMutationVariables = Exact<{
  assessmentId: string;
  expectedVersion: number;
}>;


export type CopyPreviousAnswersMutation = { copyPreviousAnswers: { id: string, status: AssessmentStatus, version: number, updatedAt: string, canEdit: boolean, canComment: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, submittedAt: string | null, availableTransitions: Array<AssessmentTransition>, previousCycleToCopy: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, fromStatus: AssessmentStatus, toStatus: AssessmentStatus, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type AssessmentStateFragment = { id: string, status: AssessmentStatus, version: number, updatedAt: string, canEdit: boolean, canComment: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, submittedAt: string | null, availableTransitions: Array<AssessmentTransition>, previousCycleToCopy: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, fromStatus: AssessmentStatus, toStatus: AssessmentStatus, reason: string | null, actorName: string | null, occurredAt: string }> };

export type AssessmentQueryVariables = Exact<{
  id: string;
}>;


export type AssessmentQuery = { assessment: { id: string, status: AssessmentStatus, version: number, updatedAt: string, canEdit: boolean, canComment: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, submittedAt: string | null, availableTransitions: Array<AssessmentTransition>, previousCycleToCopy: string | null, cycle: { id: string, name: string, closesOn: string }, system: { id: string, name: string }, framework: { id: string, title: string, version: number, domains: Array<{ key: string, number: number, title: string, summary: string, sources: Array<{ seed: string, section: string, note: string | null }>, criteria: Array<{ key: string, statement: string, guidance: string, evidencePrompts: Array<string>, sources: Array<{ seed: string, section: string, note: string | null }>, levels: Array<{ level: number, descriptor: string }> }>, quickCheck: Array<{ key: string, statement: string }> }> }, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, fromStatus: AssessmentStatus, toStatus: AssessmentStatus, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type ReplyToReviewMutationVariables = Exact<{
  input: AddReviewCommentInput;
}>;


export type ReplyToReviewMutation = { addReviewComment: { id: string, status: AssessmentStatus, version: number, updatedAt: string, canEdit: boolean, canComment: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, submittedAt: string | null, availableTransitions: Array<AssessmentTransition>, previousCycleToCopy: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, fromStatus: AssessmentStatus, toStatus: AssessmentStatus, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type MyAssessmentsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAssessmentsQuery = { myAssessments: Array<{ id: string, status: AssessmentStatus, canEdit: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, cycle: { id: string, name: string, closesOn: string }, system: { id: string, name: string }, progress: Array<{ domainKey: string, status: DomainStatus }> }> };

export type SaveAnswersMutationVariables = Exact<{
  input: SaveAnswersInput;
}>;


export type SaveAnswersMutation = { saveAnswers: { assessmentId: string, status: AssessmentStatus, version: number, updatedAt: string, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }> } };

export type TransitionAssessmentMutationVariables = Exact<{
  input: TransitionAssessmentInput;
}>;


export type TransitionAssessmentMutation = { transitionAssessment: { id: string, status: AssessmentStatus, version: number, updatedAt: string, canEdit: boolean, canComment: boolean, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, submittedAt: string | null, availableTransitions: Array<AssessmentTransition>, previousCycleToCopy: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, quickCheckAnswers: Array<{ questionKey: string, answer: QuickCheckAnswerValue }>, progress: Array<{ domainKey: string, answered: number, total: number, status: DomainStatus }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, fromStatus: AssessmentStatus, toStatus: AssessmentStatus, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type AuditTrailQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditEvents: { endCursor: string | null, hasNextPage: boolean, events: Array<{ id: string, occurredAt: string, actorName: string | null, description: string, subjectKind: string, subjectName: string | null, systemName: string | null }>, kinds: Array<{ action: string, description: string }>, people: Array<{ id: string, name: string }> }, systems: Array<{ id: string, name: string }> };

export type AuditTrailCsvQueryVariables = Exact<{
  filter?: AuditEventFilter | null | undefined;
}>;


export type AuditTrailCsvQuery = { auditEventsCsv: { csv: string, rows: number, truncated: boolean } };

export type SignedInAccountFieldsFragment = { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }>, secondStep: { mustEnrolBeforeContinuing: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }>, secondStep: { mustEnrolBeforeContinuing: boolean } } | null };

export type SignInMethodsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInMethodsQuery = { signInMethods: { password: boolean, singleSignOn: { name: string, url: string } | null } };

export type InvitationQueryVariables = Exact<{
  token: string;
}>;


export type InvitationQuery = { invitation: { name: string, email: string, singleSignOn: boolean } };

export type AcceptInvitationMutationVariables = Exact<{
  input: AcceptInvitationInput;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }>, secondStep: { mustEnrolBeforeContinuing: boolean } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }>, secondStep: { mustEnrolBeforeContinuing: boolean } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type MySecondStepQueryVariables = Exact<{ [key: string]: never; }>;


export type MySecondStepQuery = { me: { id: string, email: string, secondStep: { enrolled: boolean, required: boolean, available: boolean, recoveryCodesLeft: number | null, mustEnrolBeforeContinuing: boolean } } | null };

export type StartSecondStepEnrolmentMutationVariables = Exact<{ [key: string]: never; }>;


export type StartSecondStepEnrolmentMutation = { startSecondStepEnrolment: { manualKey: string, qrCodeDataUrl: string } };

export type ConfirmSecondStepEnrolmentMutationVariables = Exact<{
  code: string;
}>;


export type ConfirmSecondStepEnrolmentMutation = { confirmSecondStepEnrolment: { codes: Array<string> } };

export type TurnOffSecondStepMutationVariables = Exact<{
  input: TurnOffSecondStepInput;
}>;


export type TurnOffSecondStepMutation = { turnOffSecondStep: { id: string } };

export type CompleteSignInWithSecondStepMutationVariables = Exact<{
  code: string;
}>;


export type CompleteSignInWithSecondStepMutation = { completeSignInWithSecondStep: { usedRecoveryCode: boolean, recoveryCodesLeft: number, account: { id: string, name: string, email: string, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }>, secondStep: { mustEnrolBeforeContinuing: boolean } } } };

export type PrintableCanvasQueryVariables = Exact<{ [key: string]: never; }>;


export type PrintableCanvasQuery = { canvasFrameworks: Array<{ id: string, title: string, version: number, status: string, scale: Array<{ level: number, label: string, meaning: string }>, domains: Array<{ key: string, number: number, title: string, summary: string, criteria: Array<{ key: string, statement: string, guidance: string, evidencePrompts: Array<string>, levels: Array<{ label: string, level: number, descriptor: string }>, sources: Array<{ seed: string, section: string, note: string | null }> }>, sources: Array<{ seed: string, section: string, note: string | null }>, quickCheck: Array<{ key: string, statement: string }> }> }> };

export type CanvasVersionsQueryVariables = Exact<{ [key: string]: never; }>;


export type CanvasVersionsQuery = { canvasFrameworks: Array<{ id: string, version: number, title: string, lifecycle: FrameworkLifecycle, publishedAt: string | null }> };

export type CanvasVersionQueryVariables = Exact<{
  id: string;
}>;


export type CanvasVersionQuery = { canvasFramework: { id: string, version: number, title: string, status: string, lifecycle: FrameworkLifecycle, publishedAt: string | null, domains: Array<{ key: string, number: number, title: string, criteria: Array<{ key: string, statement: string }> }>, problems: Array<{ code: string, field: string, line: number | null, message: string }>, crosswalk: { title: string, publisher: string, year: number, domains: Array<{ key: string, title: string, criteria: Array<{ key: string, statement: string }> }> } | null, changesSincePrevious: { fromVersion: number, toVersion: number, unchanged: boolean, domainsAdded: Array<{ key: string, description: string }>, domainsRenamed: Array<{ key: string, description: string }>, domainsRetired: Array<{ key: string, description: string }>, criteriaAdded: Array<{ key: string, description: string }>, criteriaRenamed: Array<{ key: string, description: string }>, criteriaRetired: Array<{ criterionKey: string, kind: string, description: string, replacedBy: Array<{ criterionKey: string, statement: string, note: string | null }> }>, criteriaReworded: Array<{ key: string, description: string }>, levelsChanged: Array<{ criterionKey: string, description: string, levels: Array<{ level: number, before: string, after: string }> }>, scaleChanged: Array<{ key: string, description: string }> } | null } };

export type CanvasVersionPreviewQueryVariables = Exact<{
  id: string;
}>;


export type CanvasVersionPreviewQuery = { canvasFramework: { id: string, title: string, version: number, status: string, scale: Array<{ level: number, label: string, meaning: string }>, domains: Array<{ key: string, number: number, title: string, summary: string, criteria: Array<{ key: string, statement: string, guidance: string, evidencePrompts: Array<string>, levels: Array<{ label: string, level: number, descriptor: string }>, sources: Array<{ seed: string, section: string, note: string | null }> }>, sources: Array<{ seed: string, section: string, note: string | null }>, quickCheck: Array<{ key: string, statement: string }> }> } };

export type FrameworkDocumentQueryVariables = Exact<{
  id: string;
  format: FrameworkDocumentFormat;
}>;


export type FrameworkDocumentQuery = { frameworkDocument: string };

export type CreateFrameworkDraftMutationVariables = Exact<{ [key: string]: never; }>;


export type CreateFrameworkDraftMutation = { createFrameworkDraft: { id: string, version: number } };

export type ImportFrameworkDraftMutationVariables = Exact<{
  document: string;
  format: FrameworkDocumentFormat;
}>;


export type ImportFrameworkDraftMutation = { importFrameworkDraft: { id: string, version: number } };

export type PublishFrameworkMutationVariables = Exact<{
  id: string;
}>;


export type PublishFrameworkMutation = { publishFramework: { id: string, version: number } };

export type CohortOverviewQueryVariables = Exact<{
  cohortId: string;
  cycleId?: string | null | undefined;
}>;


export type CohortOverviewQuery = { cohortOverview: { cohortId: string, cohortName: string, cycle: { id: string, name: string, illustrative: boolean } | null, cycles: Array<{ id: string, name: string }>, previousCycle: { id: string, name: string } | null, domains: Array<{ key: string, number: number, title: string }>, members: Array<{ systemId: string, systemName: string, assessmentId: string | null, status: AssessmentStatus | null, version: number | null, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, canRecordOnBehalf: boolean, canRead: boolean, overallScore: number | null, basis: string | null, category: AdopterCategory | null, previousOverallScore: number | null, domainScores: Array<{ domainKey: string, score: number | null, incomplete: boolean }>, calibration: { meanGapPoints: number | null, count: number } }> } };

export type LearningProgrammeDetailsFragment = { cohortId: string, cohortName: string, version: number | null, updatedAt: string | null, updatedByName: string | null, cycle: { id: string, name: string, frameworkId: string, illustrative: boolean }, systems: Array<{ id: string, name: string }>, proposal: { unscoredSystemIds: Array<string>, groupSessions: Array<{ domainKey: string, meanScore: number, scoredMembers: number, systemIds: Array<string>, coachingTopics: Array<string>, recommendationIds: Array<string> }>, individualCoaching: Array<{ systemId: string, gaps: Array<{ domainKey: string, score: number, coachingTopics: Array<string>, recommendationIds: Array<string>, peers: Array<{ systemId: string, category: AdopterCategory, score: number }> }> }> }, plan: { groupSessions: Array<{ domainKey: string, title: string, systemIds: Array<string>, notes: string }>, individualCoaching: Array<{ systemId: string, topics: Array<string>, recommendationIds: Array<string>, peerSystemIds: Array<string>, notes: string }> } };

export type LearningProgrammeQueryVariables = Exact<{
  cohortId: string;
  cycleId: string;
}>;


export type LearningProgrammeQuery = { learningProgramme: { cohortId: string, cohortName: string, version: number | null, updatedAt: string | null, updatedByName: string | null, cycle: { id: string, name: string, frameworkId: string, illustrative: boolean }, systems: Array<{ id: string, name: string }>, proposal: { unscoredSystemIds: Array<string>, groupSessions: Array<{ domainKey: string, meanScore: number, scoredMembers: number, systemIds: Array<string>, coachingTopics: Array<string>, recommendationIds: Array<string> }>, individualCoaching: Array<{ systemId: string, gaps: Array<{ domainKey: string, score: number, coachingTopics: Array<string>, recommendationIds: Array<string>, peers: Array<{ systemId: string, category: AdopterCategory, score: number }> }> }> }, plan: { groupSessions: Array<{ domainKey: string, title: string, systemIds: Array<string>, notes: string }>, individualCoaching: Array<{ systemId: string, topics: Array<string>, recommendationIds: Array<string>, peerSystemIds: Array<string>, notes: string }> } }, canvasFrameworks: Array<{ id: string, domains: Array<{ key: string, number: number, title: string }> }> };

export type CohortCyclesQueryVariables = Exact<{
  cohortId: string;
}>;


export type CohortCyclesQuery = { cohortOverview: { cohortName: string, cycle: { id: string } | null, cycles: Array<{ id: string, name: string }> } };

export type RecordAssessmentOnBehalfMutationVariables = Exact<{
  input: RecordOnBehalfInput;
}>;


export type RecordAssessmentOnBehalfMutation = { recordAssessmentOnBehalf: { id: string, version: number, recordedOnBehalfBy: string | null } };

export type SaveLearningProgrammeMutationVariables = Exact<{
  input: SaveLearningProgrammeInput;
}>;


export type SaveLearningProgrammeMutation = { saveLearningProgramme: { cohortId: string, cohortName: string, version: number | null, updatedAt: string | null, updatedByName: string | null, cycle: { id: string, name: string, frameworkId: string, illustrative: boolean }, systems: Array<{ id: string, name: string }>, proposal: { unscoredSystemIds: Array<string>, groupSessions: Array<{ domainKey: string, meanScore: number, scoredMembers: number, systemIds: Array<string>, coachingTopics: Array<string>, recommendationIds: Array<string> }>, individualCoaching: Array<{ systemId: string, gaps: Array<{ domainKey: string, score: number, coachingTopics: Array<string>, recommendationIds: Array<string>, peers: Array<{ systemId: string, category: AdopterCategory, score: number }> }> }> }, plan: { groupSessions: Array<{ domainKey: string, title: string, systemIds: Array<string>, notes: string }>, individualCoaching: Array<{ systemId: string, topics: Array<string>, recommendationIds: Array<string>, peerSystemIds: Array<string>, notes: string }> } } };

export type AddSystemToCohortMutationVariables = Exact<{
  cohortId: string;
  systemId: string;
}>;


export type AddSystemToCohortMutation = { addSystemToCohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }>, projects: Array<{ id: string, systemId: string, systemName: string, name: string, pathway: string, description: string }> } };

export type RemoveSystemFromCohortMutationVariables = Exact<{
  cohortId: string;
  systemId: string;
}>;


export type RemoveSystemFromCohortMutation = { removeSystemFromCohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }>, projects: Array<{ id: string, systemId: string, systemName: string, name: string, pathway: string, description: string }> } };

export type CreateCohortMutationVariables = Exact<{
  input: CreateCohortInput;
}>;


export type CreateCohortMutation = { createCohort: { id: string, name: string } };

export type CohortSystemChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortSystemChoicesQuery = { systems: Array<{ id: string, name: string, region: { id: string, name: string } }> };

export type CohortDetailsFragment = { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }>, projects: Array<{ id: string, systemId: string, systemName: string, name: string, pathway: string, description: string }> };

export type CohortQueryVariables = Exact<{
  id: string;
}>;


export type CohortQuery = { cohort: { id: string, name: string, description: string, systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, coaches: Array<{ id: string, name: string }>, projects: Array<{ id: string, systemId: string, systemName: string, name: string, pathway: string, description: string }> } };

export type CohortsQueryVariables = Exact<{ [key: string]: never; }>;


export type CohortsQuery = { cohorts: Array<{ id: string, name: string, description: string, systems: Array<{ id: string, name: string }>, coaches: Array<{ id: string, name: string }> }> };

export type AdminCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCyclesQuery = { assessmentCycles: Array<{ id: string, name: string, frameworkId: string, opensOn: string, closesOn: string, illustrative: boolean, phase: CyclePhase, phaseLabel: string, closedOn: string | null, closedEarly: boolean, cohort: { id: string, name: string } | null }>, canvasFrameworks: Array<{ id: string, title: string, version: number, status: string }> };

export type OpenCycleChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenCycleChoicesQuery = { canvasFrameworks: Array<{ id: string, title: string, version: number, usableForNewCycle: boolean }>, cohorts: Array<{ id: string, name: string, systems: Array<{ id: string }> }> };

export type CycleProgressQueryVariables = Exact<{
  cycleId: string;
}>;


export type CycleProgressQuery = { cycleProgress: { csvHeaders: Array<string>, cycle: { id: string, name: string, frameworkId: string, opensOn: string, closesOn: string, illustrative: boolean, phase: CyclePhase, phaseLabel: string, closedOn: string | null, closedEarly: boolean, cohort: { id: string, name: string } | null, framework: { id: string, title: string, version: number, lifecycle: FrameworkLifecycle } }, counts: Array<{ status: CycleProgressStatus, label: string, count: number }>, rows: Array<{ systemId: string, systemName: string, regionName: string, status: CycleProgressStatus, label: string, answeredCount: number, criteriaCount: number, updatedOn: string | null }> } };

export type OpenAssessmentCycleMutationVariables = Exact<{
  input: OpenAssessmentCycleInput;
}>;


export type OpenAssessmentCycleMutation = { openAssessmentCycle: { id: string, name: string } };

export type ChangeCycleClosingDateMutationVariables = Exact<{
  cycleId: string;
  closesOn: string;
}>;


export type ChangeCycleClosingDateMutation = { changeCycleClosingDate: { id: string, closesOn: string } };

export type CloseAssessmentCycleMutationVariables = Exact<{
  cycleId: string;
}>;


export type CloseAssessmentCycleMutation = { closeAssessmentCycle: { id: string, closedOn: string | null, closedEarly: boolean } };

export type HomeQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeQuery = { home: { leads: Array<{ systemId: string, systemName: string, openActionCount: number, assessment: { id: string, status: AssessmentStatus, cycleName: string, illustrative: boolean, closesOn: string, daysLeft: number, canEdit: boolean, criteriaAnswered: number, criteriaTotal: number, returnReason: string | null, recordedOnBehalfBy: string | null, domainsLeft: Array<{ domainKey: string, number: number, title: string, answered: number, total: number }>, returnedItems: Array<{ criterionKey: string, criterionStatement: string, domainKey: string, domainNumber: number, domainTitle: string, comment: string, authorName: string | null }> } | null, overdueActions: Array<{ id: string, action: string, owner: string, dueOn: string | null, status: ActionStatus }>, nextActions: Array<{ id: string, action: string, owner: string, dueOn: string | null, status: ActionStatus }> }>, coach: { reviewsWaiting: Array<{ assessmentId: string, systemName: string, cycleName: string, status: AssessmentStatus, daysWaiting: number }>, cohorts: Array<{ cohortId: string, cohortName: string, memberCount: number, cycleId: string | null, cycleName: string | null, closesOn: string | null, statusCounts: Array<{ status: AssessmentStatus, count: number }> }> } | null, national: { latestPublished: { cycleId: string, cycleName: string, illustrative: boolean, methodDescription: string, assessed: number, categoryCounts: Array<{ category: AdopterCategory, label: string, count: number }> } | null, provisional: Array<{ cycleId: string, cycleName: string, illustrative: boolean, opensOn: string, closesOn: string, daysLeft: number, closedOn: string | null, open: boolean, closingSoon: boolean, cohortName: string | null, participating: number, statusCounts: Array<{ status: AssessmentStatus, count: number }> }> } | null, admin: { reviewsWaiting: number, cohortsWithoutCoach: Array<{ id: string, name: string }>, systemsWithoutLead: Array<{ id: string, name: string }>, openCycles: Array<{ cycleId: string, cycleName: string, illustrative: boolean, opensOn: string, closesOn: string, daysLeft: number, closedOn: string | null, open: boolean, closingSoon: boolean, cohortName: string | null, participating: number, statusCounts: Array<{ status: AssessmentStatus, count: number }> }>, closedUnpublished: Array<{ cycleId: string, cycleName: string, illustrative: boolean, opensOn: string, closesOn: string, daysLeft: number, closedOn: string | null, open: boolean, closingSoon: boolean, cohortName: string | null, participating: number, statusCounts: Array<{ status: AssessmentStatus, count: number }> }> } | null } };

export type HomeCycleProgressFragment = { cycleId: string, cycleName: string, illustrative: boolean, opensOn: string, closesOn: string, daysLeft: number, closedOn: string | null, open: boolean, closingSoon: boolean, cohortName: string | null, participating: number, statusCounts: Array<{ status: AssessmentStatus, count: number }> };

export type CrosswalkLandscapeQueryVariables = Exact<{
  cycleId: string;
}>;


export type CrosswalkLandscapeQuery = { crosswalkLandscape: { published: boolean, illustrative: boolean, citation: string | null, frameworkVersion: number | null, mappedFromVersion: number | null, mappingNote: string | null, cycle: { id: string, name: string }, figures: Array<{ key: string, title: string, count: number, lowerQuartile: number | null, median: number | null, upperQuartile: number | null }>, systems: Array<{ systemId: string, name: string, regionName: string, basis: string, scores: Array<{ key: string, score: number | null, incomplete: boolean }> }> } };

export type LandscapeChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type LandscapeChoicesQuery = { newestLandscape: { cycleId: string | null }, assessmentCycles: Array<{ id: string, name: string, illustrative: boolean, publishedAt: string | null, frameworkId: string }>, canvasFrameworks: Array<{ id: string, domains: Array<{ key: string, number: number, title: string }> }> };

export type LandscapeQueryVariables = Exact<{
  cycleId: string;
  method: PlacementMethod;
  naturalBreaksK?: number | null | undefined;
  thresholds?: FixedThresholdsInput | null | undefined;
}>;


export type LandscapeQuery = { landscape: { assessed: number, published: boolean, illustrative: boolean, method: PlacementMethod, methodDescription: string, cycle: { id: string, name: string, frameworkId: string }, categoryCounts: Array<{ category: AdopterCategory, count: number, label: string }>, regionCounts: Array<{ regionName: string, withheld: boolean, namedOnly: boolean, counts: Array<{ category: AdopterCategory, count: number }> }>, chasm: { gap: number | null, lowestEarlyAdopterScore: number | null, highestEarlyMajorityScore: number | null, nearest: Array<{ systemId: string | null, name: string | null, score: number, distance: number }> }, entries: Array<{ systemId: string | null, name: string | null, onsCode: string | null, regionName: string | null, own: boolean, overallScore: number | null, basis: string, category: AdopterCategory | null, rank: number | null, domainScores: Array<{ domainKey: string, score: number | null, incomplete: boolean }>, revision: { number: number, note: string } | null }> } };

export type MovementQueryVariables = Exact<{
  fromCycleId: string;
  toCycleId: string;
  method: PlacementMethod;
  naturalBreaksK?: number | null | undefined;
  thresholds?: FixedThresholdsInput | null | undefined;
}>;


export type MovementQuery = { movement: { methodDescription: string, movedUp: number, movedDown: number, stayed: number, from: { id: string, name: string }, to: { id: string, name: string }, cells: Array<{ from: AdopterCategory, to: AdopterCategory, count: number }>, moves: Array<{ systemId: string | null, name: string | null, regionName: string | null, cohortNames: Array<string>, fromScore: number | null, toScore: number | null, from: AdopterCategory, to: AdopterCategory, direction: string }>, acrossVersions: { fromVersion: number, toVersion: number, summary: string } | null } };

export type NotificationsQueryVariables = Exact<{
  first: number;
}>;


export type NotificationsQuery = { notifications: { unreadCount: number, items: Array<{ id: string, kind: NotificationKind, message: string, assessmentId: string | null, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string> | string;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { notifications: { unreadCount: number } };

export type SystemCrosswalkQueryVariables = Exact<{
  systemId: string;
}>;


export type SystemCrosswalkQuery = { systemProfile: { system: { id: string }, cycles: Array<{ published: boolean, cycle: { id: string, name: string, illustrative: boolean }, crosswalk: { citation: string, frameworkVersion: number, mappedFromVersion: number | null, mappingNote: string | null, domains: Array<{ key: string, title: string, score: number | null, incomplete: boolean, criteria: number, scored: number, basis: string }> } | null }> } };

export type SystemProfileQueryVariables = Exact<{
  systemId: string;
}>;


export type SystemProfileQuery = { systemProfile: { calibrationCycleName: string | null, evidenceCycleName: string | null, system: { id: string, name: string, region: { id: string, name: string } }, evidence: Array<{ domainKey: string, criteria: number, withEvidence: number, withLinks: number, notAssessed: number }>, calibration: Array<{ domainKey: string, meanGap: number | null, count: number }>, peerMatches: Array<{ domainKey: string, score: number, matches: Array<{ systemId: string, name: string, category: AdopterCategory, score: number }> }>, cycles: Array<{ basis: string, category: AdopterCategory | null, published: boolean, overallScore: number | null, cycle: { id: string, name: string, illustrative: boolean, frameworkId: string }, domainScores: Array<{ domainKey: string, score: number | null, incomplete: boolean }>, progress: Array<{ domainKey: string, delta: number | null }>, comparedAcrossVersions: { fromVersion: number, toVersion: number, summary: string } | null, peers: Array<{ group: string, groupKey: string, groupName: string, figures: Array<{ domainKey: string, score: number | null, withheld: boolean, count: number | null, lowerQuartile: number | null, median: number | null, upperQuartile: number | null, percentileRank: number | null }> }> }> }, canvasFrameworks: Array<{ id: string, domains: Array<{ key: string, number: number, title: string }> }> };

export type ReviewStateFragment = { id: string, status: AssessmentStatus, version: number, canModerate: boolean, canComment: boolean, availableTransitions: Array<AssessmentTransition>, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, reason: string | null, actorName: string | null, occurredAt: string }> };

export type ReviewAssessmentQueryVariables = Exact<{
  id: string;
}>;


export type ReviewAssessmentQuery = { assessment: { id: string, status: AssessmentStatus, version: number, canModerate: boolean, canComment: boolean, availableTransitions: Array<AssessmentTransition>, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, cycle: { id: string, name: string }, system: { id: string, name: string }, framework: { id: string, domains: Array<{ key: string, number: number, title: string, summary: string, sources: Array<{ seed: string, section: string, note: string | null }>, criteria: Array<{ key: string, statement: string, guidance: string, evidencePrompts: Array<string>, sources: Array<{ seed: string, section: string, note: string | null }>, levels: Array<{ level: number, descriptor: string }> }>, quickCheck: Array<{ key: string, statement: string }> }> }, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type ReviewQueueQueryVariables = Exact<{ [key: string]: never; }>;


export type ReviewQueueQuery = { reviewQueue: Array<{ assessmentId: string, systemName: string, cycleName: string, status: AssessmentStatus, submittedAt: string, daysWaiting: number, recordedOnBehalfByName: string | null }> };

export type ReviewTransitionMutationVariables = Exact<{
  input: TransitionAssessmentInput;
}>;


export type ReviewTransitionMutation = { transitionAssessment: { id: string, status: AssessmentStatus, version: number, canModerate: boolean, canComment: boolean, availableTransitions: Array<AssessmentTransition>, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type ModerateResponseMutationVariables = Exact<{
  input: ModerateResponseInput;
}>;


export type ModerateResponseMutation = { moderateResponse: { id: string, status: AssessmentStatus, version: number, canModerate: boolean, canComment: boolean, availableTransitions: Array<AssessmentTransition>, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type AddReviewCommentMutationVariables = Exact<{
  input: AddReviewCommentInput;
}>;


export type AddReviewCommentMutation = { addReviewComment: { id: string, status: AssessmentStatus, version: number, canModerate: boolean, canComment: boolean, availableTransitions: Array<AssessmentTransition>, submittedAt: string | null, recordedOnBehalfBy: string | null, recordedOnBehalfSince: string | null, responses: Array<{ criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null }>, reviewComments: Array<{ id: string, criterionKey: string, authorName: string | null, authorSide: ReviewSide, body: string, createdAt: string }>, history: Array<{ transition: AssessmentTransition, reason: string | null, actorName: string | null, occurredAt: string }> } };

export type PeerSharingQueryVariables = Exact<{
  systemId: string;
}>;


export type PeerSharingQuery = { peerSharing: { systemId: string, systemName: string, shareNameWithPeers: boolean, updatedAt: string | null, canChange: boolean } };

export type SetPeerSharingMutationVariables = Exact<{
  systemId: string;
  shareNameWithPeers: boolean;
}>;


export type SetPeerSharingMutation = { setPeerSharing: boolean };

export type MyProvisionalFiguresQueryVariables = Exact<{
  cycleId?: string | null | undefined;
}>;


export type MyProvisionalFiguresQuery = { myProvisionalFigures: Array<{ published: boolean, systemId: string, systemName: string, hasFigures: boolean, overallScore: number | null, category: string | null, basis: string | null, explanation: Array<string>, cycle: { id: string, name: string, illustrative: boolean }, domainScores: Array<{ domainKey: string, name: string, score: number | null, incomplete: boolean }>, signOff: { state: SignOffState, label: string, comment: string | null, answeredOn: string | null } }> };

export type AnswerSignOffMutationVariables = Exact<{
  cycleId: string;
  systemId: string;
  answer: SignOffAnswer;
  comment?: string | null | undefined;
}>;


export type AnswerSignOffMutation = { answerSignOff: { systemId: string, state: SignOffState, label: string, comment: string | null, answeredOn: string | null } };

export type SignOffSummaryQueryVariables = Exact<{
  cycleId: string;
}>;


export type SignOffSummaryQuery = { signOffSummary: { phase: string, total: number, confirmed: number, queried: number, notAnswered: number, cycle: { id: string, name: string, publishedAt: string | null, illustrative: boolean }, rows: Array<{ systemId: string, name: string, state: SignOffState, label: string, comment: string | null, answeredOn: string | null }> } };

export type OpenSignOffQueriesQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenSignOffQueriesQuery = { openSignOffQueries: Array<{ cycleId: string, cycleName: string, systemId: string, systemName: string, comment: string, answeredOn: string }> };

export type PublishPreviewQueryVariables = Exact<{
  cycleId: string;
}>;


export type PublishPreviewQuery = { publishPreview: { canPublish: boolean, reason: string | null, statements: Array<string>, outstandingSystemIds: Array<string>, cycle: { id: string, name: string } } };

export type PublishCycleMutationVariables = Exact<{
  cycleId: string;
  confirmed: boolean;
  outstandingSystemIds: Array<string> | string;
}>;


export type PublishCycleMutation = { publishCycle: { id: string, publishedAt: string | null } };

export type ReviseFiguresMutationVariables = Exact<{
  cycleId: string;
  systemId: string;
  reason: string;
  levels: Array<LevelCorrectionInput> | LevelCorrectionInput;
}>;


export type ReviseFiguresMutation = { reviseFigures: { number: number, reason: string | null, revisedOn: string, note: string, changes: Array<{ criterionKey: string, before: number | null, after: number }> } };

export type CorrectableFiguresQueryVariables = Exact<{
  cycleId: string;
  systemId: string;
}>;


export type CorrectableFiguresQuery = { correctableFigures: { systemId: string, systemName: string, published: boolean, hasFigures: boolean, basis: string, revisions: number, cycle: { id: string, name: string, publishedAt: string | null }, criteria: Array<{ criterionKey: string, title: string, domainTitle: string, statement: string, level: number | null }> } };

export type SystemsQueryVariables = Exact<{ [key: string]: never; }>;


export type SystemsQuery = { systems: Array<{ id: string, onsCode: string, odsCode: string, name: string, region: { id: string, odsCode: string, name: string } }> };

export type GrantRoleChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantRoleChoicesQuery = { systems: Array<{ id: string, name: string, region: { id: string, name: string } }>, cohorts: Array<{ id: string, name: string }> };

export type UserDetailsFragment = { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> };

export type UserQueryVariables = Exact<{
  id: string;
}>;


export type UserQuery = { user: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type UsersQueryVariables = Exact<{ [key: string]: never; }>;


export type UsersQuery = { users: Array<{ id: string, name: string, email: string, deactivatedAt: string | null, roleGrants: Array<{ id: string, role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> }> };

export type GrantRoleMutationVariables = Exact<{
  input: GrantRoleInput;
}>;


export type GrantRoleMutation = { grantRole: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type PendingInvitationsQueryVariables = Exact<{ [key: string]: never; }>;


export type PendingInvitationsQuery = { pendingInvitations: Array<{ id: string, name: string, email: string, singleSignOn: boolean, expiresAt: string, expired: boolean, sentAt: string | null, roles: Array<{ role: Role, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> }> };

export type InviteUserMutationVariables = Exact<{
  input: InviteUserInput;
}>;


export type InviteUserMutation = { inviteUser: { id: string, name: string, email: string } };

export type ResendInvitationMutationVariables = Exact<{
  id: string;
}>;


export type ResendInvitationMutation = { resendInvitation: { id: string, expiresAt: string } };

export type RevokeInvitationMutationVariables = Exact<{
  id: string;
}>;


export type RevokeInvitationMutation = { revokeInvitation: boolean };

export type ResetSecondStepMutationVariables = Exact<{
  userId: string;
}>;


export type ResetSecondStepMutation = { resetSecondStep: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type RevokeRoleMutationVariables = Exact<{
  grantId: string;
}>;


export type RevokeRoleMutation = { revokeRole: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type DeactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type DeactivateUserMutation = { deactivateUser: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type ReactivateUserMutationVariables = Exact<{
  id: string;
}>;


export type ReactivateUserMutation = { reactivateUser: { id: string, name: string, email: string, createdAt: string, deactivatedAt: string | null, secondStep: { enrolled: boolean, required: boolean }, roleGrants: Array<{ id: string, role: Role, grantedAt: string, system: { id: string, name: string } | null, cohort: { id: string, name: string } | null }> } };

export type CanvasDomainFieldsFragment = { key: string, number: number, title: string, summary: string, sources: Array<{ seed: string, section: string, note: string | null }>, criteria: Array<{ key: string, statement: string, guidance: string, evidencePrompts: Array<string>, sources: Array<{ seed: string, section: string, note: string | null }>, levels: Array<{ level: number, descriptor: string }> }>, quickCheck: Array<{ key: string, statement: string }> };

export type CriterionResponseFieldsFragment = { criterionKey: string, selfLevel: number | null, notAssessed: boolean, targetLevel: number | null, targetDate: string | null, evidence: string, links: Array<string>, confidence: Confidence | null, moderatedLevel: number | null, moderatorComment: string | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CriterionResponseFieldsFragmentDoc = new TypedDocumentString(`
    fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}
    `, {"fragmentName":"CriterionResponseFields"}) as unknown as TypedDocumentString<CriterionResponseFieldsFragment, unknown>;
export const ReviewCommentFieldsFragmentDoc = new TypedDocumentString(`
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
    `, {"fragmentName":"ReviewCommentFields"}) as unknown as TypedDocumentString<ReviewCommentFieldsFragment, unknown>;
export const AssessmentStateFragmentDoc = new TypedDocumentString(`
    fragment AssessmentState on Assessment {
  id
  status
  version
  updatedAt
  canEdit
  canComment
  recordedOnBehalfBy
  recordedOnBehalfSince
  submittedAt
  availableTransitions
  previousCycleToCopy
  responses {
    ...CriterionResponseFields
  }
  quickCheckAnswers {
    questionKey
    answer
  }
  progress {
    domainKey
    answered
    total
    status
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    fromStatus
    toStatus
    reason
    actorName
    occurredAt
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`, {"fragmentName":"AssessmentState"}) as unknown as TypedDocumentString<AssessmentStateFragment, unknown>;
export const SignedInAccountFieldsFragmentDoc = new TypedDocumentString(`
    fragment SignedInAccountFields on UserAccount {
  id
  name
  email
  roleGrants {
    id
    role
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
  secondStep {
    mustEnrolBeforeContinuing
  }
}
    `, {"fragmentName":"SignedInAccountFields"}) as unknown as TypedDocumentString<SignedInAccountFieldsFragment, unknown>;
export const LearningProgrammeDetailsFragmentDoc = new TypedDocumentString(`
    fragment LearningProgrammeDetails on LearningProgramme {
  cohortId
  cohortName
  cycle {
    id
    name
    frameworkId
    illustrative
  }
  systems {
    id
    name
  }
  proposal {
    groupSessions {
      domainKey
      meanScore
      scoredMembers
      systemIds
      coachingTopics
      recommendationIds
    }
    individualCoaching {
      systemId
      gaps {
        domainKey
        score
        coachingTopics
        recommendationIds
        peers {
          systemId
          category
          score
        }
      }
    }
    unscoredSystemIds
  }
  plan {
    groupSessions {
      domainKey
      title
      systemIds
      notes
    }
    individualCoaching {
      systemId
      topics
      recommendationIds
      peerSystemIds
      notes
    }
  }
  version
  updatedAt
  updatedByName
}
    `, {"fragmentName":"LearningProgrammeDetails"}) as unknown as TypedDocumentString<LearningProgrammeDetailsFragment, unknown>;
export const CohortDetailsFragmentDoc = new TypedDocumentString(`
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
  projects {
    id
    systemId
    systemName
    name
    pathway
    description
  }
}
    `, {"fragmentName":"CohortDetails"}) as unknown as TypedDocumentString<CohortDetailsFragment, unknown>;
export const HomeCycleProgressFragmentDoc = new TypedDocumentString(`
    fragment HomeCycleProgress on HomeCycleProgress {
  cycleId
  cycleName
  illustrative
  opensOn
  closesOn
  daysLeft
  closedOn
  open
  closingSoon
  cohortName
  participating
  statusCounts {
    status
    count
  }
}
    `, {"fragmentName":"HomeCycleProgress"}) as unknown as TypedDocumentString<HomeCycleProgressFragment, unknown>;
export const ReviewStateFragmentDoc = new TypedDocumentString(`
    fragment ReviewState on Assessment {
  id
  status
  version
  canModerate
  canComment
  availableTransitions
  submittedAt
  recordedOnBehalfBy
  recordedOnBehalfSince
  responses {
    ...CriterionResponseFields
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    reason
    actorName
    occurredAt
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`, {"fragmentName":"ReviewState"}) as unknown as TypedDocumentString<ReviewStateFragment, unknown>;
export const UserDetailsFragmentDoc = new TypedDocumentString(`
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}
    `, {"fragmentName":"UserDetails"}) as unknown as TypedDocumentString<UserDetailsFragment, unknown>;
export const CanvasDomainFieldsFragmentDoc = new TypedDocumentString(`
    fragment CanvasDomainFields on CanvasDomain {
  key
  number
  title
  summary
  sources {
    seed
    section
    note
  }
  criteria {
    key
    statement
    guidance
    evidencePrompts
    sources {
      seed
      section
      note
    }
    levels {
      level
      descriptor
    }
  }
  quickCheck {
    key
    statement
  }
}
    `, {"fragmentName":"CanvasDomainFields"}) as unknown as TypedDocumentString<CanvasDomainFieldsFragment, unknown>;
export const EndMySessionDocument = new TypedDocumentString(`
    mutation EndMySession($sessionId: ID!) {
  endMySession(sessionId: $sessionId)
}
    `) as unknown as TypedDocumentString<EndMySessionMutation, EndMySessionMutationVariables>;
export const EndMyOtherSessionsDocument = new TypedDocumentString(`
    mutation EndMyOtherSessions {
  endMyOtherSessions
}
    `) as unknown as TypedDocumentString<EndMyOtherSessionsMutation, EndMyOtherSessionsMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount {
  myAccount {
    id
    name
    email
    hasPassword
    sessions {
      id
      device
      signedInAt
      lastUsedAt
      current
    }
  }
}
    `) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($input: ChangePasswordInput!) {
  changePassword(input: $input)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const PasswordResetLinkWorksDocument = new TypedDocumentString(`
    query PasswordResetLinkWorks($token: String!) {
  passwordResetLinkWorks(token: $token)
}
    `) as unknown as TypedDocumentString<PasswordResetLinkWorksQuery, PasswordResetLinkWorksQueryVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($input: ResetPasswordInput!) {
  resetPassword(input: $input)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ActionPlanDocument = new TypedDocumentString(`
    query ActionPlan($systemId: ID!) {
  actionPlan(systemId: $systemId) {
    id
    domainKey
    action
    owner
    dueOn
    status
    createdAt
  }
  systems {
    id
    name
  }
  actionPlanFramework(systemId: $systemId) {
    domains {
      key
      number
      title
    }
  }
}
    `) as unknown as TypedDocumentString<ActionPlanQuery, ActionPlanQueryVariables>;
export const AddActionDocument = new TypedDocumentString(`
    mutation AddAction($systemId: ID!, $input: ActionPlanItemInput!) {
  addAction(systemId: $systemId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddActionMutation, AddActionMutationVariables>;
export const UpdateActionDocument = new TypedDocumentString(`
    mutation UpdateAction($id: ID!, $input: ActionPlanItemInput!) {
  updateAction(id: $id, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<UpdateActionMutation, UpdateActionMutationVariables>;
export const RemoveActionDocument = new TypedDocumentString(`
    mutation RemoveAction($id: ID!) {
  removeAction(id: $id)
}
    `) as unknown as TypedDocumentString<RemoveActionMutation, RemoveActionMutationVariables>;
export const CopyPreviousAnswersDocument = new TypedDocumentString(`
    mutation CopyPreviousAnswers($assessmentId: ID!, $expectedVersion: Int!) {
  copyPreviousAnswers(
    assessmentId: $assessmentId
    expectedVersion: $expectedVersion
  ) {
    ...AssessmentState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment AssessmentState on Assessment {
  id
  status
  version
  updatedAt
  canEdit
  canComment
  recordedOnBehalfBy
  recordedOnBehalfSince
  submittedAt
  availableTransitions
  previousCycleToCopy
  responses {
    ...CriterionResponseFields
  }
  quickCheckAnswers {
    questionKey
    answer
  }
  progress {
    domainKey
    answered
    total
    status
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    fromStatus
    toStatus
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<CopyPreviousAnswersMutation, CopyPreviousAnswersMutationVariables>;
export const AssessmentDocument = new TypedDocumentString(`
    query Assessment($id: ID!) {
  assessment(id: $id) {
    ...AssessmentState
    cycle {
      id
      name
      closesOn
    }
    system {
      id
      name
    }
    framework {
      id
      title
      version
      domains {
        ...CanvasDomainFields
      }
    }
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment AssessmentState on Assessment {
  id
  status
  version
  updatedAt
  canEdit
  canComment
  recordedOnBehalfBy
  recordedOnBehalfSince
  submittedAt
  availableTransitions
  previousCycleToCopy
  responses {
    ...CriterionResponseFields
  }
  quickCheckAnswers {
    questionKey
    answer
  }
  progress {
    domainKey
    answered
    total
    status
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    fromStatus
    toStatus
    reason
    actorName
    occurredAt
  }
}
fragment CanvasDomainFields on CanvasDomain {
  key
  number
  title
  summary
  sources {
    seed
    section
    note
  }
  criteria {
    key
    statement
    guidance
    evidencePrompts
    sources {
      seed
      section
      note
    }
    levels {
      level
      descriptor
    }
  }
  quickCheck {
    key
    statement
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<AssessmentQuery, AssessmentQueryVariables>;
export const ReplyToReviewDocument = new TypedDocumentString(`
    mutation ReplyToReview($input: AddReviewCommentInput!) {
  addReviewComment(input: $input) {
    ...AssessmentState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment AssessmentState on Assessment {
  id
  status
  version
  updatedAt
  canEdit
  canComment
  recordedOnBehalfBy
  recordedOnBehalfSince
  submittedAt
  availableTransitions
  previousCycleToCopy
  responses {
    ...CriterionResponseFields
  }
  quickCheckAnswers {
    questionKey
    answer
  }
  progress {
    domainKey
    answered
    total
    status
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    fromStatus
    toStatus
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<ReplyToReviewMutation, ReplyToReviewMutationVariables>;
export const MyAssessmentsDocument = new TypedDocumentString(`
    query MyAssessments {
  myAssessments {
    id
    status
    canEdit
    recordedOnBehalfBy
    recordedOnBehalfSince
    cycle {
      id
      name
      closesOn
    }
    system {
      id
      name
    }
    progress {
      domainKey
      status
    }
  }
}
    `) as unknown as TypedDocumentString<MyAssessmentsQuery, MyAssessmentsQueryVariables>;
export const SaveAnswersDocument = new TypedDocumentString(`
    mutation SaveAnswers($input: SaveAnswersInput!) {
  saveAnswers(input: $input) {
    assessmentId
    status
    version
    updatedAt
    responses {
      ...CriterionResponseFields
    }
    quickCheckAnswers {
      questionKey
      answer
    }
    progress {
      domainKey
      answered
      total
      status
    }
  }
}
    fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<SaveAnswersMutation, SaveAnswersMutationVariables>;
export const TransitionAssessmentDocument = new TypedDocumentString(`
    mutation TransitionAssessment($input: TransitionAssessmentInput!) {
  transitionAssessment(input: $input) {
    ...AssessmentState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment AssessmentState on Assessment {
  id
  status
  version
  updatedAt
  canEdit
  canComment
  recordedOnBehalfBy
  recordedOnBehalfSince
  submittedAt
  availableTransitions
  previousCycleToCopy
  responses {
    ...CriterionResponseFields
  }
  quickCheckAnswers {
    questionKey
    answer
  }
  progress {
    domainKey
    answered
    total
    status
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    fromStatus
    toStatus
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<TransitionAssessmentMutation, TransitionAssessmentMutationVariables>;
export const AuditTrailDocument = new TypedDocumentString(`
    query AuditTrail($filter: AuditEventFilter, $after: String, $first: Int) {
  auditEvents(filter: $filter, after: $after, first: $first) {
    events {
      id
      occurredAt
      actorName
      description
      subjectKind
      subjectName
      systemName
    }
    endCursor
    hasNextPage
    kinds {
      action
      description
    }
    people {
      id
      name
    }
  }
  systems {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<AuditTrailQuery, AuditTrailQueryVariables>;
export const AuditTrailCsvDocument = new TypedDocumentString(`
    query AuditTrailCsv($filter: AuditEventFilter) {
  auditEventsCsv(filter: $filter) {
    csv
    rows
    truncated
  }
}
    `) as unknown as TypedDocumentString<AuditTrailCsvQuery, AuditTrailCsvQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...SignedInAccountFields
  }
}
    fragment SignedInAccountFields on UserAccount {
  id
  name
  email
  roleGrants {
    id
    role
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
  secondStep {
    mustEnrolBeforeContinuing
  }
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignInMethodsDocument = new TypedDocumentString(`
    query SignInMethods {
  signInMethods {
    password
    singleSignOn {
      name
      url
    }
  }
}
    `) as unknown as TypedDocumentString<SignInMethodsQuery, SignInMethodsQueryVariables>;
export const InvitationDocument = new TypedDocumentString(`
    query Invitation($token: String!) {
  invitation(token: $token) {
    name
    email
    singleSignOn
  }
}
    `) as unknown as TypedDocumentString<InvitationQuery, InvitationQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($input: AcceptInvitationInput!) {
  acceptInvitation(input: $input) {
    ...SignedInAccountFields
  }
}
    fragment SignedInAccountFields on UserAccount {
  id
  name
  email
  roleGrants {
    id
    role
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
  secondStep {
    mustEnrolBeforeContinuing
  }
}`) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    ...SignedInAccountFields
  }
}
    fragment SignedInAccountFields on UserAccount {
  id
  name
  email
  roleGrants {
    id
    role
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
  secondStep {
    mustEnrolBeforeContinuing
  }
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const MySecondStepDocument = new TypedDocumentString(`
    query MySecondStep {
  me {
    id
    email
    secondStep {
      enrolled
      required
      available
      recoveryCodesLeft
      mustEnrolBeforeContinuing
    }
  }
}
    `) as unknown as TypedDocumentString<MySecondStepQuery, MySecondStepQueryVariables>;
export const StartSecondStepEnrolmentDocument = new TypedDocumentString(`
    mutation StartSecondStepEnrolment {
  startSecondStepEnrolment {
    manualKey
    qrCodeDataUrl
  }
}
    `) as unknown as TypedDocumentString<StartSecondStepEnrolmentMutation, StartSecondStepEnrolmentMutationVariables>;
export const ConfirmSecondStepEnrolmentDocument = new TypedDocumentString(`
    mutation ConfirmSecondStepEnrolment($code: String!) {
  confirmSecondStepEnrolment(code: $code) {
    codes
  }
}
    `) as unknown as TypedDocumentString<ConfirmSecondStepEnrolmentMutation, ConfirmSecondStepEnrolmentMutationVariables>;
export const TurnOffSecondStepDocument = new TypedDocumentString(`
    mutation TurnOffSecondStep($input: TurnOffSecondStepInput!) {
  turnOffSecondStep(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<TurnOffSecondStepMutation, TurnOffSecondStepMutationVariables>;
export const CompleteSignInWithSecondStepDocument = new TypedDocumentString(`
    mutation CompleteSignInWithSecondStep($code: String!) {
  completeSignInWithSecondStep(code: $code) {
    usedRecoveryCode
    recoveryCodesLeft
    account {
      ...SignedInAccountFields
    }
  }
}
    fragment SignedInAccountFields on UserAccount {
  id
  name
  email
  roleGrants {
    id
    role
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
  secondStep {
    mustEnrolBeforeContinuing
  }
}`) as unknown as TypedDocumentString<CompleteSignInWithSecondStepMutation, CompleteSignInWithSecondStepMutationVariables>;
export const PrintableCanvasDocument = new TypedDocumentString(`
    query PrintableCanvas {
  canvasFrameworks {
    id
    title
    version
    status
    scale {
      level
      label
      meaning
    }
    domains {
      ...CanvasDomainFields
      criteria {
        levels {
          label
        }
      }
    }
  }
}
    fragment CanvasDomainFields on CanvasDomain {
  key
  number
  title
  summary
  sources {
    seed
    section
    note
  }
  criteria {
    key
    statement
    guidance
    evidencePrompts
    sources {
      seed
      section
      note
    }
    levels {
      level
      descriptor
    }
  }
  quickCheck {
    key
    statement
  }
}`) as unknown as TypedDocumentString<PrintableCanvasQuery, PrintableCanvasQueryVariables>;
export const CanvasVersionsDocument = new TypedDocumentString(`
    query CanvasVersions {
  canvasFrameworks {
    id
    version
    title
    lifecycle
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<CanvasVersionsQuery, CanvasVersionsQueryVariables>;
export const CanvasVersionDocument = new TypedDocumentString(`
    query CanvasVersion($id: ID!) {
  canvasFramework(id: $id) {
    id
    version
    title
    status
    lifecycle
    publishedAt
    domains {
      key
      number
      title
      criteria {
        key
        statement
      }
    }
    problems {
      code
      field
      line
      message
    }
    crosswalk {
      title
      publisher
      year
      domains {
        key
        title
        criteria {
          key
          statement
        }
      }
    }
    changesSincePrevious {
      fromVersion
      toVersion
      unchanged
      domainsAdded {
        key
        description
      }
      domainsRenamed {
        key
        description
      }
      domainsRetired {
        key
        description
      }
      criteriaAdded {
        key
        description
      }
      criteriaRenamed {
        key
        description
      }
      criteriaRetired {
        criterionKey
        kind
        description
        replacedBy {
          criterionKey
          statement
          note
        }
      }
      criteriaReworded {
        key
        description
      }
      levelsChanged {
        criterionKey
        description
        levels {
          level
          before
          after
        }
      }
      scaleChanged {
        key
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CanvasVersionQuery, CanvasVersionQueryVariables>;
export const CanvasVersionPreviewDocument = new TypedDocumentString(`
    query CanvasVersionPreview($id: ID!) {
  canvasFramework(id: $id) {
    id
    title
    version
    status
    scale {
      level
      label
      meaning
    }
    domains {
      ...CanvasDomainFields
      criteria {
        levels {
          label
        }
      }
    }
  }
}
    fragment CanvasDomainFields on CanvasDomain {
  key
  number
  title
  summary
  sources {
    seed
    section
    note
  }
  criteria {
    key
    statement
    guidance
    evidencePrompts
    sources {
      seed
      section
      note
    }
    levels {
      level
      descriptor
    }
  }
  quickCheck {
    key
    statement
  }
}`) as unknown as TypedDocumentString<CanvasVersionPreviewQuery, CanvasVersionPreviewQueryVariables>;
export const FrameworkDocumentDocument = new TypedDocumentString(`
    query FrameworkDocument($id: ID!, $format: FrameworkDocumentFormat!) {
  frameworkDocument(id: $id, format: $format)
}
    `) as unknown as TypedDocumentString<FrameworkDocumentQuery, FrameworkDocumentQueryVariables>;
export const CreateFrameworkDraftDocument = new TypedDocumentString(`
    mutation CreateFrameworkDraft {
  createFrameworkDraft {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateFrameworkDraftMutation, CreateFrameworkDraftMutationVariables>;
export const ImportFrameworkDraftDocument = new TypedDocumentString(`
    mutation ImportFrameworkDraft($document: String!, $format: FrameworkDocumentFormat!) {
  importFrameworkDraft(document: $document, format: $format) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<ImportFrameworkDraftMutation, ImportFrameworkDraftMutationVariables>;
export const PublishFrameworkDocument = new TypedDocumentString(`
    mutation PublishFramework($id: ID!) {
  publishFramework(id: $id, confirm: true) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<PublishFrameworkMutation, PublishFrameworkMutationVariables>;
export const CohortOverviewDocument = new TypedDocumentString(`
    query CohortOverview($cohortId: ID!, $cycleId: ID) {
  cohortOverview(cohortId: $cohortId, cycleId: $cycleId) {
    cohortId
    cohortName
    cycle {
      id
      name
      illustrative
    }
    cycles {
      id
      name
    }
    previousCycle {
      id
      name
    }
    domains {
      key
      number
      title
    }
    members {
      systemId
      systemName
      assessmentId
      status
      version
      submittedAt
      recordedOnBehalfBy
      recordedOnBehalfSince
      canRecordOnBehalf
      canRead
      overallScore
      basis
      category
      domainScores {
        domainKey
        score
        incomplete
      }
      calibration {
        meanGapPoints
        count
      }
      previousOverallScore
    }
  }
}
    `) as unknown as TypedDocumentString<CohortOverviewQuery, CohortOverviewQueryVariables>;
export const LearningProgrammeDocument = new TypedDocumentString(`
    query LearningProgramme($cohortId: ID!, $cycleId: ID!) {
  learningProgramme(cohortId: $cohortId, cycleId: $cycleId) {
    ...LearningProgrammeDetails
  }
  canvasFrameworks {
    id
    domains {
      key
      number
      title
    }
  }
}
    fragment LearningProgrammeDetails on LearningProgramme {
  cohortId
  cohortName
  cycle {
    id
    name
    frameworkId
    illustrative
  }
  systems {
    id
    name
  }
  proposal {
    groupSessions {
      domainKey
      meanScore
      scoredMembers
      systemIds
      coachingTopics
      recommendationIds
    }
    individualCoaching {
      systemId
      gaps {
        domainKey
        score
        coachingTopics
        recommendationIds
        peers {
          systemId
          category
          score
        }
      }
    }
    unscoredSystemIds
  }
  plan {
    groupSessions {
      domainKey
      title
      systemIds
      notes
    }
    individualCoaching {
      systemId
      topics
      recommendationIds
      peerSystemIds
      notes
    }
  }
  version
  updatedAt
  updatedByName
}`) as unknown as TypedDocumentString<LearningProgrammeQuery, LearningProgrammeQueryVariables>;
export const CohortCyclesDocument = new TypedDocumentString(`
    query CohortCycles($cohortId: ID!) {
  cohortOverview(cohortId: $cohortId) {
    cohortName
    cycle {
      id
    }
    cycles {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortCyclesQuery, CohortCyclesQueryVariables>;
export const RecordAssessmentOnBehalfDocument = new TypedDocumentString(`
    mutation RecordAssessmentOnBehalf($input: RecordOnBehalfInput!) {
  recordAssessmentOnBehalf(input: $input) {
    id
    version
    recordedOnBehalfBy
  }
}
    `) as unknown as TypedDocumentString<RecordAssessmentOnBehalfMutation, RecordAssessmentOnBehalfMutationVariables>;
export const SaveLearningProgrammeDocument = new TypedDocumentString(`
    mutation SaveLearningProgramme($input: SaveLearningProgrammeInput!) {
  saveLearningProgramme(input: $input) {
    ...LearningProgrammeDetails
  }
}
    fragment LearningProgrammeDetails on LearningProgramme {
  cohortId
  cohortName
  cycle {
    id
    name
    frameworkId
    illustrative
  }
  systems {
    id
    name
  }
  proposal {
    groupSessions {
      domainKey
      meanScore
      scoredMembers
      systemIds
      coachingTopics
      recommendationIds
    }
    individualCoaching {
      systemId
      gaps {
        domainKey
        score
        coachingTopics
        recommendationIds
        peers {
          systemId
          category
          score
        }
      }
    }
    unscoredSystemIds
  }
  plan {
    groupSessions {
      domainKey
      title
      systemIds
      notes
    }
    individualCoaching {
      systemId
      topics
      recommendationIds
      peerSystemIds
      notes
    }
  }
  version
  updatedAt
  updatedByName
}`) as unknown as TypedDocumentString<SaveLearningProgrammeMutation, SaveLearningProgrammeMutationVariables>;
export const AddSystemToCohortDocument = new TypedDocumentString(`
    mutation AddSystemToCohort($cohortId: ID!, $systemId: ID!) {
  addSystemToCohort(cohortId: $cohortId, systemId: $systemId) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
  projects {
    id
    systemId
    systemName
    name
    pathway
    description
  }
}`) as unknown as TypedDocumentString<AddSystemToCohortMutation, AddSystemToCohortMutationVariables>;
export const RemoveSystemFromCohortDocument = new TypedDocumentString(`
    mutation RemoveSystemFromCohort($cohortId: ID!, $systemId: ID!) {
  removeSystemFromCohort(cohortId: $cohortId, systemId: $systemId) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
  projects {
    id
    systemId
    systemName
    name
    pathway
    description
  }
}`) as unknown as TypedDocumentString<RemoveSystemFromCohortMutation, RemoveSystemFromCohortMutationVariables>;
export const CreateCohortDocument = new TypedDocumentString(`
    mutation CreateCohort($input: CreateCohortInput!) {
  createCohort(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<CreateCohortMutation, CreateCohortMutationVariables>;
export const CohortSystemChoicesDocument = new TypedDocumentString(`
    query CohortSystemChoices {
  systems {
    id
    name
    region {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortSystemChoicesQuery, CohortSystemChoicesQueryVariables>;
export const CohortDocument = new TypedDocumentString(`
    query Cohort($id: ID!) {
  cohort(id: $id) {
    ...CohortDetails
  }
}
    fragment CohortDetails on Cohort {
  id
  name
  description
  systems {
    id
    name
    region {
      id
      name
    }
  }
  coaches {
    id
    name
  }
  projects {
    id
    systemId
    systemName
    name
    pathway
    description
  }
}`) as unknown as TypedDocumentString<CohortQuery, CohortQueryVariables>;
export const CohortsDocument = new TypedDocumentString(`
    query Cohorts {
  cohorts {
    id
    name
    description
    systems {
      id
      name
    }
    coaches {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CohortsQuery, CohortsQueryVariables>;
export const AdminCyclesDocument = new TypedDocumentString(`
    query AdminCycles {
  assessmentCycles {
    id
    name
    frameworkId
    opensOn
    closesOn
    illustrative
    phase
    phaseLabel
    closedOn
    closedEarly
    cohort {
      id
      name
    }
  }
  canvasFrameworks {
    id
    title
    version
    status
  }
}
    `) as unknown as TypedDocumentString<AdminCyclesQuery, AdminCyclesQueryVariables>;
export const OpenCycleChoicesDocument = new TypedDocumentString(`
    query OpenCycleChoices {
  canvasFrameworks {
    id
    title
    version
    usableForNewCycle
  }
  cohorts {
    id
    name
    systems {
      id
    }
  }
}
    `) as unknown as TypedDocumentString<OpenCycleChoicesQuery, OpenCycleChoicesQueryVariables>;
export const CycleProgressDocument = new TypedDocumentString(`
    query CycleProgress($cycleId: ID!) {
  cycleProgress(cycleId: $cycleId) {
    cycle {
      id
      name
      frameworkId
      opensOn
      closesOn
      illustrative
      phase
      phaseLabel
      closedOn
      closedEarly
      cohort {
        id
        name
      }
      framework {
        id
        title
        version
        lifecycle
      }
    }
    counts {
      status
      label
      count
    }
    rows {
      systemId
      systemName
      regionName
      status
      label
      answeredCount
      criteriaCount
      updatedOn
    }
    csvHeaders
  }
}
    `) as unknown as TypedDocumentString<CycleProgressQuery, CycleProgressQueryVariables>;
export const OpenAssessmentCycleDocument = new TypedDocumentString(`
    mutation OpenAssessmentCycle($input: OpenAssessmentCycleInput!) {
  openAssessmentCycle(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<OpenAssessmentCycleMutation, OpenAssessmentCycleMutationVariables>;
export const ChangeCycleClosingDateDocument = new TypedDocumentString(`
    mutation ChangeCycleClosingDate($cycleId: ID!, $closesOn: String!) {
  changeCycleClosingDate(cycleId: $cycleId, closesOn: $closesOn) {
    id
    closesOn
  }
}
    `) as unknown as TypedDocumentString<ChangeCycleClosingDateMutation, ChangeCycleClosingDateMutationVariables>;
export const CloseAssessmentCycleDocument = new TypedDocumentString(`
    mutation CloseAssessmentCycle($cycleId: ID!) {
  closeAssessmentCycle(cycleId: $cycleId) {
    id
    closedOn
    closedEarly
  }
}
    `) as unknown as TypedDocumentString<CloseAssessmentCycleMutation, CloseAssessmentCycleMutationVariables>;
export const HomeDocument = new TypedDocumentString(`
    query Home {
  home {
    leads {
      systemId
      systemName
      openActionCount
      assessment {
        id
        status
        cycleName
        illustrative
        closesOn
        daysLeft
        canEdit
        criteriaAnswered
        criteriaTotal
        domainsLeft {
          domainKey
          number
          title
          answered
          total
        }
        returnReason
        returnedItems {
          criterionKey
          criterionStatement
          domainKey
          domainNumber
          domainTitle
          comment
          authorName
        }
        recordedOnBehalfBy
      }
      overdueActions {
        id
        action
        owner
        dueOn
        status
      }
      nextActions {
        id
        action
        owner
        dueOn
        status
      }
    }
    coach {
      reviewsWaiting {
        assessmentId
        systemName
        cycleName
        status
        daysWaiting
      }
      cohorts {
        cohortId
        cohortName
        memberCount
        cycleId
        cycleName
        closesOn
        statusCounts {
          status
          count
        }
      }
    }
    national {
      latestPublished {
        cycleId
        cycleName
        illustrative
        methodDescription
        assessed
        categoryCounts {
          category
          label
          count
        }
      }
      provisional {
        ...HomeCycleProgress
      }
    }
    admin {
      cohortsWithoutCoach {
        id
        name
      }
      systemsWithoutLead {
        id
        name
      }
      openCycles {
        ...HomeCycleProgress
      }
      closedUnpublished {
        ...HomeCycleProgress
      }
      reviewsWaiting
    }
  }
}
    fragment HomeCycleProgress on HomeCycleProgress {
  cycleId
  cycleName
  illustrative
  opensOn
  closesOn
  daysLeft
  closedOn
  open
  closingSoon
  cohortName
  participating
  statusCounts {
    status
    count
  }
}`) as unknown as TypedDocumentString<HomeQuery, HomeQueryVariables>;
export const CrosswalkLandscapeDocument = new TypedDocumentString(`
    query CrosswalkLandscape($cycleId: ID!) {
  crosswalkLandscape(cycleId: $cycleId) {
    cycle {
      id
      name
    }
    published
    illustrative
    citation
    frameworkVersion
    mappedFromVersion
    mappingNote
    figures {
      key
      title
      count
      lowerQuartile
      median
      upperQuartile
    }
    systems {
      systemId
      name
      regionName
      basis
      scores {
        key
        score
        incomplete
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CrosswalkLandscapeQuery, CrosswalkLandscapeQueryVariables>;
export const LandscapeChoicesDocument = new TypedDocumentString(`
    query LandscapeChoices {
  newestLandscape {
    cycleId
  }
  assessmentCycles {
    id
    name
    illustrative
    publishedAt
    frameworkId
  }
  canvasFrameworks {
    id
    domains {
      key
      number
      title
    }
  }
}
    `) as unknown as TypedDocumentString<LandscapeChoicesQuery, LandscapeChoicesQueryVariables>;
export const LandscapeDocument = new TypedDocumentString(`
    query Landscape($cycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {
  landscape(
    cycleId: $cycleId
    method: $method
    naturalBreaksK: $naturalBreaksK
    thresholds: $thresholds
  ) {
    assessed
    published
    illustrative
    method
    methodDescription
    cycle {
      id
      name
      frameworkId
    }
    categoryCounts {
      category
      count
      label
    }
    regionCounts {
      regionName
      withheld
      namedOnly
      counts {
        category
        count
      }
    }
    chasm {
      gap
      lowestEarlyAdopterScore
      highestEarlyMajorityScore
      nearest {
        systemId
        name
        score
        distance
      }
    }
    entries {
      systemId
      name
      onsCode
      regionName
      own
      overallScore
      basis
      category
      rank
      domainScores {
        domainKey
        score
        incomplete
      }
      revision {
        number
        note
      }
    }
  }
}
    `) as unknown as TypedDocumentString<LandscapeQuery, LandscapeQueryVariables>;
export const MovementDocument = new TypedDocumentString(`
    query Movement($fromCycleId: ID!, $toCycleId: ID!, $method: PlacementMethod!, $naturalBreaksK: Int, $thresholds: FixedThresholdsInput) {
  movement(
    fromCycleId: $fromCycleId
    toCycleId: $toCycleId
    method: $method
    naturalBreaksK: $naturalBreaksK
    thresholds: $thresholds
  ) {
    methodDescription
    movedUp
    movedDown
    stayed
    from {
      id
      name
    }
    to {
      id
      name
    }
    cells {
      from
      to
      count
    }
    moves {
      systemId
      name
      regionName
      cohortNames
      fromScore
      toScore
      from
      to
      direction
    }
    acrossVersions {
      fromVersion
      toVersion
      summary
    }
  }
}
    `) as unknown as TypedDocumentString<MovementQuery, MovementQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($first: Int!) {
  notifications(first: $first) {
    unreadCount
    items {
      id
      kind
      message
      assessmentId
      createdAt
      readAt
    }
  }
}
    `) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($ids: [ID!]!) {
  markNotificationsRead(ids: $ids)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const UnreadNotificationCountDocument = new TypedDocumentString(`
    query UnreadNotificationCount {
  notifications(first: 1) {
    unreadCount
  }
}
    `) as unknown as TypedDocumentString<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const SystemCrosswalkDocument = new TypedDocumentString(`
    query SystemCrosswalk($systemId: ID!) {
  systemProfile(systemId: $systemId) {
    system {
      id
    }
    cycles {
      published
      cycle {
        id
        name
        illustrative
      }
      crosswalk {
        citation
        frameworkVersion
        mappedFromVersion
        mappingNote
        domains {
          key
          title
          score
          incomplete
          criteria
          scored
          basis
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SystemCrosswalkQuery, SystemCrosswalkQueryVariables>;
export const SystemProfileDocument = new TypedDocumentString(`
    query SystemProfile($systemId: ID!) {
  systemProfile(systemId: $systemId) {
    system {
      id
      name
      region {
        id
        name
      }
    }
    calibrationCycleName
    evidenceCycleName
    evidence {
      domainKey
      criteria
      withEvidence
      withLinks
      notAssessed
    }
    calibration {
      domainKey
      meanGap
      count
    }
    peerMatches {
      domainKey
      score
      matches {
        systemId
        name
        category
        score
      }
    }
    cycles {
      basis
      category
      published
      overallScore
      cycle {
        id
        name
        illustrative
        frameworkId
      }
      domainScores {
        domainKey
        score
        incomplete
      }
      progress {
        domainKey
        delta
      }
      comparedAcrossVersions {
        fromVersion
        toVersion
        summary
      }
      peers {
        group
        groupKey
        groupName
        figures {
          domainKey
          score
          withheld
          count
          lowerQuartile
          median
          upperQuartile
          percentileRank
        }
      }
    }
  }
  canvasFrameworks {
    id
    domains {
      key
      number
      title
    }
  }
}
    `) as unknown as TypedDocumentString<SystemProfileQuery, SystemProfileQueryVariables>;
export const ReviewAssessmentDocument = new TypedDocumentString(`
    query ReviewAssessment($id: ID!) {
  assessment(id: $id) {
    ...ReviewState
    cycle {
      id
      name
    }
    system {
      id
      name
    }
    framework {
      id
      domains {
        ...CanvasDomainFields
      }
    }
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment ReviewState on Assessment {
  id
  status
  version
  canModerate
  canComment
  availableTransitions
  submittedAt
  recordedOnBehalfBy
  recordedOnBehalfSince
  responses {
    ...CriterionResponseFields
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    reason
    actorName
    occurredAt
  }
}
fragment CanvasDomainFields on CanvasDomain {
  key
  number
  title
  summary
  sources {
    seed
    section
    note
  }
  criteria {
    key
    statement
    guidance
    evidencePrompts
    sources {
      seed
      section
      note
    }
    levels {
      level
      descriptor
    }
  }
  quickCheck {
    key
    statement
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<ReviewAssessmentQuery, ReviewAssessmentQueryVariables>;
export const ReviewQueueDocument = new TypedDocumentString(`
    query ReviewQueue {
  reviewQueue {
    assessmentId
    systemName
    cycleName
    status
    submittedAt
    daysWaiting
    recordedOnBehalfByName
  }
}
    `) as unknown as TypedDocumentString<ReviewQueueQuery, ReviewQueueQueryVariables>;
export const ReviewTransitionDocument = new TypedDocumentString(`
    mutation ReviewTransition($input: TransitionAssessmentInput!) {
  transitionAssessment(input: $input) {
    ...ReviewState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment ReviewState on Assessment {
  id
  status
  version
  canModerate
  canComment
  availableTransitions
  submittedAt
  recordedOnBehalfBy
  recordedOnBehalfSince
  responses {
    ...CriterionResponseFields
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<ReviewTransitionMutation, ReviewTransitionMutationVariables>;
export const ModerateResponseDocument = new TypedDocumentString(`
    mutation ModerateResponse($input: ModerateResponseInput!) {
  moderateResponse(input: $input) {
    ...ReviewState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment ReviewState on Assessment {
  id
  status
  version
  canModerate
  canComment
  availableTransitions
  submittedAt
  recordedOnBehalfBy
  recordedOnBehalfSince
  responses {
    ...CriterionResponseFields
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<ModerateResponseMutation, ModerateResponseMutationVariables>;
export const AddReviewCommentDocument = new TypedDocumentString(`
    mutation AddReviewComment($input: AddReviewCommentInput!) {
  addReviewComment(input: $input) {
    ...ReviewState
  }
}
    fragment ReviewCommentFields on ReviewComment {
  id
  criterionKey
  authorName
  authorSide
  body
  createdAt
}
fragment ReviewState on Assessment {
  id
  status
  version
  canModerate
  canComment
  availableTransitions
  submittedAt
  recordedOnBehalfBy
  recordedOnBehalfSince
  responses {
    ...CriterionResponseFields
  }
  reviewComments {
    ...ReviewCommentFields
  }
  history {
    transition
    reason
    actorName
    occurredAt
  }
}
fragment CriterionResponseFields on CriterionResponse {
  criterionKey
  selfLevel
  notAssessed
  targetLevel
  targetDate
  evidence
  links
  confidence
  moderatedLevel
  moderatorComment
}`) as unknown as TypedDocumentString<AddReviewCommentMutation, AddReviewCommentMutationVariables>;
export const PeerSharingDocument = new TypedDocumentString(`
    query PeerSharing($systemId: ID!) {
  peerSharing(systemId: $systemId) {
    systemId
    systemName
    shareNameWithPeers
    updatedAt
    canChange
  }
}
    `) as unknown as TypedDocumentString<PeerSharingQuery, PeerSharingQueryVariables>;
export const SetPeerSharingDocument = new TypedDocumentString(`
    mutation SetPeerSharing($systemId: ID!, $shareNameWithPeers: Boolean!) {
  setPeerSharing(systemId: $systemId, shareNameWithPeers: $shareNameWithPeers)
}
    `) as unknown as TypedDocumentString<SetPeerSharingMutation, SetPeerSharingMutationVariables>;
export const MyProvisionalFiguresDocument = new TypedDocumentString(`
    query MyProvisionalFigures($cycleId: ID) {
  myProvisionalFigures(cycleId: $cycleId) {
    cycle {
      id
      name
      illustrative
    }
    published
    systemId
    systemName
    hasFigures
    overallScore
    category
    basis
    domainScores {
      domainKey
      name
      score
      incomplete
    }
    explanation
    signOff {
      state
      label
      comment
      answeredOn
    }
  }
}
    `) as unknown as TypedDocumentString<MyProvisionalFiguresQuery, MyProvisionalFiguresQueryVariables>;
export const AnswerSignOffDocument = new TypedDocumentString(`
    mutation AnswerSignOff($cycleId: ID!, $systemId: ID!, $answer: SignOffAnswer!, $comment: String) {
  answerSignOff(
    cycleId: $cycleId
    systemId: $systemId
    answer: $answer
    comment: $comment
  ) {
    systemId
    state
    label
    comment
    answeredOn
  }
}
    `) as unknown as TypedDocumentString<AnswerSignOffMutation, AnswerSignOffMutationVariables>;
export const SignOffSummaryDocument = new TypedDocumentString(`
    query SignOffSummary($cycleId: ID!) {
  signOffSummary(cycleId: $cycleId) {
    cycle {
      id
      name
      publishedAt
      illustrative
    }
    phase
    total
    confirmed
    queried
    notAnswered
    rows {
      systemId
      name
      state
      label
      comment
      answeredOn
    }
  }
}
    `) as unknown as TypedDocumentString<SignOffSummaryQuery, SignOffSummaryQueryVariables>;
export const OpenSignOffQueriesDocument = new TypedDocumentString(`
    query OpenSignOffQueries {
  openSignOffQueries {
    cycleId
    cycleName
    systemId
    systemName
    comment
    answeredOn
  }
}
    `) as unknown as TypedDocumentString<OpenSignOffQueriesQuery, OpenSignOffQueriesQueryVariables>;
export const PublishPreviewDocument = new TypedDocumentString(`
    query PublishPreview($cycleId: ID!) {
  publishPreview(cycleId: $cycleId) {
    cycle {
      id
      name
    }
    canPublish
    reason
    statements
    outstandingSystemIds
  }
}
    `) as unknown as TypedDocumentString<PublishPreviewQuery, PublishPreviewQueryVariables>;
export const PublishCycleDocument = new TypedDocumentString(`
    mutation PublishCycle($cycleId: ID!, $confirmed: Boolean!, $outstandingSystemIds: [ID!]!) {
  publishCycle(
    cycleId: $cycleId
    confirmed: $confirmed
    outstandingSystemIds: $outstandingSystemIds
  ) {
    id
    publishedAt
  }
}
    `) as unknown as TypedDocumentString<PublishCycleMutation, PublishCycleMutationVariables>;
export const ReviseFiguresDocument = new TypedDocumentString(`
    mutation ReviseFigures($cycleId: ID!, $systemId: ID!, $reason: String!, $levels: [LevelCorrectionInput!]!) {
  reviseFigures(
    cycleId: $cycleId
    systemId: $systemId
    reason: $reason
    levels: $levels
  ) {
    number
    reason
    revisedOn
    note
    changes {
      criterionKey
      before
      after
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseFiguresMutation, ReviseFiguresMutationVariables>;
export const CorrectableFiguresDocument = new TypedDocumentString(`
    query CorrectableFigures($cycleId: ID!, $systemId: ID!) {
  correctableFigures(cycleId: $cycleId, systemId: $systemId) {
    cycle {
      id
      name
      publishedAt
    }
    systemId
    systemName
    published
    hasFigures
    basis
    revisions
    criteria {
      criterionKey
      title
      domainTitle
      statement
      level
    }
  }
}
    `) as unknown as TypedDocumentString<CorrectableFiguresQuery, CorrectableFiguresQueryVariables>;
export const SystemsDocument = new TypedDocumentString(`
    query Systems {
  systems {
    id
    onsCode
    odsCode
    name
    region {
      id
      odsCode
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SystemsQuery, SystemsQueryVariables>;
export const GrantRoleChoicesDocument = new TypedDocumentString(`
    query GrantRoleChoices {
  systems {
    id
    name
    region {
      id
      name
    }
  }
  cohorts {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<GrantRoleChoicesQuery, GrantRoleChoicesQueryVariables>;
export const UserDocument = new TypedDocumentString(`
    query User($id: ID!) {
  user(id: $id) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<UserQuery, UserQueryVariables>;
export const UsersDocument = new TypedDocumentString(`
    query Users {
  users {
    id
    name
    email
    deactivatedAt
    roleGrants {
      id
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<UsersQuery, UsersQueryVariables>;
export const GrantRoleDocument = new TypedDocumentString(`
    mutation GrantRole($input: GrantRoleInput!) {
  grantRole(input: $input) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<GrantRoleMutation, GrantRoleMutationVariables>;
export const PendingInvitationsDocument = new TypedDocumentString(`
    query PendingInvitations {
  pendingInvitations {
    id
    name
    email
    singleSignOn
    expiresAt
    expired
    sentAt
    roles {
      role
      system {
        id
        name
      }
      cohort {
        id
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<PendingInvitationsQuery, PendingInvitationsQueryVariables>;
export const InviteUserDocument = new TypedDocumentString(`
    mutation InviteUser($input: InviteUserInput!) {
  inviteUser(input: $input) {
    id
    name
    email
  }
}
    `) as unknown as TypedDocumentString<InviteUserMutation, InviteUserMutationVariables>;
export const ResendInvitationDocument = new TypedDocumentString(`
    mutation ResendInvitation($id: ID!) {
  resendInvitation(id: $id) {
    id
    expiresAt
  }
}
    `) as unknown as TypedDocumentString<ResendInvitationMutation, ResendInvitationMutationVariables>;
export const RevokeInvitationDocument = new TypedDocumentString(`
    mutation RevokeInvitation($id: ID!) {
  revokeInvitation(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeInvitationMutation, RevokeInvitationMutationVariables>;
export const ResetSecondStepDocument = new TypedDocumentString(`
    mutation ResetSecondStep($userId: ID!) {
  resetSecondStep(userId: $userId) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ResetSecondStepMutation, ResetSecondStepMutationVariables>;
export const RevokeRoleDocument = new TypedDocumentString(`
    mutation RevokeRole($grantId: ID!) {
  revokeRole(grantId: $grantId) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<RevokeRoleMutation, RevokeRoleMutationVariables>;
export const DeactivateUserDocument = new TypedDocumentString(`
    mutation DeactivateUser($id: ID!) {
  deactivateUser(id: $id) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = new TypedDocumentString(`
    mutation ReactivateUser($id: ID!) {
  reactivateUser(id: $id) {
    ...UserDetails
  }
}
    fragment UserDetails on UserAccount {
  id
  name
  email
  createdAt
  deactivatedAt
  secondStep {
    enrolled
    required
  }
  roleGrants {
    id
    role
    grantedAt
    system {
      id
      name
    }
    cohort {
      id
      name
    }
  }
}`) as unknown as TypedDocumentString<ReactivateUserMutation, ReactivateUserMutationVariables>;