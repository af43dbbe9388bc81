import { AssessmentStatus, Confidence, DomainStatus, QuickCheckAnswer, Transition } from '@idt/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentCycleModel } from '../../canvas/models/assessment-cycle.model';
import { CanvasFrameworkModel } from '../../canvas/models/canvas-framework.model';
import { SystemModel } from '../../systems/models/system.model';
import { AssessmentStatusEnum, ConfidenceEnum, DomainStatusEnum, QuickCheckAnswerEnum, ReviewSideEnum, TransitionEnum } from './enums';

@ObjectType('CriterionResponse', { description: 'An ICS’s answer to one criterion.' })
export class CriterionResponseModel {
  @Field(() => String)
  criterionKey!: string;

  @Field(() => Int, { nullable: true, description: '"Where are we now": 1–5, or null.' })
  selfLevel!: number | null;

  @Field(() => Boolean)
  notAssessed!: boolean;

  @Field(() => Int, { nullable: true, description: '"Where we want to be".' })
  targetLevel!: number | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD).' })
  targetDate!: string | null;

  @Field(() => String, { description: 'Plain text, as typed. Render it escaped.' })
  evidence!: string;

  @Field(() => [String])
  links!: string[];

  @Field(() => ConfidenceEnum, { nullable: true })
  confidence!: Confidence | null;

  @Field(() => Int, { nullable: true, description: 'The coach’s moderated level, after review.' })
  moderatedLevel!: number | null;

  @Field(() => String, { nullable: true })
  moderatorComment!: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt!: Date;
}

@ObjectType('QuickCheckAnswer')
export class QuickCheckAnswerModel {
  @Field(() => String)
  questionKey!: string;

  @Field(() => QuickCheckAnswerEnum)
  answer!: QuickCheckAnswer;
}

@ObjectType('DomainProgress', { description: 'How far the ICS has got with one domain (the task list).' })
export class DomainProgressModel {
  @Field(() => String)
  domainKey!: string;

  @Field(() => Int)
  answered!: number;

  @Field(() => Int)
  total!: number;

  @Field(() => DomainStatusEnum)
  status!: DomainStatus;
}

@ObjectType('AssessmentHistoryEntry', { description: 'One change of status, with who made it and why.' })
export class AssessmentHistoryEntryModel {
  @Field(() => TransitionEnum)
  transition!: Transition;

  @Field(() => AssessmentStatusEnum)
  fromStatus!: AssessmentStatus;

  @Field(() => AssessmentStatusEnum)
  toStatus!: AssessmentStatus;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => GraphQLISODateTime)
  occurredAt!: Date;
}

@ObjectType('ReviewComment', { description: 'One comment in a criterion’s thread between the ICS and its reviewers.' })
export class ReviewCommentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  criterionKey!: string;

  @Field(() => String, { nullable: true })
  authorName!: string | null;

  @Field(() => ReviewSideEnum, { description: 'Which side of the review wrote it.' })
  authorSide!: 'ICS' | 'REVIEWER';

  @Field(() => String, { description: 'Plain text, as typed. Render it escaped.' })
  body!: string;

  @Field(() => GraphQLISODateTime)
  createdAt!: Date;
}

@ObjectType('Assessment', { description: 'One ICS’s self-assessment in one cycle.' })
export class AssessmentModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssessmentStatusEnum)
  status!: AssessmentStatus;

  @Field(() => Int, { description: 'Send it back with every change: a stale version is refused with CONFLICT.' })
  version!: number;

  @Field(() => GraphQLISODateTime)
  updatedAt!: string;

  @Field(() => AssessmentCycleModel)
  cycle!: AssessmentCycleModel;

  @Field(() => CanvasFrameworkModel, { description: 'The canvas version it is made against.' })
  framework!: CanvasFrameworkModel;

  @Field(() => SystemModel)
  system!: SystemModel;

  @Field(() => [CriterionResponseModel])
  responses!: CriterionResponseModel[];

  @Field(() => [QuickCheckAnswerModel])
  quickCheckAnswers!: QuickCheckAnswerModel[];

  @Field(() => [DomainProgressModel])
  progress!: DomainProgressModel[];

  @Field(() => [AssessmentHistoryEntryModel])
  history!: AssessmentHistoryEntryModel[];

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When it was last submitted.' })
  submittedAt!: Date | null;

  @Field(() => String, {
    nullable: true,
    description: 'The assisted route: the name of the coach recording it on the ICS’s behalf, or null.',
  })
  recordedOnBehalfBy!: string | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The assisted route: when the coach started recording it on the ICS’s behalf (and could read its draft), or null.',
  })
  recordedOnBehalfSince!: Date | null;

  @Field(() => [ReviewCommentModel], { description: 'Every criterion’s comment thread, oldest first.' })
  reviewComments!: ReviewCommentModel[];

  @Field(() => Boolean, { description: 'Whether you can give moderated levels now (a reviewer, while it is in review).' })
  canModerate!: boolean;

  @Field(() => Boolean, { description: 'Whether you can add to the comment threads.' })
  canComment!: boolean;

  @Field(() => Boolean, { description: 'Whether you can change its answers now.' })
  canEdit!: boolean;

  @Field(() => [TransitionEnum], { description: 'The changes of status you can make now.' })
  availableTransitions!: Transition[];

  @Field(() => String, {
    nullable: true,
    description: 'The name of an earlier cycle whose answers can be copied in, while this one has none.',
  })
  previousCycleToCopy!: string | null;
}
