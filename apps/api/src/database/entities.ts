import { PasswordResetEntity } from '../modules/account/password-reset.entity';
import { ActionPlanItemEntity } from '../modules/assessments/action-plan/action-plan-item.entity';
import { AssessmentResponseEntity } from '../modules/assessments/assessment-response.entity';
import { AssessmentTransitionEntity } from '../modules/assessments/assessment-transition.entity';
import { AssessmentEntity } from '../modules/assessments/assessment.entity';
import { QuickCheckAnswerEntity } from '../modules/assessments/quick-check-answer.entity';
import { ReviewCommentEntity } from '../modules/assessments/review/review-comment.entity';
import { AuditEventEntity } from '../modules/audit/audit-event.entity';
import { ExternalIdentityEntity } from '../modules/auth/oidc/external-identity.entity';
import { SignInAttemptEntity } from '../modules/auth/oidc/sign-in-attempt.entity';
import { UserSessionEntity } from '../modules/auth/user-session.entity';
import { KnownDeviceEntity } from '../modules/auth/known-device.entity';
import { PendingSignInEntity, RecoveryCodeEntity, SecondStepEntity } from '../modules/auth/second-step/second-step.entities';
import { AssessmentCycleEntity } from '../modules/canvas/assessment-cycle.entity';
import { CanvasFrameworkEntity } from '../modules/canvas/canvas-framework.entity';
import { LearningProgrammeEntity } from '../modules/cohort-programme/learning-programme.entity';
import { CohortMemberProjectEntity } from '../modules/cohorts/cohort-member-project.entity';
import { CohortMemberEntity } from '../modules/cohorts/cohort-member.entity';
import { CohortEntity } from '../modules/cohorts/cohort.entity';
import { CyclePeerGroupEntity } from '../modules/placement/cycle-peer-group.entity';
import { CyclePlacementDomainEntity } from '../modules/placement/cycle-placement-domain.entity';
import { CyclePlacementStateEntity } from '../modules/placement/cycle-placement-state.entity';
import { CyclePlacementEntity } from '../modules/placement/cycle-placement.entity';
import { PeerSharingEntity } from '../modules/landscape/peer-sharing.entity';
import { InvitationEntity } from '../modules/invitations/invitation.entity';
import { NotificationEntity } from '../modules/notifications/notification.entity';
import { CycleFiguresRevisionEntity } from '../modules/sign-off/cycle-figures-revision.entity';
import { CycleSignOffEntity } from '../modules/sign-off/cycle-sign-off.entity';
import { SystemEntity } from '../modules/systems/system.entity';
import { RegionEntity } from '../modules/systems/region.entity';
import { RoleGrantEntity } from '../modules/users/role-grant.entity';
import { UserAccountEntity } from '../modules/users/user-account.entity';

/**
 * Every table of the `public` schema has exactly one entity, in the module that owns the concept (test/entities.spec.ts
 * checks them against a migrated database). Entities describe the schema; migrations change it (never `synchronize`).
 */
export const ENTITIES = [
  // reference data
  RegionEntity,
  SystemEntity,
  // people, sign-in and the audit trail
  UserAccountEntity,
  RoleGrantEntity,
  UserSessionEntity,
  KnownDeviceEntity,
  ExternalIdentityEntity,
  SignInAttemptEntity,
  AuditEventEntity,
  PasswordResetEntity,
  InvitationEntity,
  // two-step sign-in
  SecondStepEntity,
  RecoveryCodeEntity,
  PendingSignInEntity,
  // cohorts
  CohortEntity,
  CohortMemberEntity,
  CohortMemberProjectEntity,
  LearningProgrammeEntity,
  // the canvas, cycles and assessments
  CanvasFrameworkEntity,
  AssessmentCycleEntity,
  CycleSignOffEntity,
  CycleFiguresRevisionEntity,
  AssessmentEntity,
  AssessmentResponseEntity,
  AssessmentTransitionEntity,
  QuickCheckAnswerEntity,
  ReviewCommentEntity,
  ActionPlanItemEntity,
  NotificationEntity,
  // the landscape: sharing; the placement read model: stored placements
  PeerSharingEntity,
  CyclePlacementEntity,
  CyclePlacementDomainEntity,
  CyclePlacementStateEntity,
  CyclePeerGroupEntity,
];
