import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('Region', { description: 'One of the seven NHS England regions.' })
export class RegionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'NHS ODS code, e.g. "Y60".' })
  odsCode!: string;

  @Field(() => String, { description: 'ONS GSS code, e.g. "E40000008".' })
  onsCode!: string;

  @Field(() => String)
  name!: string;
}
