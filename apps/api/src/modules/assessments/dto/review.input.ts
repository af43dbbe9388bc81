import { Field, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class ModerateResponseInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int, { description: 'The version you last saw; a stale one is refused with CONFLICT.' })
  expectedVersion!: number;

  @Field(() => String)
  criterionKey!: string;

  @Field(() => Int, { nullable: true, description: 'Your moderated level, 1–5; null clears it. The self-assessed level is never changed.' })
  moderatedLevel?: number | null;

  @Field(() => String, { nullable: true, description: 'Why: added to the criterion’s comment thread when not empty.' })
  comment?: string | null;
}

@InputType()
export class AddReviewCommentInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => String)
  criterionKey!: string;

  @Field(() => String, { description: 'Plain text, up to 2,000 characters.' })
  body!: string;
}

@InputType()
export class RecordOnBehalfInput {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => Int)
  expectedVersion!: number;
}
