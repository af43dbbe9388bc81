import { AccountResolver } from '../modules/account/account.resolver';
import { ActionPlanResolver } from '../modules/assessments/action-plan/action-plan.resolver';
import { AuditTrailResolver } from '../modules/audit/audit-trail.resolver';
import { AssessmentsResolver } from '../modules/assessments/assessments.resolver';
import { ReviewResolver } from '../modules/assessments/review/review.resolver';
import { NotificationsResolver } from '../modules/notifications/notifications.resolver';
import { AuthResolver } from '../modules/auth/auth.resolver';
import { SecondStepResolver } from '../modules/auth/second-step/second-step.resolver';
import { CanvasResolver } from '../modules/canvas/canvas.resolver';
import { CanvasVersionsResolver } from '../modules/canvas/canvas-versions.resolver';
import { AssessmentCycleFieldsResolver } from '../modules/canvas/cycle-fields.resolver';
import { CohortProgrammeResolver } from '../modules/cohort-programme/cohort-programme.resolver';
import { CohortsResolver } from '../modules/cohorts/cohorts.resolver';
import { CrosswalkResolver, ProfileCycleCrosswalkResolver } from '../modules/crosswalk/crosswalk.resolver';
import { HomeResolver } from '../modules/home/home.resolver';
import { InvitationsResolver } from '../modules/invitations/invitations.resolver';
import { LandscapeResolver } from '../modules/landscape/landscape.resolver';
import { NewestLandscapeResolver } from '../modules/landscape/newest-landscape.resolver';
import { SignOffResolver } from '../modules/sign-off/sign-off.resolver';
import { SystemsResolver } from '../modules/systems/systems.resolver';
import { UsersResolver } from '../modules/users/users.resolver';

/**
 * Every resolver class, for printing the schema without a database. An integration test checks that the schema
 * printed from this list is the one the running API serves, so a resolver missing here fails the build.
 */
export const RESOLVERS = [
  AccountResolver,
  ActionPlanResolver,
  AssessmentsResolver,
  AssessmentCycleFieldsResolver,
  AuditTrailResolver,
  AuthResolver,
  CanvasResolver,
  CanvasVersionsResolver,
  CohortProgrammeResolver,
  CohortsResolver,
  CrosswalkResolver,
  HomeResolver,
  InvitationsResolver,
  LandscapeResolver,
  NewestLandscapeResolver,
  NotificationsResolver,
  ProfileCycleCrosswalkResolver,
  ReviewResolver,
  SecondStepResolver,
  SignOffResolver,
  SystemsResolver,
  UsersResolver,
] as const;
