import { AssessmentStatus } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatusEnum } from '../models/enums';

@ObjectType('ReviewQueueItem', { description: 'A submitted assessment waiting for (or in) review.' })
export class ReviewQueueItemModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => ID)
  systemId!: string;

  @Field(() => String)
  systemName!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field(() => String)
  cycleName!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => GraphQLISODateTime, { description: 'When it was (last) submitted.' })
  submittedAt!: Date;

  @Field(() => Int, { description: 'Whole days since it was submitted.' })
  daysWaiting!: number;

  @Field(() => String, { nullable: true, description: 'The assisted route: the coach who recorded it on the ICS’s behalf.' })
  recordedOnBehalfByName!: string | null;
}
