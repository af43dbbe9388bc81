import type { AdopterCategory } from '@idt/maturity';
import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';
import { SystemModel } from '../../systems/models/system.model';
import { AdopterCategoryEnum, DomainScoreModel, PlacementMethodEnum } from './landscape.model';

@ObjectType('PeerFigure', { description: 'An ICS against one group of peers in one domain (or overall).' })
export class PeerFigureModel {
  @Field(() => String, { description: 'A domain key, or "overall".' })
  domainKey!: string;

  @Field(() => Float, { nullable: true })
  score!: number | null;

  @Field(() => Boolean, { description: 'Withheld: fewer than five ICSs in the group, or not yet published.' })
  withheld!: boolean;

  @Field(() => Int, { nullable: true })
  count!: number | null;

  @Field(() => Float, { nullable: true })
  lowerQuartile!: number | null;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  upperQuartile!: number | null;

  @Field(() => Float, { nullable: true, description: '0–100: where the ICS sits in the group.' })
  percentileRank!: number | null;
}

@ObjectType('PeerGroupComparison')
export class PeerGroupComparisonModel {
  @Field(() => String, { description: 'NATIONAL, REGION, COHORT or CATEGORY.' })
  group!: string;

  @Field(() => String, {
    description: 'Names this group among the ICS’s groups, e.g. "NATIONAL", "REGION:South West", "COHORT:<cohort id>", "CATEGORY:EARLY_MAJORITY".',
  })
  groupKey!: string;

  @Field(() => String, {
    description:
      'e.g. "All ICSs", "South West", "Digital Health Inequality Pioneers", "Early majority"; for a region or cohort counted over the ICSs you see by name only, it says so ("ICSs in the South West that you see by name").',
  })
  groupName!: string;

  @Field(() => Boolean, {
    description: 'Counted over only the group’s ICSs you see by name: a region or cohort, for everyone without the national view.',
  })
  namedOnly!: boolean;

  @Field(() => [PeerFigureModel], { description: 'Overall first, then each domain.' })
  figures!: PeerFigureModel[];
}

@ObjectType('ScoreDelta')
export class ScoreDeltaModel {
  @Field(() => String, { description: 'A domain key, or "overall".' })
  domainKey!: string;

  @Field(() => Float, { nullable: true, description: 'Points gained since the previous cycle; null if either is missing.' })
  delta!: number | null;
}

@ObjectType('ComparisonAcrossVersions', {
  description:
    'Progress from the cycle before, when the two cycles used different canvas versions: both assessments scored again over the criteria the versions share (ADR 0026).',
})
export class ComparisonAcrossVersionsModel {
  @Field(() => Int, { description: 'The canvas version of the cycle before.' })
  fromVersion!: number;

  @Field(() => Int, { description: 'The canvas version of this cycle.' })
  toVersion!: number;

  @Field(() => Int, { description: 'Criteria of this cycle’s version that both sides were scored over.' })
  criteriaCompared!: number;

  @Field(() => Int, { description: 'Of those, the ones carried over from the earlier version through a split or a merge.' })
  criteriaMapped!: number;

  @Field(() => Int, { description: 'Criteria new in this cycle’s version, left out of both sides.' })
  newCriteriaLeftOut!: number;

  @Field(() => Int, { description: 'Criteria of the earlier version that nothing in this one carries over, left out of both sides.' })
  retiredCriteriaLeftOut!: number;

  @Field(() => String, { description: 'What the changes were worked out over, in a sentence a screen shows.' })
  summary!: string;
}

@ObjectType('ProfileCycle', { description: 'One ICS in one cycle.' })
export class ProfileCycleModel {
  /** The ICS (not a GraphQL field): for the fields other modules resolve on a profile's cycle (its crosswalk). */
  systemId!: string;

  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => Boolean)
  published!: boolean;

  @Field(() => Float, { nullable: true })
  overallScore!: number | null;

  @Field(() => String)
  basis!: string;

  @Field(() => AdopterCategoryEnum, { nullable: true, description: 'By Rogers’ quantiles.' })
  category!: AdopterCategory | null;

  @Field(() => [DomainScoreModel])
  domainScores!: DomainScoreModel[];

  @Field(() => [PeerGroupComparisonModel])
  peers!: PeerGroupComparisonModel[];

  @Field(() => [ScoreDeltaModel], {
    description:
      'Change since the previous cycle shown; empty for the first. Across canvas versions, the change over the criteria both versions share (see comparedAcrossVersions).',
  })
  progress!: ScoreDeltaModel[];

  @Field(() => ComparisonAcrossVersionsModel, { nullable: true, description: 'Set when the previous cycle shown used another canvas version.' })
  comparedAcrossVersions!: ComparisonAcrossVersionsModel | null;
}

@ObjectType('CalibrationGap', { description: 'Self-assessed level minus moderated level, in levels (positive: rosier).' })
export class CalibrationGapModel {
  @Field(() => String, { description: 'A domain key, or "overall".' })
  domainKey!: string;

  @Field(() => Float, { nullable: true })
  meanGap!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PeerMatch')
export class PeerMatchModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => AdopterCategoryEnum)
  category!: AdopterCategory;

  @Field(() => Float)
  score!: number;
}

@ObjectType('WeakDomainMatches', { description: 'One of the ICS’s weakest domains and peers strong in it.' })
export class WeakDomainMatchesModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Float)
  score!: number;

  @Field(() => [PeerMatchModel])
  matches!: PeerMatchModel[];
}

@ObjectType('DomainEvidence', { description: 'How much of one domain’s self-assessment has evidence behind it.' })
export class DomainEvidenceModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Int, { description: 'Criteria in the domain.' })
  criteria!: number;

  @Field(() => Int, { description: 'Criteria answered with written evidence.' })
  withEvidence!: number;

  @Field(() => Int, { description: 'Criteria answered with at least one link.' })
  withLinks!: number;

  @Field(() => Int, { description: 'Criteria marked "not assessed".' })
  notAssessed!: number;
}

@ObjectType('SystemProfile', { description: 'One ICS: its scores against peers, over time, calibration and peers to learn from.' })
export class SystemProfileModel {
  @Field(() => SystemModel)
  system!: SystemModel;

  @Field(() => [ProfileCycleModel], { description: 'Oldest first.' })
  cycles!: ProfileCycleModel[];

  @Field(() => String, { nullable: true, description: 'The cycle the calibration is from (the latest validated one).' })
  calibrationCycleName!: string | null;

  @Field(() => [CalibrationGapModel])
  calibration!: CalibrationGapModel[];

  @Field(() => [WeakDomainMatchesModel], { description: 'From the latest published cycle; only ICSs that share by name.' })
  peerMatches!: WeakDomainMatchesModel[];

  @Field(() => String, { nullable: true, description: 'The cycle the evidence summary is from (the latest counted one).' })
  evidenceCycleName!: string | null;

  @Field(() => [DomainEvidenceModel], { description: 'Per domain of that cycle’s canvas, in order: counts only, never the evidence itself.' })
  evidence!: DomainEvidenceModel[];
}

@ObjectType('CategoryMove', {
  description: 'One ICS’s move. Unnamed ones show their categories only (no name, id, region, cohorts or scores), and only among at least five.',
})
export class CategoryMoveModel {
  @Field(() => ID, { nullable: true, description: 'Null for an unnamed ICS.' })
  systemId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for an unnamed ICS.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for an ICS this person does not see by name.' })
  regionName!: string | null;

  @Field(() => [String], { description: 'The cohorts it belongs to, by name; empty for an ICS this person does not see by name.' })
  cohortNames!: string[];

  @Field(() => Float, { nullable: true, description: 'Overall score (0–100) in the first cycle; null when unnamed.' })
  fromScore!: number | null;

  @Field(() => Float, { nullable: true, description: 'Overall score (0–100) in the second cycle; null when unnamed.' })
  toScore!: number | null;

  @Field(() => AdopterCategoryEnum)
  from!: AdopterCategory;

  @Field(() => AdopterCategoryEnum)
  to!: AdopterCategory;

  @Field(() => String, { description: 'UP, DOWN or SAME.' })
  direction!: string;
}

@ObjectType('MovementCell')
export class MovementCellModel {
  @Field(() => AdopterCategoryEnum)
  from!: AdopterCategory;

  @Field(() => AdopterCategoryEnum)
  to!: AdopterCategory;

  @Field(() => Int)
  count!: number;
}

@ObjectType('MovementAcrossVersions', { description: 'Movement between two cycles that used different canvas versions (ADR 0026).' })
export class MovementAcrossVersionsModel {
  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => String, { description: 'Which versions, and what a move means when the canvas changed, in a sentence a screen shows.' })
  summary!: string;
}

@ObjectType('Movement', { description: 'How ICSs moved between adopter categories from one cycle to another.' })
export class MovementModel {
  @Field(() => AssessmentCycleModel)
  from!: AssessmentCycleModel;

  @Field(() => AssessmentCycleModel)
  to!: AssessmentCycleModel;

  @Field(() => PlacementMethodEnum)
  method!: string;

  @Field(() => String)
  methodDescription!: string;

  @Field(() => Int, { description: 'Counts here are over the moves shown to you (every ICS compared, for the national view).' })
  movedUp!: number;

  @Field(() => Int)
  movedDown!: number;

  @Field(() => Int)
  stayed!: number;

  @Field(() => [MovementCellModel], { description: 'Every from → to pair with a count above zero.' })
  cells!: MovementCellModel[];

  @Field(() => [CategoryMoveModel], { description: 'Ordered by what each shows (categories, then name); unnamed ones after named.' })
  moves!: CategoryMoveModel[];

  @Field(() => MovementAcrossVersionsModel, { nullable: true, description: 'Set when the two cycles used different canvas versions.' })
  acrossVersions!: MovementAcrossVersionsModel | null;
}
