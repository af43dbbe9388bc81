import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('SourceReference', { description: 'Where in the source documents (seeds) something comes from.' })
export class SourceReferenceModel {
  @Field(() => String, { description: 'The seed document, e.g. "003".' })
  seed!: string;

  @Field(() => String, { description: 'Its section, e.g. "§4.4".' })
  section!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('MaturityScaleLevel', { description: 'One level of the maturity scale, with its general meaning.' })
export class MaturityScaleLevelModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  meaning!: string;
}

@ObjectType('CriterionLevel', { description: 'What one level of the scale looks like for one criterion.' })
export class CriterionLevelModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  descriptor!: string;
}

@ObjectType('Criterion', { description: 'A statement of good practice that an ICS assesses itself against.' })
export class CriterionModel {
  @Field(() => String, { description: 'Stable across framework versions.' })
  key!: string;

  @Field(() => String)
  statement!: string;

  @Field(() => String)
  guidance!: string;

  @Field(() => [String])
  evidencePrompts!: string[];

  @Field(() => [CriterionLevelModel])
  levels!: CriterionLevelModel[];

  @Field(() => [SourceReferenceModel])
  sources!: SourceReferenceModel[];
}

@ObjectType('QuickCheckQuestion', { description: 'A KLOE-style statement: agree, partially agree or disagree.' })
export class QuickCheckQuestionModel {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  statement!: string;
}

@ObjectType('Recommendation', { description: 'One of seed 003’s recommendations for ICSs or national bodies.' })
export class RecommendationModel {
  @Field(() => String, { description: 'e.g. "ICS-3" or "NAT-1".' })
  id!: string;

  @Field(() => String)
  audience!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;
}

@ObjectType('CanvasDomain', { description: 'One area of the canvas: one page of the assessment.' })
export class CanvasDomainModel {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  number!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  summary!: string;

  @Field(() => [CriterionModel])
  criteria!: CriterionModel[];

  @Field(() => [QuickCheckQuestionModel])
  quickCheck!: QuickCheckQuestionModel[];

  @Field(() => [RecommendationModel])
  recommendations!: RecommendationModel[];

  @Field(() => [String])
  coachingTopics!: string[];

  @Field(() => [SourceReferenceModel])
  sources!: SourceReferenceModel[];
}

@ObjectType('CanvasFramework', { description: 'A version of the IDT Canvas. Published versions never change.' })
export class CanvasFrameworkModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  key!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => String)
  title!: string;

  @Field(() => String, { description: 'DRAFT or PUBLISHED.' })
  status!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was published (null for a draft).' })
  publishedAt!: Date | null;

  @Field(() => [MaturityScaleLevelModel])
  scale!: MaturityScaleLevelModel[];

  @Field(() => [CanvasDomainModel])
  domains!: CanvasDomainModel[];
}
