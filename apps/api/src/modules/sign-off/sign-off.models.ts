import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
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

@ObjectType('FiguresRevision', { description: 'A correction of an ICS’s published figures.' })
export class FiguresRevisionModel {
  @Field(() => Int, { description: 'From 1, per ICS per cycle.' })
  number!: number;

  @Field(() => String, { nullable: true, description: 'Why; null where it would pick out an unnamed ICS.' })
  reason!: string | null;

  @Field(() => String, { description: 'YYYY-MM-DD.' })
  revisedOn!: string;

  @Field(() => String, { description: 'What the landscape says beside the corrected figures.' })
  note!: string;
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
