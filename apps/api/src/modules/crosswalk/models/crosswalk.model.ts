import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';

@ObjectType('CrosswalkDomainScore', { description: 'One domain of the other framework (NHS England’s), read from canvas levels.' })
export class CrosswalkDomainScoreModel {
  @Field(() => String, { description: 'Our kebab-case key for the domain, e.g. "beliefs-and-trust".' })
  key!: string;

  @Field(() => String, { description: 'The domain in the other framework’s own words.' })
  title!: string;

  @Field(() => Float, { nullable: true, description: '0–100: the mean of the linked criteria’s levels; null when none has a level.' })
  score!: number | null;

  @Field(() => Boolean, { description: 'Fewer than half of the linked criteria have a level: read with care.' })
  incomplete!: boolean;

  @Field(() => Int, { description: 'Canvas criteria that bear on this domain.' })
  criteria!: number;

  @Field(() => Int, { description: 'Of those, how many have a level.' })
  scored!: number;

  @Field(() => String, { description: 'In plain English: what the score stands on.' })
  basis!: string;
}

@ObjectType('CrosswalkScores', {
  description: 'A result read in the terms of a canvas version’s crosswalk (canvas v2: NHS England’s five domains of digital inclusion).',
})
export class CrosswalkScoresModel {
  @Field(() => String, { description: 'The other framework as a reader would cite it: publisher (year), title.' })
  citation!: string;

  @Field(() => Int, { description: 'The canvas version whose crosswalk this is.' })
  frameworkVersion!: number;

  @Field(() => Int, { nullable: true, description: 'The canvas version the levels were given on, when they were mapped onto another first.' })
  mappedFromVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'A sentence for the screen when the levels were mapped from another version.' })
  mappingNote!: string | null;

  @Field(() => [CrosswalkDomainScoreModel], { description: 'In the other framework’s order.' })
  domains!: CrosswalkDomainScoreModel[];
}

@ObjectType('CrosswalkDomainFigure', { description: 'One domain across the ICSs of a cycle: median and quartiles of their scores.' })
export class CrosswalkDomainFigureModel {
  @Field(() => String)
  key!: string;

  @Field(() => String)
  title!: string;

  @Field(() => Int, { description: 'ICSs with a score in this domain.' })
  count!: number;

  @Field(() => Float, { nullable: true })
  lowerQuartile!: number | null;

  @Field(() => Float, { nullable: true })
  median!: number | null;

  @Field(() => Float, { nullable: true })
  upperQuartile!: number | null;
}

@ObjectType('CrosswalkSystem', { description: 'One ICS of a cycle in the crosswalk’s terms.' })
export class CrosswalkSystemModel {
  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  regionName!: string;

  @Field(() => String, { description: 'MODERATED (validated) or SELF.' })
  basis!: string;

  @Field(() => [CrosswalkDomainScoreModel], { description: 'In the other framework’s order.' })
  scores!: CrosswalkDomainScoreModel[];
}

@ObjectType('CrosswalkLandscape', { description: 'Every ICS of a cycle, and the nation, in the terms of the crosswalk.' })
export class CrosswalkLandscapeModel {
  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => Boolean, { description: 'False while the cycle is provisional (not yet published).' })
  published!: boolean;

  @Field(() => Boolean)
  illustrative!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'The other framework as a reader would cite it; null when no published canvas version has a crosswalk (then there are no figures or ICSs).',
  })
  citation!: string | null;

  @Field(() => Int, { nullable: true, description: 'The canvas version whose crosswalk this is; null when there is none.' })
  frameworkVersion!: number | null;

  @Field(() => Int, { nullable: true })
  mappedFromVersion!: number | null;

  @Field(() => String, { nullable: true })
  mappingNote!: string | null;

  @Field(() => [CrosswalkDomainFigureModel], { description: 'The nation: each domain’s median and quartiles over the ICSs with a score.' })
  figures!: CrosswalkDomainFigureModel[];

  @Field(() => [CrosswalkSystemModel], { description: 'Every ICS whose assessment counts in the cycle, by name.' })
  systems!: CrosswalkSystemModel[];
}
