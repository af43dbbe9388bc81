import {
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  CONFIDENCE_LEVELS,
  MATURITY_LEVELS,
  QUICK_CHECK_ANSWERS,
  QuickCheckAnswer,
  ResponseValues,
  Transition,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, Queryable, RowOf, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, auditEventInsert, auditWord } from '../audit/audit-event';
import { CycleRecord } from '../canvas/canvas.types';
import { SystemsRepository } from '../systems/systems.repository';
import {
  AssessmentFactsRecord,
  AssessmentRecord,
  ResponseRecord,
  ReviewCommentRecord,
  SavedAnswersRecord,
  SavedResponseRecord,
  TransitionRecord,
} from './assessments.types';

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
    a.system_id AS "systemId",
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
  LEFT JOIN user_account ob ON ob.id = a.recorded_on_behalf_by`;

const ASSESSMENT_COLUMNS = {
  id: col.uuid,
  status: col.text,
  version: col.int,
  updatedAt: col.timestamptz,
  recordedOnBehalfById: col.uuid.orNull,
  recordedOnBehalfByName: col.text.orNull,
  recordedOnBehalfAt: col.timestamptz.orNull,
  submittedAt: col.timestamptz.orNull,
  reviewComments: col.json<ReviewCommentRecord[]>(),
  cycle: col.json<CycleRecord>(),
  systemId: col.uuid,
  responses: col.json<ResponseRecord[]>(),
  quickCheckAnswers: col.json<{ questionKey: string; answer: QuickCheckAnswer }[]>(),
  history: col.json<TransitionRecord[]>(),
};

const ASSESSMENT_BY_ID = defineQuery<[id: string]>()({
  name: 'assessments.byId',
  text: `${ASSESSMENT_SELECT} WHERE a.id = $1`,
  columns: ASSESSMENT_COLUMNS,
});

const ASSESSMENTS_OF_SYSTEMS = defineQuery<[systemIds: readonly string[]]>()({
  name: 'assessments.ofSystems',
  text: `${ASSESSMENT_SELECT} WHERE a.system_id = ANY($1::uuid[]) ORDER BY c.opens_on DESC, s.name`,
  columns: ASSESSMENT_COLUMNS,
});

const ASSESSMENT_FACTS = defineQuery<[id: string]>()({
  name: 'assessments.facts',
  text: `SELECT a.id, a.system_id AS "systemId", a.status, a.version, c.framework_id AS "frameworkId",
           a.recorded_on_behalf_by AS "recordedOnBehalfBy", to_char(c.opens_on, 'YYYY-MM-DD') AS "cycleOpensOn",
           to_char(c.closed_on, 'YYYY-MM-DD') AS "cycleClosedOn"
         FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id WHERE a.id = $1`,
  columns: {
    id: col.uuid,
    systemId: col.uuid,
    status: col.text,
    version: col.int,
    frameworkId: col.uuid,
    recordedOnBehalfBy: col.uuid.orNull,
    cycleOpensOn: col.text,
    cycleClosedOn: col.text.orNull,
  },
});

const CURRENT_RESPONSES = defineQuery<[assessmentId: string, criterionKeys: readonly string[]]>()({
  name: 'assessments.currentResponses',
  text: `SELECT ${RESPONSE_JSON} AS response FROM assessment_response r WHERE r.assessment_id = $1 AND r.criterion_key = ANY($2::text[])`,
  columns: { response: col.json<ResponseRecord>() },
});

/** The version check is part of the UPDATE, so two writers can never both win (see bumpAssessmentVersion). */
const BUMP_VERSION = defineQuery<
  [id: string, version: number, from: readonly AssessmentStatus[], to: AssessmentStatus | null, actorUserId: string, followsOwnSave: boolean]
>()({
  name: 'assessments.bumpVersion',
  text: `UPDATE assessment SET version = version + 1, updated_at = now(), updated_by = $5, status = COALESCE($4::text, status)
         WHERE id = $1 AND status = ANY($3::text[])
           AND (version = $2::int OR ($6::boolean AND version = $2::int + 1 AND updated_by = $5))
         RETURNING version, updated_at AS "updatedAt", status`,
  columns: { version: col.int, updatedAt: col.timestamptz, status: col.text },
});

/** An answer's own values as JSON (audit rows keep these as `before` and `after`), from a row or the sent values `alias`. */
const answerJson = (alias: string) => `jsonb_build_object(
  'criterionKey', ${alias}.criterion_key, 'selfLevel', ${alias}.self_level, 'notAssessed', ${alias}.not_assessed,
  'targetLevel', ${alias}.target_level, 'targetDate', to_char(${alias}.target_date, 'YYYY-MM-DD'), 'evidence', ${alias}.evidence,
  'links', to_jsonb(${alias}.links), 'confidence', ${alias}.confidence)`;

/** An answer's own values, for comparing what was sent with what is stored. */
const answerValues = (alias: string) =>
  `(${alias}.self_level, ${alias}.not_assessed, ${alias}.target_level, ${alias}.target_date, ${alias}.evidence, ${alias}.links, ${alias}.confidence)`;

/**
 * A whole save of answers, in one statement (one round trip, no transaction of its own):
 * - moves the version on, only if the assessment is still at the version the person saw (or, with `followsOwnSave`,
 *   one on from it by their own save) and still has the status, coach and cycle closing the access check was made on
 *   (`$8`, `$9`, `$10`):
 *   the check itself is the service's; this only makes sure the facts it used are still true when the row is written;
 * - writes the sent answers that differ from the stored ones (an unchanged answer is neither written nor audited), and
 *   audits each with what it replaced;
 * - reads back the answers to `$7` (the saved criteria and the rest of their domains) as they are after the save.
 * No row when the version or the facts no longer hold: nothing was written. Every part of the statement reads from one
 * snapshot, taken before a concurrent save it waits for commits; a save that may follow one under way locks the
 * assessment first in a transaction (`saveAnswers`), so its snapshot is taken after that save.
 */
const SAVE_ANSWERS = defineQuery<
  [
    id: string,
    version: number,
    actorUserId: string,
    followsOwnSave: boolean,
    answers: string,
    ip: string | null,
    readBack: readonly string[],
    status: AssessmentStatus,
    recordedOnBehalfBy: string | null,
    cycleClosedOn: string | null,
  ]
>()({
  name: 'assessments.saveAnswers',
  text: `WITH bumped AS (
           UPDATE assessment SET version = version + 1, updated_at = now(), updated_by = $3
           WHERE id = $1 AND status = $8 AND recorded_on_behalf_by IS NOT DISTINCT FROM $9::uuid
             AND (SELECT c.closed_on FROM assessment_cycle c WHERE c.id = assessment.cycle_id) IS NOT DISTINCT FROM $10::date
             AND (version = $2::int OR ($4::boolean AND version = $2::int + 1 AND updated_by = $3))
           RETURNING version, updated_at, status
         ), sent AS (
           SELECT v.* FROM jsonb_to_recordset($5::jsonb) AS v(criterion_key text, self_level smallint, not_assessed boolean,
             target_level smallint, target_date date, evidence text, links text[], confidence text)
           WHERE EXISTS (SELECT 1 FROM bumped)
         ), changed AS (
           SELECT v.*, CASE WHEN p.criterion_key IS NULL THEN NULL ELSE ${answerJson('p')} END AS before
           FROM sent v LEFT JOIN assessment_response p ON p.assessment_id = $1 AND p.criterion_key = v.criterion_key
           WHERE p.criterion_key IS NULL OR ${answerValues('p')} IS DISTINCT FROM ${answerValues('v')}
         ), written AS (
           INSERT INTO assessment_response AS r
             (assessment_id, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, updated_at, updated_by)
           SELECT $1::uuid, v.criterion_key, v.self_level, v.not_assessed, v.target_level, v.target_date, v.evidence, v.links, v.confidence, now(), $3::uuid
           FROM changed v
           ON CONFLICT (assessment_id, criterion_key) DO UPDATE SET
             self_level = EXCLUDED.self_level, not_assessed = EXCLUDED.not_assessed, target_level = EXCLUDED.target_level,
             target_date = EXCLUDED.target_date, evidence = EXCLUDED.evidence, links = EXCLUDED.links,
             confidence = EXCLUDED.confidence, updated_at = now(), updated_by = EXCLUDED.updated_by
           RETURNING r.criterion_key, ${RESPONSE_JSON} AS response
         ), audited AS (
           ${auditEventInsert(
             {
               actorUserId: '$3::uuid',
               action: auditWord('RESPONSE_CHANGED'),
               subjectType: auditWord('assessment'),
               subjectId: '$1::uuid::text',
               before: 'v.before',
               after: answerJson('v'),
               ip: '$6::text',
             },
             'changed v',
           )}
         ), read_back AS (
           SELECT w.criterion_key, w.response FROM written w
           UNION ALL
           SELECT r.criterion_key, ${RESPONSE_JSON} FROM assessment_response r
           WHERE r.assessment_id = $1 AND r.criterion_key = ANY($7::text[])
             AND r.criterion_key NOT IN (SELECT criterion_key FROM written) AND EXISTS (SELECT 1 FROM bumped)
         )
         SELECT b.version, b.updated_at AS "updatedAt", b.status,
           COALESCE((SELECT json_agg(x.response ORDER BY x.criterion_key) FROM read_back x), '[]') AS responses
         FROM bumped b`,
  columns: { version: col.int, updatedAt: col.timestamptz, status: col.text, responses: col.json<ResponseRecord[]>() },
});

/** Locks the assessment until the transaction ends (a save that may follow one under way waits for it here). */
const LOCK_ASSESSMENT = defineQuery<[id: string]>()({
  name: 'assessments.lock',
  text: `SELECT id FROM assessment WHERE id = $1 FOR UPDATE`,
  columns: { id: col.uuid },
});

const QUICK_CHECK_FOR_UPDATE = defineQuery<[assessmentId: string, questionKeys: readonly string[]]>()({
  name: 'assessments.quickCheckForUpdate',
  text: `SELECT question_key AS "questionKey", answer FROM quick_check_answer
         WHERE assessment_id = $1 AND question_key = ANY($2::text[]) FOR UPDATE`,
  columns: { questionKey: col.text, answer: col.text },
});

const UPSERT_QUICK_CHECK = defineQuery<[assessmentId: string, questionKeys: readonly string[], answers: readonly string[]]>()({
  name: 'assessments.upsertQuickCheck',
  text: `INSERT INTO quick_check_answer (assessment_id, question_key, answer)
         SELECT $1, v.question_key, v.answer FROM unnest($2::text[], $3::text[]) AS v(question_key, answer)
         ON CONFLICT (assessment_id, question_key) DO UPDATE SET answer = EXCLUDED.answer`,
  columns: {},
});

const DELETE_QUICK_CHECK = defineQuery<[assessmentId: string, questionKeys: readonly string[]]>()({
  name: 'assessments.deleteQuickCheck',
  text: `DELETE FROM quick_check_answer WHERE assessment_id = $1 AND question_key = ANY($2::text[])`,
  columns: {},
});

const STATUS_FOR_UPDATE = defineQuery<[id: string]>()({
  name: 'assessments.statusForUpdate',
  text: `SELECT status FROM assessment WHERE id = $1 FOR UPDATE`,
  columns: { status: col.text },
});

const RECORD_TRANSITION = defineQuery<
  [assessmentId: string, transition: Transition, from: AssessmentStatus, to: AssessmentStatus, reason: string | null, actorUserId: string]
>()({
  name: 'assessments.recordTransition',
  text: `INSERT INTO assessment_transition (assessment_id, transition, from_status, to_status, reason, actor_user_id)
         VALUES ($1, $2, $3, $4, $5, $6)`,
  columns: {},
});

const PREVIOUS_WITH_ANSWERS = defineQuery<[systemId: string, beforeOpensOn: string]>()({
  name: 'assessments.previousWithAnswers',
  text: `SELECT a.id, c.name AS "cycleName" FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
         WHERE a.system_id = $1 AND c.opens_on < $2::date
           AND EXISTS (SELECT 1 FROM assessment_response r WHERE r.assessment_id = a.id)
         ORDER BY c.opens_on DESC, c.created_at DESC LIMIT 1`,
  columns: { id: col.uuid, cycleName: col.text },
});

const HAS_ANSWERS = defineQuery<[assessmentId: string]>()({
  name: 'assessments.hasAnswers',
  text: `SELECT 1 AS answered FROM assessment_response WHERE assessment_id = $1 LIMIT 1`,
  columns: { answered: col.int },
});

const COPY_ANSWERS = defineQuery<[toId: string, fromId: string, criterionKeys: readonly string[], actorUserId: string]>()({
  name: 'assessments.copyAnswers',
  text: `INSERT INTO assessment_response
           (assessment_id, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, updated_by)
         SELECT $1, criterion_key, self_level, not_assessed, target_level, target_date, evidence, links, confidence, $4
         FROM assessment_response WHERE assessment_id = $2 AND criterion_key = ANY($3::text[])
         RETURNING criterion_key AS "criterionKey"`,
  columns: { criterionKey: col.text },
});

type Db = EntityManager | DataSource;

/** Assessments, their answers and their history. Every change is one transaction with its audit rows. */
@Injectable()
export class AssessmentsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly systems: SystemsRepository,
  ) {}

  async findById(id: string, db: Db = this.dataSource): Promise<AssessmentRecord | null> {
    const row = await runOne(db, ASSESSMENT_BY_ID, [id]);
    return row ? ((await this.withSystems([row]))[0] ?? null) : null;
  }

  /** The assessments of these ICSs in every cycle, newest cycle first. */
  async listForSystems(systemIds: readonly string[]): Promise<AssessmentRecord[]> {
    return this.withSystems(await run(this.dataSource, ASSESSMENTS_OF_SYSTEMS, [systemIds]));
  }

  /** Assessments with their ICSs, which the systems repository gives (an ICS's shape is known there only). */
  private async withSystems(rows: readonly RowOf<typeof ASSESSMENT_COLUMNS>[]): Promise<AssessmentRecord[]> {
    const systems = await this.systems.findSystemsByIds(rows.map((row) => row.systemId));
    return rows.map(({ systemId, ...row }) => {
      const system = systems.get(systemId);
      if (!system) throw new Error(`Assessment ${row.id} names an ICS that does not exist.`);
      return { ...row, system, status: oneOf(ASSESSMENT_STATUSES, row.status) };
    });
  }

  async findFacts(id: string): Promise<AssessmentFactsRecord | null> {
    const row = await runOne(this.dataSource, ASSESSMENT_FACTS, [id]);
    return row ? { ...row, status: oneOf(ASSESSMENT_STATUSES, row.status) } : null;
  }

  /** The answers to these criteria as they are now (for a conflict message). */
  async currentResponses(assessmentId: string, criterionKeys: readonly string[]): Promise<ResponseRecord[]> {
    return (await run(this.dataSource, CURRENT_RESPONSES, [assessmentId, criterionKeys])).map((row) => row.response);
  }

  /**
   * Saves answers if (and only if) the assessment is still at `expectedVersion` and editable: the version check is
   * part of the UPDATE, so two writers can never both win. With `followsOwnSave`, the version after `expectedVersion`
   * is accepted too if the same person made it (a save sent as the page closed, behind that person's own save still
   * under way). Returns null, having changed nothing, when they lost.
   *
   * Reads back only what the save needs: the answers to `readBack` (the sent criteria and the others of their domains,
   * for the task list's progress) and the sent quick-check answers, each as saved. A fixed number of statements,
   * whatever else the assessment holds: the version with the answers as they were, then the changed answers with
   * their audit rows, in one transaction; quick-check answers add a few more, when any are sent. Every writer of
   * answers moves the version on first, so the assessment's row lock keeps writers of one assessment in turn.
   */
  /**
   * Saves answers (see SAVE_ANSWERS) if the assessment is still at the expected version and still has the facts the
   * access check was made on; null when not, and nothing was written. One statement, unless quick-check answers are
   * sent too or the save may follow one of the same person's under way: then one transaction.
   */
  async saveAnswers(
    facts: Pick<AssessmentFactsRecord, 'id' | 'status' | 'recordedOnBehalfBy' | 'cycleClosedOn'>,
    expected: { version: number; followsOwnSave: boolean },
    responses: readonly ResponseValues[],
    quickCheckAnswers: readonly { questionKey: string; answer: QuickCheckAnswer | null }[],
    readBack: readonly string[],
    actor: { userId: string; ip: string | null },
  ): Promise<SavedAnswersRecord | null> {
    const keys = [...new Set([...readBack, ...responses.map((r) => r.criterionKey)])];
    const save = async (db: Queryable) => {
      const saved = await runOne(db, SAVE_ANSWERS, [
        facts.id,
        expected.version,
        actor.userId,
        expected.followsOwnSave,
        JSON.stringify(responses.map(answerRow)),
        actor.ip,
        keys,
        facts.status,
        facts.recordedOnBehalfBy,
        facts.cycleClosedOn,
      ]);
      if (!saved) return null;
      return {
        version: saved.version,
        updatedAt: saved.updatedAt,
        status: oneOf(ASSESSMENT_STATUSES, saved.status),
        responses: saved.responses.map((r) => savedResponse({ ...r, updatedAt: new Date(r.updatedAt) })),
      };
    };
    if (!expected.followsOwnSave && quickCheckAnswers.length === 0) {
      const saved = await save(this.dataSource);
      return saved && { ...saved, quickCheckAnswers: [] };
    }
    return this.dataSource.transaction(async (tx) => {
      if (expected.followsOwnSave) await run(tx, LOCK_ASSESSMENT, [facts.id]);
      const saved = await save(tx);
      if (!saved) return null;
      return { ...saved, quickCheckAnswers: await saveQuickCheckAnswers(tx, facts.id, quickCheckAnswers, actor) };
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
      const current = await runOne(tx, STATUS_FOR_UPDATE, [assessmentId]);
      if (!current) return false;
      if (!(await bumpAssessmentVersion(tx, assessmentId, { version: expectedVersion }, actor.userId, change.from, change.to))) return false;
      const from = oneOf(ASSESSMENT_STATUSES, current.status);
      await run(tx, RECORD_TRANSITION, [assessmentId, change.transition, from, change.to, change.reason, actor.userId]);
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ASSESSMENT_TRANSITIONED',
        subjectType: 'assessment',
        subjectId: assessmentId,
        before: { status: from },
        after: { status: change.to, transition: change.transition, reason: change.reason },
        ip: actor.ip,
      });
      return true;
    });
  }

  /** The same ICS's most recent assessment in an earlier cycle that has answers, if any. */
  async findPrevious(systemId: string, beforeOpensOn: string): Promise<{ id: string; cycleName: string } | null> {
    return runOne(this.dataSource, PREVIOUS_WITH_ANSWERS, [systemId, beforeOpensOn]);
  }

  async hasAnswers(assessmentId: string): Promise<boolean> {
    return (await run(this.dataSource, HAS_ANSWERS, [assessmentId])).length > 0;
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
      const copied = await run(tx, COPY_ANSWERS, [toId, fromId, criterionKeys, actor.userId]);
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

/** Saves quick-check answers (null clears one), auditing each change; returns the sent questions' answers as saved. */
async function saveQuickCheckAnswers(
  tx: EntityManager,
  assessmentId: string,
  sent: readonly { questionKey: string; answer: QuickCheckAnswer | null }[],
  actor: { userId: string; ip: string | null },
): Promise<{ questionKey: string; answer: QuickCheckAnswer }[]> {
  if (sent.length === 0) return [];
  const keys = sent.map((a) => a.questionKey);
  const before = new Map((await run(tx, QUICK_CHECK_FOR_UPDATE, [assessmentId, keys])).map((row) => [row.questionKey, oneOf(QUICK_CHECK_ANSWERS, row.answer)]));
  const changed = sent.filter((a) => (before.get(a.questionKey) ?? null) !== a.answer);
  const set = changed.flatMap((a) => (a.answer === null ? [] : [{ questionKey: a.questionKey, answer: a.answer }]));
  const cleared = changed.filter((a) => a.answer === null).map((a) => a.questionKey);
  if (set.length > 0) await run(tx, UPSERT_QUICK_CHECK, [assessmentId, set.map((a) => a.questionKey), set.map((a) => a.answer)]);
  if (cleared.length > 0) await run(tx, DELETE_QUICK_CHECK, [assessmentId, cleared]);
  for (const { questionKey, answer } of changed) {
    await appendAuditEvent(tx, {
      actorUserId: actor.userId,
      action: 'QUICK_CHECK_CHANGED',
      subjectType: 'assessment',
      subjectId: assessmentId,
      before: { questionKey, answer: before.get(questionKey) ?? null },
      after: { questionKey, answer },
      ip: actor.ip,
    });
  }
  const after = new Map(before);
  for (const { questionKey, answer } of changed) {
    if (answer === null) after.delete(questionKey);
    else after.set(questionKey, answer);
  }
  return keys.flatMap((questionKey) => {
    const answer = after.get(questionKey);
    return answer ? [{ questionKey, answer }] : [];
  });
}

/**
 * Moves an assessment on one version if it is still at the expected version (or, with `followsOwnSave`, at the next
 * one made by the same person) and in one of `from`; optionally to a new status. The version check is part of the
 * UPDATE, so two writers can never both win. False when nothing matched.
 */
export async function bumpAssessmentVersion(
  tx: Queryable,
  id: string,
  expected: { version: number; followsOwnSave?: boolean },
  actorUserId: string,
  from: readonly AssessmentStatus[],
  to?: AssessmentStatus,
): Promise<boolean> {
  // A writer waiting for another's row lock re-checks the WHERE against the row that writer committed, so a save
  // following its own save under way sees that save's version.
  const bumped = await runOne(tx, BUMP_VERSION, [id, expected.version, from, to ?? null, actorUserId, expected.followsOwnSave === true]);
  return bumped !== null;
}

/** A value the database holds under a CHECK constraint, as the domain's type (it fails loudly if they ever differ). */
function oneOf<T extends string | number>(values: readonly T[], value: string | number): T {
  const found = values.find((v) => v === value);
  if (found === undefined) throw new Error(`Unexpected value in the database: ${String(value)}`);
  return found;
}

function savedResponse(row: {
  criterionKey: string;
  selfLevel: number | null;
  notAssessed: boolean;
  targetLevel: number | null;
  targetDate: string | null;
  evidence: string;
  links: readonly string[];
  confidence: string | null;
  moderatedLevel: number | null;
  moderatorComment: string | null;
  updatedAt: Date;
}): SavedResponseRecord {
  return {
    ...row,
    selfLevel: row.selfLevel === null ? null : oneOf(MATURITY_LEVELS, row.selfLevel),
    targetLevel: row.targetLevel === null ? null : oneOf(MATURITY_LEVELS, row.targetLevel),
    confidence: row.confidence === null ? null : oneOf(CONFIDENCE_LEVELS, row.confidence),
  };
}

/** One answer as the upsert's JSON rows name its columns. */
function answerRow(r: ResponseValues) {
  return {
    criterion_key: r.criterionKey,
    self_level: r.selfLevel,
    not_assessed: r.notAssessed,
    target_level: r.targetLevel,
    target_date: r.targetDate,
    evidence: r.evidence,
    links: r.links,
    confidence: r.confidence,
  };
}

