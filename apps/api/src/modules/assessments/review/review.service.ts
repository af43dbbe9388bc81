import {
  canCommentOnAssessment,
  canModerateAssessment,
  canRecordOnBehalf,
  daysBetween,
  hasRole,
  ledSystemIds,
  reviewCommentProblem,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { AppError, BadUserInputError, ForbiddenError, NotFoundError, requireUuid } from '../../../common/app-error';
import { Caller } from '../../auth/current-user.decorator';
import { CanvasRepository } from '../../canvas/canvas.repository';
import { NotificationsService } from '../../notifications/notifications.service';
import { FrameworkRecord } from '../../canvas/canvas.types';
import { AssessmentsRepository } from '../assessments.repository';
import { AssessmentsService } from '../assessments.service';
import { AssessmentFactsRecord } from '../assessments.types';
import { AddReviewCommentInput, ModerateResponseInput, RecordOnBehalfInput } from '../dto/review.input';
import { AssessmentModel } from '../models/assessment.model';
import { ReviewQueueItemModel } from './review-queue.model';
import { ReviewRepository } from './review.repository';

/**
 * The coach's review: the queue of submitted assessments, moderated levels beside (never over) the self-assessed levels,
 * comment threads both sides answer, and the assisted route. Access is the workflow's rules in the domain package.
 */
@Injectable()
export class ReviewService {
  constructor(
    private readonly review: ReviewRepository,
    private readonly assessments: AssessmentsRepository,
    private readonly assessmentsService: AssessmentsService,
    private readonly canvas: CanvasRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /** Submitted and in-review assessments in the caller's cohorts (all of them for an admin), the longest waiting first. */
  async queue(caller: Caller, now: Date = new Date()): Promise<ReviewQueueItemModel[]> {
    const admin = hasRole(caller.actor, 'ADMIN');
    if (!admin && !hasRole(caller.actor, 'COACH')) throw new ForbiddenError('Only coaches and admins review assessments.');
    const rows = await this.review.queue(admin ? null : caller.actor.coachedSystemIds);
    return rows.map((row) => ({ ...row, daysWaiting: daysBetween(new Date(row.submittedAt), now) }));
  }

  async moderate(caller: Caller, input: ModerateResponseInput): Promise<AssessmentModel> {
    const facts = await this.assessmentsService.readableFacts(caller, input.assessmentId);
    if (!canModerateAssessment(caller.actor, facts)) {
      if (canModerateAssessment(caller.actor, { ...facts, status: 'IN_REVIEW' })) {
        throw new AppError('BAD_USER_INPUT', 'Start the review before giving moderated levels.', { field: 'assessmentId', status: facts.status });
      }
      throw new ForbiddenError();
    }
    await this.requireCriterion(facts, input.criterionKey);
    const level = input.moderatedLevel ?? null;
    if (level !== null && (!Number.isInteger(level) || level < 1 || level > 5)) {
      throw new BadUserInputError('Choose a moderated level from 1 to 5.', 'moderatedLevel');
    }
    const comment = input.comment?.trim() ? input.comment : null;
    const problem = comment === null ? null : reviewCommentProblem(comment);
    if (problem) throw new BadUserInputError(problem, 'comment');
    const outcome = await this.review.moderate(
      facts.id,
      input.expectedVersion,
      { criterionKey: input.criterionKey, moderatedLevel: level, comment },
      { userId: caller.user.id, ip: caller.ip },
    );
    if (outcome === 'NOT_ANSWERED') throw new BadUserInputError('The ICS has not answered that criterion, so there is nothing to moderate.', 'criterionKey');
    if (outcome === 'LOST') await this.assessmentsService.explainLostWrite(facts.id, []);
    if (comment) await this.notifications.commentAdded(facts.id, 'REVIEWER', caller.user);
    return this.assessmentsService.get(caller, facts.id);
  }

  async addComment(caller: Caller, input: AddReviewCommentInput): Promise<AssessmentModel> {
    const facts = await this.assessmentsService.readableFacts(caller, input.assessmentId);
    if (!canCommentOnAssessment(caller.actor, facts)) throw new ForbiddenError();
    await this.requireCriterion(facts, input.criterionKey);
    const problem = reviewCommentProblem(input.body);
    if (problem) throw new BadUserInputError(problem, 'body');
    const side = ledSystemIds(caller.actor).includes(facts.systemId) ? 'ICS' : 'REVIEWER';
    await this.review.addComment(facts.id, { criterionKey: input.criterionKey, side, body: input.body }, { userId: caller.user.id, ip: caller.ip });
    await this.notifications.commentAdded(facts.id, side, caller.user);
    return this.assessmentsService.get(caller, facts.id);
  }

  /**
   * The assisted route: the caller, a coach of the ICS, records its draft on its behalf from now on (and so can read
   * it). It is marked on the assessment (who, since when), audited, and the ICS's leads are told at once.
   */
  async recordOnBehalf(caller: Caller, input: RecordOnBehalfInput): Promise<AssessmentModel> {
    const facts = await this.assessments.findFacts(requireUuid(input.assessmentId, 'assessmentId'));
    if (!facts || !caller.actor.coachedSystemIds.includes(facts.systemId)) throw new NotFoundError('Assessment');
    if (!canRecordOnBehalf(caller.actor, facts)) {
      throw new AppError(
        'BAD_USER_INPUT',
        facts.recordedOnBehalfBy ? 'A coach is already recording this assessment on the ICS’s behalf.' : 'Only an unsubmitted draft can be recorded on an ICS’s behalf.',
        { field: 'assessmentId', status: facts.status },
      );
    }
    if (!(await this.review.recordOnBehalf(facts.id, input.expectedVersion, { userId: caller.user.id, ip: caller.ip }))) {
      await this.assessmentsService.explainLostWrite(facts.id, []);
    }
    await this.notifications.recordingOnBehalfStarted(facts.id, caller.user);
    return this.assessmentsService.get(caller, facts.id);
  }

  private async requireCriterion(facts: AssessmentFactsRecord, criterionKey: string): Promise<void> {
    const framework = (await this.canvas.findFramework(facts.frameworkId)) as FrameworkRecord;
    if (!framework.definition.domains.some((d) => d.criteria.some((c) => c.key === criterionKey))) {
      throw new BadUserInputError(`There is no criterion "${criterionKey.slice(0, 80)}" in this canvas.`, 'criterionKey');
    }
  }
}
