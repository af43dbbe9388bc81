import { Transition } from '@idt/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { TransitionEnum } from '../models/enums';

@InputType()
export class TransitionAssessmentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int)
  expectedVersion!: number;

  @Field(() => TransitionEnum)
  transition!: Transition;

  @Field(() => String, { nullable: true, description: 'Required to RETURN: what the ICS needs to change.' })
  reason?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Required to SUBMIT: the ICS lead confirms the answers are accurate and agreed.',
  })
  declarationConfirmed?: boolean | null;
}
