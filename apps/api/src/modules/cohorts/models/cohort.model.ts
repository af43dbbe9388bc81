import { Field, ID, ObjectType } from '@nestjs/graphql';
import { SystemModel } from '../../systems/models/system.model';

@ObjectType('Coach', { description: 'A programme coach of a cohort.' })
export class CoachModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('CohortProject', { description: 'A project an ICS of a cohort runs in the programme: its name and care pathway.' })
export class CohortProjectModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: 'The ICS that runs it.' })
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'The care pathway or service it works on.' })
  pathway!: string;

  @Field(() => String)
  description!: string;
}

@ObjectType('Cohort', { description: 'A named group of ICSs that go through a programme together, with their coaches.' })
export class CohortModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [SystemModel], { description: 'Its ICSs, by name.' })
  systems!: SystemModel[];

  @Field(() => [CoachModel], { description: 'Its coaches, by name.' })
  coaches!: CoachModel[];

  @Field(() => [CohortProjectModel], { description: "Its ICSs' projects, by ICS (an ICS may run more than one)." })
  projects!: CohortProjectModel[];
}
