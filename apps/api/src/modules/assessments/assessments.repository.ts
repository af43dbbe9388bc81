import { AssessmentStatus, QuickCheckAnswer, ResponseValues, Transition } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { appendAuditEvent } from '../audit/audit-event';
import { systemJson } from '../systems/system-json.sql';
import { AssessmentFactsRecord, AssessmentRecord, ResponseRecord } from './assessments.types';

const RESPONSE_JSON = `json_build_object(
  'criterionKey', r.criterion_key, 'selfLevel', r.self_level, 'notAssessed', r.not_assessed,
  'targetLevel', r.target_level, 'targetDate', to_char(r.target_date, 'YYYY-MM-DD'), 'evidence', r.evidence,
  'links', to_json(r.links), 'confidence', r.confidence, 'moderatedLevel', r.moderated_level,
  'moderatorComment', r.moderator_comment, 'updatedAt', r.updated_at)`;

/** SQL for when assessment `alias` was last submitted (null if never). */
export const submittedAtOf = (alias: string) =>
  `(SELECT max(t.occurred_at) FROM assessment_transition t WHERE t.assessment_id = ${alias}.id AND t.transition = 'SUBMIT')`;

/** Everything one assessment page needs, in one statement. */
const ASSESSMENT_SELECT = `
  SELECT a.id, a.status, a.version, a.updated_at AS "updatedAt",
    a.recorded_on_behalf_by AS "recordedOnBehalfById", ob.name AS "recordedOnBehalfByName", a.recorded_on_behalf_at AS "recordedOnBehalfAt",
    ${submittedAtOf('a')} AS "submittedAt",
    COALESCE((SELECT json_agg(json_build_object('id', rc.id::text, 'criterionKey', rc.criterion_key, 'authorName', cu.name,
                'authorSide', rc.author_side, 'body', rc.body, 'createdAt', rc.created_at) ORDER BY rc.id)
              FROM review_comment rc LEFT JOIN user_account cu ON cu.id = rc.author_user_id WHERE rc.assessment_id = a.id), '[]') AS "reviewComments",
    json_build_object('id', c.id, 'name', c.name, 'frameworkId', c.framework_id,
      'opensOn', to_char(c.opens_on, 'YYYY-MM-DD'), 'closesOn', to_char(c.closes_on, 'YYYY-MM-DD'),
      'cohort', CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END,
      'publishedAt', c.published_at, 'illustrative', c.illustrative) AS cycle,
    ${systemJson('s', 'rg')} AS system,
    COALESCE((SELECT json_agg(${RESPONSE_JSON} ORDER BY r.criterion_key) FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS responses,
    COALESCE((SELECT json_agg(json_build_object('questionKey', q.question_key, 'answer', q.answer) ORDER BY q.question_key)
              FROM quick_check_answer q WHERE q.assessment_id = a.id), '[]') AS "quickCheckAnswers",
    COALESCE((SELECT json_agg(json_build_object('transition', t.transition, 'fromStatus', t.from_status, 'toStatus', t.to_status,
                'reason', t.reason, 'actorName', COALESCE(u.name, CASE WHEN c.illustrative THEN 'Illustrative data' END),
                'occurredAt', t.occurred_at) ORDER BY t.id)
              FROM assessment_transition t LEFT JOIN user_account u ON u.id = t.actor_user_id WHERE t.assessment_id = a.id), '[]') AS history
  FROM assessment a
  JOIN assessment_cycle c ON c.id = a.cycle_id
  LEFT JOIN cohort co ON co.id = c.cohort_id
  JOIN system s ON s.id = a.system_id
  JOIN region rg ON rg.id = s.region_id
  LEFT JOIN user_account ob ON ob.id = a.recorded_on_behalf_by`;

type Db = EntityManager | DataSource;

/** Assessments, their answers and their history. Every change is one transaction with its audit rows. */
@Injectable()
export class AssessmentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findById(id: string, db: Db = this.dataSource): Promise<AssessmentRecord | null> {
    const [row] = await db.query(`${ASSESSMENT_SELECT} WHERE a.id = $1`, [id]);
    return row ?? null;
  }

  /** The assessments of these ICSs in every cycle, newest cycle first. */
  async listForSystems(systemIds: readonly string[]): Promise<AssessmentRecord[]> {
    return this.dataSource.query(`${ASSESSMENT_SELECT} WHERE a.system_id = ANY($1::uuid[]) ORDER BY c.opens_on DESC, s.name`, [
      systemIds,
    ]);
  }

  async findFacts(id: string): Promise<AssessmentFactsRecord | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, a.system_id AS "systemId", a.status, a.version, c.framework_id AS "frameworkId",
         a.recorded_on_behalf_by AS "recordedOnBehalfBy",
         to_char(c.opens_on, 'YYYY-MM-DD') AS "cycleOpensOn"
       FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The answers to these criteria as they are now (for a conflict message). */
  async currentResponses(assessmentId: string, criterionKeys: readonly string[]): Promise<ResponseRecord[]> {
    const rows = await this.dataSource.query(
      `SELECT ${RESPONSE_JSON} AS response FROM assessment_response r WHERE r.assessment_id = $1 AND r.criterion_key = ANY($2::text[])`,
      [assessmentId, criterionKeys],
    );
    return rows.map((row: { response: ResponseRecord }) => row.response);
  }

  /**
   * Saves answers if (and only if) the assessment is still at `expectedVersion` and editable: the version check is
   * part of the UPDATE, so two writers can never both win. With `followsOwnSave`, the version after `expectedVersion`
   * is accepted too if the same person made it (a save sent as the page closed, behind that person's own save still
   * under way). Returns false, having changed nothing, when they lost.
   */
  async saveAnswers(
    assessmentId: string,
    expected: { version: number; followsOwnSave: boolean },
    responses: readonly ResponseValues[],
    quickCheckAnswers: readonly { questionKey: string; answer: QuickCheckAnswer | null }[],
    actor: { userId: string; ip: string | null },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await bumpAssessmentVersion(tx, assessmentId, expected, actor.userId, ['DRAFT', 'RETURNED']))) return false;
      const keys = responses.map((r) => r.criterionKey);
      const before = new Map<string, ResponseRecord>(
        (
          await tx.query(
            `SELECT r.criterion_key AS key, ${RESPONSE_JSON} AS response FROM assessment_response r
             WHERE r.assessment_id = $1 AND r.criterion_key = ANY($2::text[]) FOR UPDATE`,
            [assessmentId, keys],
          )
        ).map((row: { key: string; response: ResponseRecord }) => [row.key, row.response]),
      );
      for (const response of responses) {
        const previous = before.get(response.criterionKey);
        if (previous && sameAnswer(previous, response)) continue;
        await tx.query(
          `INSERT INTO assessment_response
             (assessment_id, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, updated_at, updated_by)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, now(), $10)
           ON CONFLICT (assessment_id, criterion_key) DO UPDATE SET
             self_level = EXCLUDED.self_level, not_assessed = EXCLUDED.not_assessed, target_level = EXCLUDED.target_level,
             target_date = EXCLUDED.target_date, evidence = EXCLUDED.evidence, links = EXCLUDED.links,
             confidence = EXCLUDED.confidence, updated_at = now(), updated_by = EXCLUDED.updated_by`,
          [
            assessmentId,
            response.criterionKey,
            response.selfLevel,
            response.notAssessed,
            response.targetLevel,
            response.targetDate,
            response.evidence,
            response.links,
            response.confidence,
            actor.userId,
          ],
        );
        await appendAuditEvent(tx, {
          actorUserId: actor.userId,
          action: 'RESPONSE_CHANGED',
          subjectType: 'assessment',
          subjectId: assessmentId,
          before: previous ? answerOf(previous) : null,
          after: answerOf(response),
          ip: actor.ip,
        });
      }
      for (const { questionKey, answer } of quickCheckAnswers) {
        const [previous] = await tx.query(
          `SELECT answer FROM quick_check_answer WHERE assessment_id = $1 AND question_key = $2`,
          [assessmentId, questionKey],
        );
        if ((previous?.answer ?? null) === answer) continue;
        if (answer === null) {
          await tx.query(`DELETE FROM quick_check_answer WHERE assessment_id = $1 AND question_key = $2`, [assessmentId, questionKey]);
        } else {
          await tx.query(
            `INSERT INTO quick_check_answer (assessment_id, question_key, answer) VALUES ($1, $2, $3)
             ON CONFLICT (assessment_id, question_key) DO UPDATE SET answer = EXCLUDED.answer`,
            [assessmentId, questionKey, answer],
          );
        }
        await appendAuditEvent(tx, {
          actorUserId: actor.userId,
          action: 'QUICK_CHECK_CHANGED',
          subjectType: 'assessment',
          subjectId: assessmentId,
          before: { questionKey, answer: previous?.answer ?? null },
          after: { questionKey, answer },
          ip: actor.ip,
        });
      }
      return true;
    });
  }

  /** Moves an assessment to `to` if it is still at `expectedVersion` in one of `from`; records and audits it. */
  async transition(
    assessmentId: string,
    expectedVersion: number,
    change: { transition: Transition; from: readonly AssessmentStatus[]; to: AssessmentStatus; reason: string | null },
    actor: { userId: string; ip: string | null },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const [current] = await tx.query(`SELECT status FROM assessment WHERE id = $1 FOR UPDATE`, [assessmentId]);
      if (!(await bumpAssessmentVersion(tx, assessmentId, { version: expectedVersion }, actor.userId, change.from, change.to))) return false;
      await tx.query(
        `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status, reason, actor_user_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
        [assessmentId, change.transition, current.status, change.to, change.reason, actor.userId],
      );
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ASSESSMENT_TRANSITIONED',
        subjectType: 'assessment',
        subjectId: assessmentId,
        before: { status: current.status },
        after: { status: change.to, transition: change.transition, reason: change.reason },
        ip: actor.ip,
      });
      return true;
    });
  }

  /** The same ICS's most recent assessment in an earlier cycle that has answers, if any. */
  async findPrevious(systemId: string, beforeOpensOn: string): Promise<{ id: string; cycleName: string } | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.id, c.name AS "cycleName" FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
       WHERE a.system_id = $1 AND c.opens_on < $2
         AND EXISTS (SELECT 1 FROM assessment_response r WHERE r.assessment_id = a.id)
       ORDER BY c.opens_on DESC LIMIT 1`,
      [systemId, beforeOpensOn],
    );
    return row ?? null;
  }

  async hasAnswers(assessmentId: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM assessment_response WHERE assessment_id = $1 LIMIT 1`, [assessmentId])).length > 0;
  }

  /**
   * Copies the ICS's own answers (never a coach's moderation) from an earlier assessment, for the criteria this
   * canvas version has: criteria are matched by key across versions.
   */
  async copyAnswers(
    toId: string,
    fromId: string,
    expectedVersion: number,
    criterionKeys: readonly string[],
    actor: { userId: string; ip: string | null },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await bumpAssessmentVersion(tx, toId, { version: expectedVersion }, actor.userId, ['DRAFT', 'RETURNED']))) return false;
      const copied = await tx.query(
        `INSERT INTO assessment_response
           (assessment_id, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, updated_by)
         SELECT $1, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, $4
         FROM assessment_response WHERE assessment_id = $2 AND criterion_key = ANY($3::text[])
         RETURNING criterion_key`,
        [toId, fromId, criterionKeys, actor.userId],
      );
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ANSWERS_COPIED',
        subjectType: 'assessment',
        subjectId: toId,
        after: { fromAssessmentId: fromId, criteria: copied.length },
        ip: actor.ip,
      });
      return true;
    });
  }

}

/**
 * Moves an assessment on one version if it is still at the expected version (or, with `followsOwnSave`, at the next
 * one made by the same person) and in one of `from`; optionally to a new status. The version check is part of the
 * UPDATE, so two writers can never both win. False when nothing matched.
 */
export async function bumpAssessmentVersion(
  tx: EntityManager,
  id: string,
  expected: { version: number; followsOwnSave?: boolean },
  actorUserId: string,
  from: readonly AssessmentStatus[],
  to?: AssessmentStatus,
): Promise<boolean> {
  // TypeORM answers an UPDATE with [rows, count]. A writer waiting for another's row lock re-checks the WHERE
  // against the row that writer committed, so a save following its own save under way sees that save's version.
  const [rows] = await tx.query(
    `UPDATE assessment SET version = version + 1, updated_at = now(), updated_by = $5, status = COALESCE($4, status)
     WHERE id = $1 AND status = ANY($3::text[])
       AND (version = $2 OR ($6 AND version = $2 + 1 AND updated_by = $5))
     RETURNING version`,
    [id, expected.version, from, to ?? null, actorUserId, expected.followsOwnSave === true],
  );
  return rows.length === 1;
}
function answerOf(r: ResponseValues) {
  return {
    criterionKey: r.criterionKey,
    selfLevel: r.selfLevel,
    notAssessed: r.notAssessed,
    targetLevel: r.targetLevel,
    targetDate: r.targetDate,
    evidence: r.evidence,
    links: [...r.links],
    confidence: r.confidence,
  };
}

function sameAnswer(a: ResponseValues, b: ResponseValues): boolean {
  return JSON.stringify(answerOf(a)) === JSON.stringify(answerOf(b));
}
