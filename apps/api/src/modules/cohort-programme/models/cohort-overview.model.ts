import { AdopterCategory } from '@idt/maturity';
import { AssessmentStatus } from '@idt/domain';
import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../../assessments/models/enums';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';
import { AdopterCategoryEnum, DomainScoreModel } from '../../landscape/models/landscape.model';

@ObjectType('CohortDomain', { description: 'A domain of the canvas the cycle uses: a column of the heatmap.' })
export class CohortDomainModel {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;
}

@ObjectType('CohortMemberCalibration', { description: 'How far the ICS’s self-assessed levels are from its moderated levels.' })
export class CohortMemberCalibrationModel {
  @Field(() => Float, { nullable: true, description: 'Mean of self − moderated, in points (25 a level); positive: rosier than the coach.' })
  meanGapPoints!: number | null;

  @Field(() => Int, { description: 'How many criteria have both scores.' })
  count!: number;
}

@ObjectType('CohortMember', { description: 'One ICS of the cohort in the cycle: a row of the heatmap.' })
export class CohortMemberModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => ID, { nullable: true, description: 'Its assessment in this cycle; null when it takes no part.' })
  assessmentId!: string | null;

  @Field(() => AssessmentStatusEnum, { nullable: true })
  status!: AssessmentStatus | null;

  @Field(() => Int, { nullable: true, description: 'The assessment’s version (to start the assisted route).' })
  version!: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  submittedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'The assisted route: the coach recording it on the ICS’s behalf.' })
  recordedOnBehalfBy!: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'The assisted route: since when the coach has been recording it.' })
  recordedOnBehalfSince!: Date | null;

  @Field(() => Boolean, { description: 'Whether you can start recording it on the ICS’s behalf now.' })
  canRecordOnBehalf!: boolean;

  @Field(() => Boolean, { description: 'Whether you can open it (a draft stays private to its ICS).' })
  canRead!: boolean;

  @Field(() => Float, { nullable: true, description: '0–100; null while it is not shared with you or not scored.' })
  overallScore!: number | null;

  @Field(() => String, { nullable: true, description: 'MODERATED once validated, else SELF.' })
  basis!: string | null;

  @Field(() => AdopterCategoryEnum, { nullable: true, description: 'Its place on the national diffusion curve this cycle.' })
  category!: AdopterCategory | null;

  @Field(() => [DomainScoreModel], { description: 'Every domain, in canvas order; empty when not shared with you.' })
  domainScores!: DomainScoreModel[];

  @Field(() => CohortMemberCalibrationModel)
  calibration!: CohortMemberCalibrationModel;

  @Field(() => Float, { nullable: true, description: 'Its overall score in the previous cycle.' })
  previousOverallScore!: number | null;
}

@ObjectType('CohortOverview', { description: 'A cohort in one cycle: its ICSs × domains, statuses, calibration and movement.' })
export class CohortOverviewModel {
  @Field(() => ID)
  cohortId!: string;

  @Field(() => String)
  cohortName!: string;

  @Field(() => AssessmentCycleModel, { nullable: true, description: 'The cycle shown; null when its ICSs have none.' })
  cycle!: AssessmentCycleModel | null;

  @Field(() => [AssessmentCycleModel], { description: 'Every cycle its ICSs took part in, newest first.' })
  cycles!: AssessmentCycleModel[];

  @Field(() => AssessmentCycleModel, { nullable: true, description: 'The cycle before, that movement is measured from.' })
  previousCycle!: AssessmentCycleModel | null;

  @Field(() => [CohortDomainModel])
  domains!: CohortDomainModel[];

  @Field(() => [CohortMemberModel], { description: 'Its ICSs, by name.' })
  members!: CohortMemberModel[];
}
