import { AssessmentStatus } from '@idt/domain';
import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ActionPlanItemModel } from '../../assessments/action-plan/action-plan.model';
import { AssessmentStatusEnum } from '../../assessments/models/enums';
import { ReviewQueueItemModel } from '../../assessments/review/review-queue.model';
import { CategoryCountModel } from '../../landscape/models/landscape.model';

@ObjectType('HomeStatusCount', { description: 'How many assessments are in one status.' })
export class HomeStatusCountModel {
  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('HomeDomainToDo', { description: 'A domain of the lead’s assessment with criteria still to answer.' })
export class HomeDomainToDoModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  total!: number;
}

@ObjectType('HomeReturnedItem', { description: 'A criterion the coach commented on when returning the assessment.' })
export class HomeReturnedItemModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String, { description: 'The criterion’s statement.' })
  criterionStatement!: string;

  @Field(() => String)
  domainKey!: string;

  @Field(() => Int)
  domainNumber!: number;

  @Field(() => String)
  domainTitle!: string;

  @Field(() => String, { description: 'The coach’s latest comment on it. Plain text: render it escaped.' })
  comment!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;
}

@ObjectType('HomeLeadAssessment', { description: 'The assessment an ICS lead is working on now, and what is left.' })
export class HomeLeadAssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  cycleName!: string;

  @Field(() => Boolean)
  illustrative!: boolean;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => Int, { description: 'Days from today (in England) to the closing date: 0 on the day, negative once closed.' })
  daysLeft!: number;

  @Field(() => Boolean, { description: 'Whether the caller may change its answers now.' })
  canEdit!: boolean;

  @Field(() => Int)
  criteriaAnswered!: number;

  @Field(() => Int)
  criteriaTotal!: number;

  @Field(() => [HomeDomainToDoModel], { description: 'Domains with criteria still to answer, in order.' })
  domainsLeft!: HomeDomainToDoModel[];

  @Field(() => String, { nullable: true, description: 'Why it was returned, while it is returned for changes.' })
  returnReason!: string | null;

  @Field(() => [HomeReturnedItemModel], { description: 'While returned: the criteria the coach commented on since it was submitted.' })
  returnedItems!: HomeReturnedItemModel[];

  @Field(() => String, { nullable: true, description: 'The assisted route: the coach recording it on the ICS’s behalf.' })
  recordedOnBehalfBy!: string | null;
}

@ObjectType('HomeLead', { description: 'An ICS lead’s home, for one ICS they lead.' })
export class HomeLeadModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => HomeLeadAssessmentModel, { nullable: true, description: 'Null when the ICS has no assessment in any cycle.' })
  assessment!: HomeLeadAssessmentModel | null;

  @Field(() => [ActionPlanItemModel], { description: 'Actions not done whose due date has passed, the longest overdue first.' })
  overdueActions!: ActionPlanItemModel[];

  @Field(() => [ActionPlanItemModel], { description: 'The next few actions due (today or later), soonest first.' })
  nextActions!: ActionPlanItemModel[];

  @Field(() => Int, { description: 'Actions in the plan not yet done.' })
  openActionCount!: number;
}

@ObjectType('HomeCohortProgress', { description: 'How far a cohort’s ICSs have got in its latest cycle.' })
export class HomeCohortProgressModel {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => String)
  cohortName!: string;

  @Field(() => Int)
  memberCount!: number;

  @Field(() => ID, { nullable: true, description: 'The newest cycle that has opened for its ICSs; null when none has.' })
  cycleId!: string | null;

  @Field(() => String, { nullable: true })
  cycleName!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string | null;

  @Field(() => [HomeStatusCountModel], { description: 'Its ICSs’ assessments in that cycle, by status (every status, in workflow order).' })
  statusCounts!: HomeStatusCountModel[];
}

@ObjectType('HomeCoach', { description: 'A programme coach’s home.' })
export class HomeCoachModel {
  @Field(() => [ReviewQueueItemModel], { description: 'Assessments of the ICSs you coach waiting for (or in) review, the longest waiting first.' })
  reviewsWaiting!: ReviewQueueItemModel[];

  @Field(() => [HomeCohortProgressModel], { description: 'The cohorts you coach, by name.' })
  cohorts!: HomeCohortProgressModel[];
}

@ObjectType('HomeCycleProgress', { description: 'A cycle not yet published: its dates and how far its ICSs have got.' })
export class HomeCycleProgressModel {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  cycleName!: string;

  @Field(() => Boolean)
  illustrative!: boolean;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => Int, { description: 'Days from today (in England) to the closing date: negative once closed.' })
  daysLeft!: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD: the day answers stopped, once closed (early or not); null until then.' })
  closedOn!: string | null;

  @Field(() => Boolean, { description: 'Open today.' })
  open!: boolean;

  @Field(() => Boolean, { description: 'Open, and closing within 7 days.' })
  closingSoon!: boolean;

  @Field(() => String, { nullable: true, description: 'The cohort taking part; null for all 42 ICSs.' })
  cohortName!: string | null;

  @Field(() => Int, { description: 'ICSs taking part (with an assessment in the cycle).' })
  participating!: number;

  @Field(() => [HomeStatusCountModel], { description: 'Its assessments by status (every status, in workflow order).' })
  statusCounts!: HomeStatusCountModel[];
}

@ObjectType('HomeLandscapeSummary', { description: 'The latest published landscape, counted by adopter category.' })
export class HomeLandscapeSummaryModel {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  cycleName!: string;

  @Field(() => Boolean)
  illustrative!: boolean;

  @Field(() => String, { description: 'How the ICSs were placed, in words.' })
  methodDescription!: string;

  @Field(() => Int, { description: 'ICSs with a counted assessment in the cycle.' })
  assessed!: number;

  @Field(() => [CategoryCountModel])
  categoryCounts!: CategoryCountModel[];
}

@ObjectType('HomeNational', { description: 'A national viewer’s home.' })
export class HomeNationalModel {
  @Field(() => HomeLandscapeSummaryModel, { nullable: true, description: 'Null until a cycle is published.' })
  latestPublished!: HomeLandscapeSummaryModel | null;

  @Field(() => [HomeCycleProgressModel], { description: 'Cycles whose landscape is provisional (not yet published), newest first.' })
  provisional!: HomeCycleProgressModel[];
}

@ObjectType('HomeNamed', { description: 'Something an admin may need to set up, by name.' })
export class HomeNamedModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('HomeAdmin', { description: 'An admin’s home: what needs setting up.' })
export class HomeAdminModel {
  @Field(() => [HomeNamedModel], { description: 'Cohorts nobody coaches, by name.' })
  cohortsWithoutCoach!: HomeNamedModel[];

  @Field(() => [HomeNamedModel], { description: 'ICSs with no ICS lead, by name.' })
  systemsWithoutLead!: HomeNamedModel[];

  @Field(() => [HomeCycleProgressModel], { description: 'Cycles not yet closed that have opened (also those past their closing date, which wait to be closed), closing soonest first.' })
  openCycles!: HomeCycleProgressModel[];

  @Field(() => [HomeCycleProgressModel], { description: 'Cycles that have closed but whose landscape is not yet published.' })
  closedUnpublished!: HomeCycleProgressModel[];

  @Field(() => Int, { description: 'Assessments waiting for (or in) review, in every cohort.' })
  reviewsWaiting!: number;
}

@ObjectType('Home', { description: 'What the signed-in person needs to do now: a section for each role they hold (null or empty for the others).' })
export class HomeModel {
  @Field(() => [HomeLeadModel], { description: 'One for each ICS you lead, by name.' })
  leads!: HomeLeadModel[];

  @Field(() => HomeCoachModel, { nullable: true })
  coach!: HomeCoachModel | null;

  @Field(() => HomeNationalModel, { nullable: true })
  national!: HomeNationalModel | null;

  @Field(() => HomeAdminModel, { nullable: true })
  admin!: HomeAdminModel | null;
}
