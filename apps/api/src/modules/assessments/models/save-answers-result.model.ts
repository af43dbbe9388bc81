import { AssessmentStatus } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { CriterionResponseModel, DomainProgressModel, QuickCheckAnswerModel } from './assessment.model';
import { AssessmentStatusEnum } from './enums';

@ObjectType('SaveAnswersResult', {
  description:
    'What an autosave changed, and what the form needs after it: the new version, the answers it saved and the task ' +
    'list’s progress for their domains. Nothing else of the assessment is read back (the rest did not change).',
})
export class SaveAnswersResultModel {
  @Field(() => ID)
  assessmentId!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Int, { description: 'Send it back with the next change: a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;

  @Field(() => [CriterionResponseModel], {
    description: 'The answers to the criteria this save sent, as saved now, in criterion-key order.',
  })
  responses!: CriterionResponseModel[];

  @Field(() => [QuickCheckAnswerModel], {
    description: 'The answers to the quick-check questions this save sent, as saved now (one cleared is absent).',
  })
  quickCheckAnswers!: QuickCheckAnswerModel[];

  @Field(() => [DomainProgressModel], {
    description: 'The task list’s progress for the domains of the criteria this save sent (the others did not change).',
  })
  progress!: DomainProgressModel[];
}
