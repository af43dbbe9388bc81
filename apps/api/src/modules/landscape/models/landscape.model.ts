import { ADOPTER_CATEGORIES, AdopterCategory, PLACEMENT_METHODS, PlacementMethod } from '@idt/maturity';
import { FiguresRevisionModel } from '../../sign-off/sign-off.models';
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

@ObjectType('LandscapeEntry', {
  description:
    'One ICS on the diffusion curve. Unnamed when it has not chosen to share: then it shows its scores, basis and category only (no name, id, code or region), and only among at least five unnamed ICSs.',
})
export class LandscapeEntryModel {
  @Field(() => ID, { nullable: true, description: 'Null for an unnamed ICS.' })
  systemId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for an unnamed ICS.' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'ONS code (for maps); null for an unnamed ICS.' })
  onsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Its NHS England region; null for an unnamed ICS (a region would pick it out).' })
  regionName!: string | null;

  @Field(() => Boolean, { description: 'Whether this is one of your own ICSs (led or coached).' })
  own!: boolean;

  @Field(() => Float, { nullable: true, description: 'Overall score, 0–100.' })
  overallScore!: number | null;

  @Field(() => String, { description: 'MODERATED (validated) or SELF.' })
  basis!: string;

  @Field(() => AdopterCategoryEnum, { nullable: true, description: 'Null when it has no overall score (not placed).' })
  category!: AdopterCategory | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Position by overall score among the ICSs shown to you (every ICS, for the national view); equal scores share a rank.',
  })
  rank!: number | null;

  @Field(() => [DomainScoreModel])
  domainScores!: DomainScoreModel[];

  @Field(() => FiguresRevisionModel, { nullable: true, description: 'The latest correction after publishing; null when never corrected.' })
  revision!: FiguresRevisionModel | null;
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

@ObjectType('RegionCategoryCounts', {
  description:
    'Category counts for one region; withheld below five ICSs. Without the national view, counted over the region’s ICSs you see by name only: unnamed ICSs are in no region’s figures.',
})
export class RegionCategoryCountsModel {
  @Field(() => String)
  regionName!: string;

  @Field(() => Boolean)
  withheld!: boolean;

  @Field(() => Boolean, { description: 'Counted over only the region’s ICSs you see by name (everyone without the national view).' })
  namedOnly!: boolean;

  @Field(() => [CategoryCountModel], { description: 'Empty when withheld.' })
  counts!: CategoryCountModel[];
}

@ObjectType('ChasmCandidate')
export class ChasmCandidateModel {
  @Field(() => ID, { nullable: true, description: 'Null for an unnamed ICS.' })
  systemId!: string | null;

  @Field(() => String, { nullable: true, description: 'Null for an unnamed ICS.' })
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

  @Field(() => Int, { description: 'Assessments counted (submitted, in review or validated), among the ICSs shown to you.' })
  assessed!: number;

  @Field(() => [LandscapeEntryModel], { description: 'Highest score first; those without an overall score last.' })
  entries!: LandscapeEntryModel[];

  @Field(() => [CategoryCountModel], { description: 'All five categories, over every placed ICS shown to you (all of them, for the national view).' })
  categoryCounts!: CategoryCountModel[];

  @Field(() => [RegionCategoryCountsModel], { description: 'Regions with an ICS you see by name (every region, for the national view).' })
  regionCounts!: RegionCategoryCountsModel[];

  @Field(() => ChasmModel, { description: 'Among the ICSs shown to you (all of them, for the national view).' })
  chasm!: ChasmModel;
}
