import { Field, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum FrameworkDocumentFormatEnum {
  YAML = 'YAML',
  JSON = 'JSON',
}
registerEnumType(FrameworkDocumentFormatEnum, { name: 'FrameworkDocumentFormat', description: 'How a canvas version is written as a file.' });

export enum FrameworkLifecycleEnum {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  RETIRED = 'RETIRED',
}
registerEnumType(FrameworkLifecycleEnum, {
  name: 'FrameworkLifecycle',
  description: 'A draft; published and in use; or retired (published, and a newer version has been published since).',
});

@ObjectType('FrameworkProblem', { description: 'Something wrong with a canvas version, by line and field of its document.' })
export class FrameworkProblemModel {
  @Field(() => String, { description: 'Stable, e.g. UNMAPPED_CRITERION.' })
  code!: string;

  @Field(() => String, { description: 'The field path, e.g. domains[2].criteria[0].key ("" for the whole document).' })
  field!: string;

  @Field(() => Int, { nullable: true, description: 'The line of the document (YAML for a stored draft).' })
  line!: number | null;

  @Field(() => String)
  message!: string;
}

@ObjectType('FrameworkChange', { description: 'One change between two versions, with a sentence a screen can show.' })
export class FrameworkChangeModel {
  @Field(() => String, { description: 'The domain or criterion key (or the scale level) it is about.' })
  key!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('CriterionReplacement', { description: 'A criterion of the new version that takes over a retired one.' })
export class CriterionReplacementModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String)
  statement!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;
}

@ObjectType('CriterionRetirement', { description: 'A criterion no longer in the new version, and what takes it over.' })
export class CriterionRetirementModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String)
  statement!: string;

  @Field(() => String, { description: 'SPLIT or MERGED.' })
  kind!: string;

  @Field(() => [CriterionReplacementModel])
  replacedBy!: CriterionReplacementModel[];

  @Field(() => String)
  description!: string;
}

@ObjectType('LevelDescriptorChange')
export class LevelDescriptorChangeModel {
  @Field(() => Int)
  level!: number;

  @Field(() => String)
  before!: string;

  @Field(() => String)
  after!: string;
}

@ObjectType('CriterionLevelsChange', { description: 'What some levels of one criterion look like now.' })
export class CriterionLevelsChangeModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => String)
  statement!: string;

  @Field(() => [LevelDescriptorChangeModel])
  levels!: LevelDescriptorChangeModel[];

  @Field(() => String)
  description!: string;
}

@ObjectType('FrameworkChanges', { description: 'What changed from one version of the canvas to the next.' })
export class FrameworkChangesModel {
  @Field(() => Int)
  fromVersion!: number;

  @Field(() => Int)
  toVersion!: number;

  @Field(() => Boolean)
  unchanged!: boolean;

  @Field(() => [FrameworkChangeModel])
  domainsAdded!: FrameworkChangeModel[];

  @Field(() => [FrameworkChangeModel])
  domainsRenamed!: FrameworkChangeModel[];

  @Field(() => [FrameworkChangeModel])
  domainsRetired!: FrameworkChangeModel[];

  @Field(() => [FrameworkChangeModel])
  criteriaAdded!: FrameworkChangeModel[];

  @Field(() => [FrameworkChangeModel])
  criteriaRenamed!: FrameworkChangeModel[];

  @Field(() => [CriterionRetirementModel])
  criteriaRetired!: CriterionRetirementModel[];

  @Field(() => [FrameworkChangeModel])
  criteriaReworded!: FrameworkChangeModel[];

  @Field(() => [CriterionLevelsChangeModel])
  levelsChanged!: CriterionLevelsChangeModel[];

  @Field(() => [FrameworkChangeModel])
  scaleChanged!: FrameworkChangeModel[];
}

@ObjectType('CrosswalkCriterion')
export class CrosswalkCriterionModel {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  statement!: string;
}

@ObjectType('CrosswalkDomain', { description: 'A domain of the other framework, with the canvas criteria that bear on it.' })
export class CrosswalkDomainModel {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => [CrosswalkCriterionModel])
  criteria!: CrosswalkCriterionModel[];
}

@ObjectType('FrameworkCrosswalk', { description: 'How the canvas reads in the terms of another framework.' })
export class FrameworkCrosswalkModel {
  @Field(() => String)
  title!: string;

  @Field(() => String)
  publisher!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => [CrosswalkDomainModel])
  domains!: CrosswalkDomainModel[];
}
