import { Field, ID, ObjectType } from '@nestjs/graphql';
import { RegionModel } from './region.model';

@ObjectType('System', { description: 'An Integrated Care System (ICS): one of the 42 in England.' })
export class SystemModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'ONS GSS code, e.g. "E54000050".' })
  onsCode!: string;

  @Field(() => String, { description: 'NHS ODS code of its Integrated Care Board, e.g. "QHM".' })
  odsCode!: string;

  @Field(() => String, { description: 'Its name, without the "NHS … Integrated Care Board" wrapper.' })
  name!: string;

  @Field(() => RegionModel)
  region!: RegionModel;
}
