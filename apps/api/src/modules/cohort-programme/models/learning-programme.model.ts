import { AdopterCategory } from '@idt/maturity';
import { Field, Float, GraphQLISODateTime, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';
import { AdopterCategoryEnum } from '../../landscape/models/landscape.model';

@ObjectType('ProposedGroupSession', { description: 'A group session on a domain weak across the cohort.' })
export class ProposedGroupSessionModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Float, { description: 'The cohort’s mean score in the domain (0–100).' })
  meanScore!: number;

  @Field(() => Int)
  scoredMembers!: number;

  @Field(() => [ID], { description: 'The ICSs below the cohort’s mean there, weakest first.' })
  systemIds!: string[];

  @Field(() => [String])
  coachingTopics!: string[];

  @Field(() => [String], { description: 'Seed 003 §5.2 recommendations (ICS-1 … ICS-12) that help.' })
  recommendationIds!: string[];
}

@ObjectType('ProposedPeer', { description: 'An ICS further along the curve, strong where this one is weak.' })
export class ProposedPeerModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => AdopterCategoryEnum)
  category!: AdopterCategory;

  @Field(() => Float)
  score!: number;
}

@ObjectType('ProposedGap', { description: 'One of an ICS’s weakest domains, and what helps.' })
export class ProposedGapModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => [String])
  coachingTopics!: string[];

  @Field(() => [String])
  recommendationIds!: string[];

  @Field(() => [ProposedPeerModel])
  peers!: ProposedPeerModel[];
}

@ObjectType('ProposedCoaching')
export class ProposedCoachingModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => [ProposedGapModel])
  gaps!: ProposedGapModel[];
}

@ObjectType('LearningProgrammeProposal', { description: 'What the cohort’s assessments suggest, computed afresh each time.' })
export class LearningProgrammeProposalModel {
  @Field(() => [ProposedGroupSessionModel])
  groupSessions!: ProposedGroupSessionModel[];

  @Field(() => [ProposedCoachingModel])
  individualCoaching!: ProposedCoachingModel[];

  @Field(() => [ID], { description: 'ICSs with nothing to go on yet (not submitted).' })
  unscoredSystemIds!: string[];
}

@ObjectType('PlannedGroupSession')
export class PlannedGroupSessionModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [ID])
  systemIds!: string[];

  @Field(() => String)
  notes!: string;
}

@ObjectType('PlannedCoaching')
export class PlannedCoachingModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => [String])
  topics!: string[];

  @Field(() => [String])
  recommendationIds!: string[];

  @Field(() => [ID])
  peerSystemIds!: string[];

  @Field(() => String)
  notes!: string;
}

@ObjectType('LearningProgrammePlan', { description: 'The coach’s plan: group sessions and individual coaching.' })
export class LearningProgrammePlanModel {
  @Field(() => [PlannedGroupSessionModel])
  groupSessions!: PlannedGroupSessionModel[];

  @Field(() => [PlannedCoachingModel])
  individualCoaching!: PlannedCoachingModel[];
}

@ObjectType('CohortSystem')
export class CohortSystemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('LearningProgramme', { description: 'A cohort’s learning programme for one cycle.' })
export class LearningProgrammeModel {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => String)
  cohortName!: string;

  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => [CohortSystemModel], { description: 'The cohort’s ICSs, by name (to name the ids in plans).' })
  systems!: CohortSystemModel[];

  @Field(() => LearningProgrammeProposalModel)
  proposal!: LearningProgrammeProposalModel;

  @Field(() => LearningProgrammePlanModel, { description: 'The saved plan, or (until one is saved) the proposal as a plan.' })
  plan!: LearningProgrammePlanModel;

  @Field(() => Int, { nullable: true, description: 'The saved plan’s version; null until first saved.' })
  version!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  updatedAt!: Date | null;

  @Field(() => String, { nullable: true })
  updatedByName!: string | null;
}

@InputType()
export class PlannedGroupSessionInput {
  @Field(() => String)
  domainKey!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [ID])
  systemIds!: string[];

  @Field(() => String, { defaultValue: '' })
  notes!: string;
}

@InputType()
export class PlannedCoachingInput {
  @Field(() => ID)
  systemId!: string;

  @Field(() => [String])
  topics!: string[];

  @Field(() => [String], { defaultValue: [] })
  recommendationIds!: string[];

  @Field(() => [ID], { defaultValue: [] })
  peerSystemIds!: string[];

  @Field(() => String, { defaultValue: '' })
  notes!: string;
}

@InputType()
export class SaveLearningProgrammeInput {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => Int, { nullable: true, description: 'The version you last saw; null when saving the first plan.' })
  expectedVersion?: number | null;

  @Field(() => [PlannedGroupSessionInput])
  groupSessions!: PlannedGroupSessionInput[];

  @Field(() => [PlannedCoachingInput])
  individualCoaching!: PlannedCoachingInput[];
}
