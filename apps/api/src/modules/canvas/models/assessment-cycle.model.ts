import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { CohortReferenceModel } from '../../users/models/user-account.model';

@ObjectType('AssessmentCycle', { description: 'A round of the self-assessment, e.g. "Baseline, spring 2026".' })
export class AssessmentCycleModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => ID, { description: 'The canvas version assessments in this cycle are made against.' })
  frameworkId!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  opensOn!: string;

  @Field(() => String, { description: 'ISO date (YYYY-MM-DD).' })
  closesOn!: string;

  @Field(() => CohortReferenceModel, { nullable: true, description: 'The cohort taking part; null means all 42 ICSs.' })
  cohort!: CohortReferenceModel | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When its landscape was published; null while provisional.' })
  publishedAt!: Date | string | null;

  @Field(() => Boolean, { description: 'Made-up demonstration data, labelled as such wherever it is shown.' })
  illustrative!: boolean;
}
