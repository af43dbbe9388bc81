import { ADOPTER_CATEGORIES, AdopterCategory, PLACEMENT_METHODS, PlacementMethod } from '@idt/maturity';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../graphql/enum-of';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';

export const AdopterCategoryEnum = enumOf(ADOPTER_CATEGORIES);
export const PlacementMethodEnum = enumOf(PLACEMENT_METHODS);
registerEnumType(AdopterCategoryEnum, { name: 'AdopterCategory', description: 'Rogers’ adopter categories.' });
registerEnumType(PlacementMethodEnum, { name: 'PlacementMethod', description: 'How ICSs are placed on the diffusion curve.' });

@InputType({ description: 'Absolute score bands (0–100, descending) for FIXED_THRESHOLDS.' })
export class FixedThresholdsInput {
  @Field(() => Float)
  innovators!: number;

  @Field(() => Float)
  earlyAdopters!: number;

  @Field(() => Float)
  earlyMajority!: number;

  @Field(() => Float)
  lateMajority!: number;
}

@ObjectType('DomainScore')
export class DomainScoreModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Float, { nullable: true, description: '0–100; null when no criterion is scored.' })
  score!: number | null;

  @Field(() => Boolean, { description: 'Fewer than half of its criteria scored: left out of the overall score.' })
  incomplete!: boolean;
}

@ObjectType('LandscapeEntry', { description: 'One ICS on the diffusion curve. Unnamed when it has not chosen to share.' })
export class LandscapeEntryModel {
  @Field(() => ID, { nullable: true, description: 'Null for an unnamed ICS.' })
  systemId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code (for maps); null for an unnamed ICS.' })
  onsCode!: string | null;

  @Field(() => String)
  regionName!: string;

  @Field(() => Boolean, { description: 'Whether this is one of your own ICSs (led or coached).' })
  own!: boolean;

  @Field(() => Float, { nullable: true, description: 'Overall score, 0–100.' })
  overallScore!: number | null;

  @Field(() => String, { description: 'MODERATED (validated) or SELF.' })
  basis!: string;

  @Field(() => AdopterCategoryEnum, { nullable: true, description: 'Null when it has no overall score (not placed).' })
  category!: AdopterCategory | null;

  @Field(() => Int, { nullable: true })
  rank!: number | null;

  @Field(() => [DomainScoreModel])
  domainScores!: DomainScoreModel[];
}

@ObjectType('CategoryCount')
export class CategoryCountModel {
  @Field(() => AdopterCategoryEnum)
  category!: AdopterCategory;

  @Field(() => String)
  label!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('RegionCategoryCounts', { description: 'Category counts for one region; withheld below five ICSs.' })
export class RegionCategoryCountsModel {
  @Field(() => String)
  regionName!: string;

  @Field(() => Boolean)
  withheld!: boolean;

  @Field(() => [CategoryCountModel], { description: 'Empty when withheld.' })
  counts!: CategoryCountModel[];
}

@ObjectType('ChasmCandidate')
export class ChasmCandidateModel {
  @Field(() => ID, { nullable: true })
  systemId!: string | null;

  @Field(() => String, { nullable: true })
  name!: string | null;

  @Field(() => Float)
  score!: number;

  @Field(() => Float, { description: 'Points still to gain to cross the chasm.' })
  distance!: number;
}

@ObjectType('Chasm', { description: 'The gap between the early adopters and the early majority.' })
export class ChasmModel {
  @Field(() => Float, { nullable: true })
  gap!: number | null;

  @Field(() => Float, { nullable: true })
  lowestEarlyAdopterScore!: number | null;

  @Field(() => Float, { nullable: true })
  highestEarlyMajorityScore!: number | null;

  @Field(() => [ChasmCandidateModel])
  nearest!: ChasmCandidateModel[];
}

@ObjectType('Landscape', { description: 'One cycle’s ICSs on the diffusion curve, by one named method.' })
export class LandscapeModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => Boolean, { description: 'False while provisional: ICSs are still checking their own figures.' })
  published!: boolean;

  @Field(() => Boolean, { description: 'Made-up demonstration data.' })
  illustrative!: boolean;

  @Field(() => PlacementMethodEnum)
  method!: PlacementMethod;

  @Field(() => String, { description: 'The method and its parameters in one line: name it with every figure.' })
  methodDescription!: string;

  @Field(() => Int, { description: 'Assessments counted (submitted, in review or validated).' })
  assessed!: number;

  @Field(() => [LandscapeEntryModel], { description: 'Highest score first; those without an overall score last.' })
  entries!: LandscapeEntryModel[];

  @Field(() => [CategoryCountModel], { description: 'All five categories, over every placed ICS.' })
  categoryCounts!: CategoryCountModel[];

  @Field(() => [RegionCategoryCountsModel])
  regionCounts!: RegionCategoryCountsModel[];

  @Field(() => ChasmModel)
  chasm!: ChasmModel;
}
