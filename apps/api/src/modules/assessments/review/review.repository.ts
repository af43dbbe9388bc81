import { AssessmentStatus } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAuditEvent } from '../../audit/audit-event';
import { bumpAssessmentVersion, submittedAtOf } from '../assessments.repository';

export interface ReviewQueueRow {
  readonly assessmentId: string;
  readonly systemId: string;
  readonly systemName: string;
  readonly cycleId: string;
  readonly cycleName: string;
  readonly status: AssessmentStatus;
  readonly submittedAt: Date;
  readonly recordedOnBehalfByName: string | null;
}

type Actor = { userId: string; ip: string | null };

/** The coach's side of an assessment: the review queue, moderated levels, comment threads, the assisted route. */
@Injectable()
export class ReviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Submitted and in-review assessments of these ICSs (every ICS when null), the longest waiting first. */
  async queue(systemIds: readonly string[] | null): Promise<ReviewQueueRow[]> {
    return this.dataSource.query(
      `SELECT a.id AS "assessmentId", s.id AS "systemId", s.name AS "systemName", c.id AS "cycleId", c.name AS "cycleName",
         a.status, sub.submitted_at AS "submittedAt", ob.name AS "recordedOnBehalfByName"
       FROM assessment a
       JOIN system s ON s.id = a.system_id
       JOIN assessment_cycle c ON c.id = a.cycle_id
       LEFT JOIN user_account ob ON ob.id = a.recorded_on_behalf_by
       CROSS JOIN LATERAL (SELECT ${submittedAtOf('a')} AS submitted_at) sub
       WHERE a.status IN ('SUBMITTED', 'IN_REVIEW') AND ($1::uuid[] IS NULL OR a.system_id = ANY($1::uuid[]))
       ORDER BY sub.submitted_at, s.name`,
      [systemIds],
    );
  }

  /**
   * Gives (or clears, with null) the coach's moderated level of one answered criterion, if the assessment is still
   * at `expectedVersion` and in review; a non-empty comment joins the criterion's thread. The self-assessed level is not
   * touched. 'LOST' when the version or status moved on, 'NOT_ANSWERED' when the criterion has no answer to moderate.
   */
  async moderate(
    assessmentId: string,
    expectedVersion: number,
    change: { criterionKey: string; moderatedLevel: number | null; comment: string | null },
    actor: Actor,
  ): Promise<'OK' | 'LOST' | 'NOT_ANSWERED'> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await bumpAssessmentVersion(tx, assessmentId, { version: expectedVersion }, actor.userId, ['IN_REVIEW']))) return 'LOST';
      const [before] = await tx.query(
        `SELECT moderated_level AS "moderatedLevel", moderator_comment AS "moderatorComment" FROM assessment_response
         WHERE assessment_id = $1 AND criterion_key = $2 FOR UPDATE`,
        [assessmentId, change.criterionKey],
      );
      // Nothing to moderate: throwing rolls the version bump back.
      if (!before) throw new NotAnswered();
      await tx.query(
        `UPDATE assessment_response SET moderated_level = $3, moderator_comment = COALESCE($4, moderator_comment),
           moderated_by = $5, moderated_at = now()
         WHERE assessment_id = $1 AND criterion_key = $2`,
        [assessmentId, change.criterionKey, change.moderatedLevel, change.comment, actor.userId],
      );
      if (change.comment) {
        await tx.query(
          `INSERT INTO review_comment (assessment_id, criterion_key, author_user_id, author_side, body) VALUES ($1, $2, $3, 'REVIEWER', $4)`,
          [assessmentId, change.criterionKey, actor.userId, change.comment],
        );
      }
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'RESPONSE_MODERATED',
        subjectType: 'assessment',
        subjectId: assessmentId,
        before: { criterionKey: change.criterionKey, ...before },
        after: { criterionKey: change.criterionKey, moderatedLevel: change.moderatedLevel, moderatorComment: change.comment ?? before.moderatorComment },
        ip: actor.ip,
      });
      return 'OK' as const;
    }).catch((error: unknown) => {
      if (error instanceof NotAnswered) return 'NOT_ANSWERED' as const;
      throw error;
    });
  }

  /** Adds a comment to one criterion's thread (comments are never changed or removed). */
  async addComment(assessmentId: string, comment: { criterionKey: string; side: 'ICS' | 'REVIEWER'; body: string }, actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO review_comment (assessment_id, criterion_key, author_user_id, author_side, body) VALUES ($1, $2, $3, $4, $5) RETURNING id::text AS id`,
        [assessmentId, comment.criterionKey, actor.userId, comment.side, comment.body],
      );
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'REVIEW_COMMENT_ADDED',
        subjectType: 'assessment',
        subjectId: assessmentId,
        after: { commentId: row.id, criterionKey: comment.criterionKey, side: comment.side, body: comment.body },
        ip: actor.ip,
      });
    });
  }

  /** Marks a draft as recorded by this coach on the ICS's behalf, if it is still at `expectedVersion`. */
  async recordOnBehalf(assessmentId: string, expectedVersion: number, actor: Actor): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await bumpAssessmentVersion(tx, assessmentId, { version: expectedVersion }, actor.userId, ['DRAFT']))) return false;
      const [[updated]] = await tx.query(
        `UPDATE assessment SET recorded_on_behalf_by = $2, recorded_on_behalf_at = now()
         WHERE id = $1 AND recorded_on_behalf_by IS NULL RETURNING id, recorded_on_behalf_at AS "since"`,
        [assessmentId, actor.userId],
      );
      if (!updated) throw new LostWrite();
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'RECORDING_ON_BEHALF_STARTED',
        subjectType: 'assessment',
        subjectId: assessmentId,
        before: { recordedOnBehalfBy: null },
        after: { recordedOnBehalfBy: actor.userId, recordedOnBehalfSince: updated.since },
        ip: actor.ip,
      });
      return true;
    }).catch((error: unknown) => {
      if (error instanceof LostWrite) return false;
      throw error;
    });
  }
}

/** Thrown inside a transaction to roll it back. */
class NotAnswered extends Error {}
class LostWrite extends Error {}
