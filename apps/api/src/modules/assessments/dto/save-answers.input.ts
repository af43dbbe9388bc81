import { Confidence, QuickCheckAnswer } from '@idt/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ConfidenceEnum, QuickCheckAnswerEnum } from '../models/enums';

@InputType({ description: 'The whole answer to one criterion (it replaces what was saved).' })
export class ResponseInput {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => Int, { nullable: true })
  selfLevel?: number | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  notAssessed?: boolean | null;

  @Field(() => Int, { nullable: true })
  targetLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  targetDate?: string | null;

  @Field(() => String, { nullable: true, defaultValue: '' })
  evidence?: string | null;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  links?: string[] | null;

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence?: Confidence | null;
}

@InputType()
export class QuickCheckAnswerInput {
  @Field(() => String)
  questionKey!: string;

  @Field(() => QuickCheckAnswerEnum, { nullable: true, description: 'Null clears the answer.' })
  answer?: QuickCheckAnswer | null;
}

@InputType()
export class SaveAnswersInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int, { description: 'The version you last saw; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description:
      'Sent as a page closes while an earlier save of yours (sent with expectedVersion) may still be under way: also ' +
      'accepted on top of the version that save makes (expectedVersion + 1), but only if you made it.',
  })
  followsOwnSave!: boolean;

  @Field(() => [ResponseInput], { defaultValue: [] })
  responses!: ResponseInput[];

  @Field(() => [QuickCheckAnswerInput], { defaultValue: [] })
  quickCheckAnswers!: QuickCheckAnswerInput[];
}
