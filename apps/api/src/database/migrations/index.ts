import { ReferenceData1763780000000 } from './1763780000000-reference-data';
import { AccountsRolesCohorts1763790000000 } from './1763790000000-accounts-roles-cohorts';
import { SingleSignOn1763800000000 } from './1763800000000-single-sign-on';
import { CanvasAndAssessments1763810000000 } from './1763810000000-canvas-and-assessments';
import { Landscape1763820000000 } from './1763820000000-landscape';
import { AssessmentChangedBy1763830000000 } from './1763830000000-assessment-changed-by';
import { ReviewNotificationsLearning1763840000000 } from './1763840000000-review-notifications-learning';
import { CommentNotifications1763850000000 } from './1763850000000-comment-notifications';
import { StoredPlacements1763860000000 } from './1763860000000-stored-placements';
import { AssistedRouteNotifications1763880000000 } from './1763880000000-assisted-route-notifications';
import { CanvasV1Wording1763900000000 } from './1763900000000-canvas-v1-wording';
import { CohortMemberProjects1763900000001 } from './1763900000001-cohort-member-projects';
import { OneVocabulary1763910000000 } from './1763910000000-one-vocabulary';
import { SessionChangeNotifications1763920000000 } from './1763920000000-session-change-notifications';
import { PublishedAnswersChanged1763930000000 } from './1763930000000-published-answers-changed';
import { CycleClosing1764000000000 } from './1764000000000-cycle-closing';
import { OneCanvasDraft1764000100000 } from './1764000100000-one-canvas-draft';
import { CycleNotices1764000200000 } from './1764000200000-cycle-notices';
import { SignOffAndRevisions1764000300000 } from './1764000300000-sign-off-and-revisions';
import { OnePlacementReadModel1763940000000 } from './1763940000000-one-placement-read-model';
import { AuditTrailReading1764000400000 } from './1764000400000-audit-trail-reading';
import { CorrectedLevels1764000500000 } from './1764000500000-corrected-levels';
import { AuditEventSystem1764000600000 } from './1764000600000-audit-event-system';
import { AuditEventSystemPlpgsql1764001050000 } from './1764001050000-audit-event-system-plpgsql';
import { AuditEventCycleSystem1764001000000 } from './1764001000000-audit-event-cycle-system';
import { PasswordsAndSessions1764001200000 } from './1764001200000-passwords-and-sessions';
import { KnownDevices1764001400000 } from './1764001400000-known-devices';
import { InvitationsAndLeavers1764001100000 } from './1764001100000-invitations-and-leavers';
import { AppRoleAndRowSecurity1764001900000 } from './1764001900000-app-role-and-row-security';
import { ScopeFunctionsPlpgsql1764002000000 } from './1764002000000-scope-functions-plpgsql';
import { TwoStepSignIn1764001300000 } from './1764001300000-two-step-sign-in';

/** Every migration, oldest first. Add a new one at the end; never edit one that has been released. */
export const MIGRATIONS = [
  ReferenceData1763780000000,
  AccountsRolesCohorts1763790000000,
  SingleSignOn1763800000000,
  CanvasAndAssessments1763810000000,
  Landscape1763820000000,
  AssessmentChangedBy1763830000000,
  ReviewNotificationsLearning1763840000000,
  CommentNotifications1763850000000,
  StoredPlacements1763860000000,
  AssistedRouteNotifications1763880000000,
  CanvasV1Wording1763900000000,
  CohortMemberProjects1763900000001,
  OneVocabulary1763910000000,
  SessionChangeNotifications1763920000000,
  PublishedAnswersChanged1763930000000,
  OnePlacementReadModel1763940000000,
  CycleClosing1764000000000,
  OneCanvasDraft1764000100000,
  CycleNotices1764000200000,
  SignOffAndRevisions1764000300000,
  AuditTrailReading1764000400000,
  CorrectedLevels1764000500000,
  AuditEventSystem1764000600000,
  AuditEventCycleSystem1764001000000,
  AuditEventSystemPlpgsql1764001050000,
  InvitationsAndLeavers1764001100000,
  PasswordsAndSessions1764001200000,
  TwoStepSignIn1764001300000,
  KnownDevices1764001400000,
  AppRoleAndRowSecurity1764001900000,
  ScopeFunctionsPlpgsql1764002000000,
];
