import { Field, ID, ObjectType } from '@nestjs/graphql';
import { IntegratedCareSystemModel } from '../../systems/models/integrated-care-system.model';

@ObjectType('Coach', { description: 'A programme coach of a cohort.' })
export class CoachModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;
}

@ObjectType('Cohort', { description: 'A named group of ICSs that go through a programme together, with their coaches.' })
export class CohortModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [IntegratedCareSystemModel], { description: 'Its ICSs, by name.' })
  systems!: IntegratedCareSystemModel[];

  @Field(() => [CoachModel], { description: 'Its coaches, by name.' })
  coaches!: CoachModel[];
}
