import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AssessmentCycleModel } from '../canvas/models/assessment-cycle.model';

export enum SignOffAnswerEnum {
  CONFIRMED = 'CONFIRMED',
  QUERIED = 'QUERIED',
}
export enum SignOffStateEnum {
  NOT_ANSWERED = 'NOT_ANSWERED',
  CONFIRMED = 'CONFIRMED',
  QUERIED = 'QUERIED',
}
registerEnumType(SignOffAnswerEnum, { name: 'SignOffAnswer', description: 'An ICS lead’s answer to their provisional figures.' });
registerEnumType(SignOffStateEnum, { name: 'SignOffState', description: 'Where an ICS is in the sign-off of a closed cycle.' });

@ObjectType('SignOffRow', { description: 'One ICS’s answer to its provisional figures.' })
export class SignOffRowModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => SignOffStateEnum)
  state!: SignOffStateEnum;

  @Field(() => String, { description: 'The state in words: "Confirmed", "Queried", "Not answered".' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'The query’s comment; null otherwise.' })
  comment!: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; null when not answered.' })
  answeredOn!: string | null;
}

@ObjectType('ProvisionalDomainScore')
export class ProvisionalDomainScoreModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Float, { nullable: true, description: '0–100; null when nothing in the domain was answered.' })
  score!: number | null;

  @Field(() => Boolean, { description: 'Some criteria of the domain were not assessed.' })
  incomplete!: boolean;
}

@ObjectType('ProvisionalFigures', { description: 'An ICS’s provisional figures in a closed cycle, as its leads check them.' })
export class ProvisionalFiguresModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => Boolean, { description: 'The cycle is published: the figures are final and can no longer be answered.' })
  published!: boolean;

  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => Boolean, { description: 'Whether its assessment counts (it was submitted before the cycle closed).' })
  hasFigures!: boolean;

  @Field(() => Float, { nullable: true })
  overallScore!: number | null;

  @Field(() => String, { nullable: true, description: 'Its adopter category in words; null when not placed.' })
  category!: string | null;

  @Field(() => String, { nullable: true, description: 'MODERATED or SELF; null without figures.' })
  basis!: string | null;

  @Field(() => [ProvisionalDomainScoreModel])
  domainScores!: ProvisionalDomainScoreModel[];

  @Field(() => [String], { description: 'How the figures were worked out, in plain sentences.' })
  explanation!: string[];

  @Field(() => SignOffRowModel, { description: 'Its answer so far.' })
  signOff!: SignOffRowModel;
}

@ObjectType('SignOffSummary', { description: 'Who has confirmed, queried or not answered, as far as you may see.' })
export class SignOffSummaryModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => String, { description: 'Where the cycle is, in words.' })
  phase!: string;

  @Field(() => Int)
  total!: number;

  @Field(() => Int)
  confirmed!: number;

  @Field(() => Int)
  queried!: number;

  @Field(() => Int)
  notAnswered!: number;

  @Field(() => [SignOffRowModel])
  rows!: SignOffRowModel[];
}

@ObjectType('PublishPreview', { description: 'What publishing a cycle will do, to confirm before publishing.' })
export class PublishPreviewModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => Boolean, { description: 'The cycle is closed and not yet published.' })
  canPublish!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it cannot be published now, in words.' })
  reason!: string | null;

  @Field(() => [String], { description: 'What becomes visible to whom, in the order to show it.' })
  statements!: string[];

  @Field(() => [ID], { description: 'The ICSs that have not confirmed: send back with publishCycle.' })
  outstandingSystemIds!: string[];
}

@ObjectType('CorrectedLevel', { description: 'One criterion a correction changed: the level that counted before and after.' })
export class CorrectedLevelModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String, { description: 'Its number and domain: "2.1 (Skills and capability)".' })
  title!: string;

  @Field(() => Int, { nullable: true, description: 'Null when no level counted before.' })
  before!: number | null;

  @Field(() => Int)
  after!: number;
}

@ObjectType('FiguresRevision', { description: 'A correction of an ICS’s published figures.' })
export class FiguresRevisionModel {
  @Field(() => Int, { description: 'From 1, per ICS per cycle.' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'Why; null where it would pick out an unnamed ICS.' })
  reason!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  revisedOn!: string;

  @Field(() => String, { description: 'What the landscape says beside the corrected figures: when, what changed and why.' })
  note!: string;

  @Field(() => [CorrectedLevelModel], { description: 'The levels it corrected; empty where the ICS is unnamed to you.' })
  changes!: CorrectedLevelModel[];
}

@InputType('LevelCorrectionInput', { description: 'One criterion’s corrected level.' })
export class LevelCorrectionInput {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => Int, { description: '1–5: the level that will count in the ICS’s figures.' })
  level!: number;
}

@ObjectType('CorrectableCriterion', { description: 'One criterion of an ICS’s published figures, with the level that counts.' })
export class CorrectableCriterionModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String, { description: 'Its number and domain, as screens name it: "2.1 (Skills and capability)".' })
  title!: string;

  @Field(() => String)
  domainTitle!: string;

  @Field(() => String)
  statement!: string;

  @Field(() => Int, { nullable: true, description: 'The level that counts in the published figures; null when none does.' })
  level!: number | null;
}

@ObjectType('CorrectableFigures', { description: 'An ICS’s published figures as the admin’s correction form shows them.' })
export class CorrectableFiguresModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => Boolean, { description: 'The cycle is published: only then can its figures be corrected.' })
  published!: boolean;

  @Field(() => Boolean, { description: 'The ICS has figures in the landscape (its assessment counted).' })
  hasFigures!: boolean;

  @Field(() => String, { description: 'MODERATED (a corrected level replaces the moderated level) or SELF (the self-assessed level).' })
  basis!: string;

  @Field(() => Int, { description: 'How many corrections it has had in this cycle.' })
  revisions!: number;

  @Field(() => [CorrectableCriterionModel])
  criteria!: CorrectableCriterionModel[];
}

@ObjectType('OpenSignOffQuery', { description: 'An ICS’s query about its provisional figures in a closed cycle not yet published.' })
export class OpenSignOffQueryModel {
  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  cycleName!: string;

  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => String)
  comment!: string;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  answeredOn!: string;
}
