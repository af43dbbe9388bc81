import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class OpenAssessmentCycleInput {
  @Field(() => String)
  name!: string;

  @Field(() => ID)
  frameworkId!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => ID, { nullable: true, description: 'Only this cohort takes part; leave out for all 42 ICSs.' })
  cohortId?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description: 'Whether its scores are illustrative (demonstration data, always labelled so). False when left out.',
  })
  illustrative?: boolean | null;
}
