import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CyclePhase, CycleProgressStatus } from '@idt/domain';
import { CohortReferenceModel } from '../../users/models/user-account.model';

export const CycleProgressStatusEnum = {
  NOT_STARTED: 'NOT_STARTED',
  IN_PROGRESS: 'IN_PROGRESS',
  SUBMITTED: 'SUBMITTED',
  IN_REVIEW: 'IN_REVIEW',
  VALIDATED: 'VALIDATED',
  RETURNED: 'RETURNED',
} as const satisfies Record<CycleProgressStatus, CycleProgressStatus>;
registerEnumType(CycleProgressStatusEnum, { name: 'CycleProgressStatus', description: "Where an ICS's assessment is in a cycle." });

@ObjectType('AssessmentCycle', { description: 'A round of the self-assessment, e.g. "Baseline, spring 2026".' })
export class AssessmentCycleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: 'The canvas version assessments in this cycle are made against.' })
  frameworkId!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => CohortReferenceModel, { nullable: true, description: 'The cohort taking part; null means all 42 ICSs.' })
  cohort!: CohortReferenceModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its landscape was published; null while provisional.' })
  publishedAt!: Date | string | null;

  @Field(() => Boolean, { description: 'Made-up demonstration data, labelled as such wherever it is shown.' })
  illustrative!: boolean;
}

/** The phases, as a GraphQL enum (the domain's `CyclePhase`). */
export const CyclePhaseEnum = {
  NOT_YET_OPEN: 'NOT_YET_OPEN',
  OPEN: 'OPEN',
  PAST_CLOSING_DATE: 'PAST_CLOSING_DATE',
  CLOSED: 'CLOSED',
  PUBLISHED: 'PUBLISHED',
} as const satisfies Record<CyclePhase, CyclePhase>;
registerEnumType(CyclePhaseEnum, { name: 'CyclePhase', description: 'Where a cycle is in its life today.' });


@ObjectType('CycleProgressCount', { description: 'How many ICSs in a cycle are at one stage.' })
export class CycleProgressCountModel {
  @Field(() => CycleProgressStatusEnum)
  status!: string;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('CycleProgressRow', { description: "One ICS taking part in a cycle, and where its assessment is." })
export class CycleProgressRowModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => CycleProgressStatusEnum)
  status!: string;

  @Field(() => String, { description: 'The stage in words: "Not started", "In progress", "Submitted"…' })
  label!: string;

  @Field(() => Int, { description: 'Criteria with a self-assessed level or marked "not assessed".' })
  answeredCount!: number;

  @Field(() => Int, { description: "Criteria in the cycle's canvas version." })
  criteriaCount!: number;

  @Field(() => String, { nullable: true, description: 'ISO date its assessment last changed.' })
  updatedOn!: string | null;
}

@ObjectType('CycleProgress', { description: "A cycle's progress at a glance: counts per stage and one row per ICS (admins only)." })
export class CycleProgressModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => [CycleProgressCountModel], { description: 'Every stage, in order, zeros included.' })
  counts!: CycleProgressCountModel[];

  @Field(() => [CycleProgressRowModel], { description: 'By ICS name.' })
  rows!: CycleProgressRowModel[];

  @Field(() => [String], { description: "The CSV download's header row (the web app writes the rows with cycleProgressCsvRow)." })
  csvHeaders!: string[];
}
