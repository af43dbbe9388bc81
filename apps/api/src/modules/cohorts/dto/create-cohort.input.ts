import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateCohortInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;
}
