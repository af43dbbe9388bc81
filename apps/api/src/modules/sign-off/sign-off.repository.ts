import { CorrectedLevel, Cycle, FiguresRevision, SignOff, SignOffAnswer } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent } from '../audit/audit-event';
import { AcrossEverySystem } from '../../database/database-scope';

/** One ICS taking part in a cycle: its assessment there, and whether that assessment counts (it has figures to check). */
export interface CycleParticipant {
  readonly systemId: string;
  readonly name: string;
  readonly assessmentId: string;
  /** Its assessment counts in the stored placements: `assessment_status_counts`, the one place that rule is written. */
  readonly hasFigures: boolean;
  readonly sharesName: boolean;
}

const CYCLE = defineQuery<[cycleId: string]>()({
  name: 'signOff.cycle',
  text: `SELECT c.id, c.name, c.framework_id AS "frameworkId", to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn",
           to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn", c.cohort_id AS "cohortId", c.illustrative,
           to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn", c.closed_early AS "closedEarly",
           to_char(c.published_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "publishedOn"
         FROM assessment_cycle c WHERE c.id = $1::uuid`,
  columns: {
    id: col.uuid,
    name: col.text,
    frameworkId: col.uuid,
    opensOn: col.text,
    closesOn: col.text,
    cohortId: col.uuid.orNull,
    illustrative: col.bool,
    closedOn: col.text.orNull,
    closedEarly: col.bool,
    publishedOn: col.text.orNull,
  },
});

const PARTICIPANTS = defineQuery<[cycleId: string]>()({
  name: 'signOff.participants',
  text: `SELECT s.id AS "systemId", s.name, a.id AS "assessmentId", assessment_status_counts(a.status) AS "hasFigures",
           COALESCE(p.share_name_with_peers, false) AS "sharesName"
         FROM assessment a JOIN system s ON s.id = a.system_id LEFT JOIN peer_sharing p ON p.system_id = s.id
         WHERE a.cycle_id = $1::uuid ORDER BY s.name`,
  columns: { systemId: col.uuid, name: col.text, assessmentId: col.uuid, hasFigures: col.bool, sharesName: col.bool },
});

/** Closed, unpublished cycles in which one of these ICSs has an assessment: where their leads have figures to check. */
const CLOSED_CYCLES_OF = defineQuery<[systemIds: readonly string[]]>()({
  name: 'signOff.closedCyclesOf',
  text: `SELECT DISTINCT c.id, c.opens_on FROM assessment_cycle c JOIN assessment a ON a.cycle_id = c.id
         WHERE a.system_id = ANY($1::uuid[]) AND c.closed_on IS NOT NULL AND c.published_at IS NULL
         ORDER BY c.opens_on DESC, c.id`,
  columns: { id: col.uuid, opens_on: col.date },
});

const SIGN_OFFS = defineQuery<[cycleId: string]>()({
  name: 'signOff.signOffs',
  text: `SELECT system_id AS "systemId", answer, comment, answered_by AS "answeredBy",
           to_char(answered_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "answeredOn"
         FROM cycle_sign_off WHERE cycle_id = $1::uuid`,
  columns: { systemId: col.uuid, answer: col.textOf<SignOffAnswer>(), comment: col.text.orNull, answeredBy: col.uuid, answeredOn: col.text },
});

const SAVE_SIGN_OFF = defineQuery<[cycleId: string, systemId: string, answer: string, comment: string | null, userId: string]>()({
  name: 'signOff.save',
  text: `INSERT INTO cycle_sign_off (cycle_id, system_id, answer, comment, answered_by)
         SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::uuid
         FROM assessment_cycle c WHERE c.id = $1::uuid AND c.closed_on IS NOT NULL AND c.published_at IS NULL
         ON CONFLICT (cycle_id, system_id) DO UPDATE
           SET answer = EXCLUDED.answer, comment = EXCLUDED.comment, answered_by = EXCLUDED.answered_by, answered_at = now()
         RETURNING system_id AS "systemId"`,
  columns: { systemId: col.uuid },
});

const PUBLISH = defineQuery<[cycleId: string]>()({
  name: 'signOff.publish',
  text: `UPDATE assessment_cycle SET published_at = now() WHERE id = $1::uuid AND published_at IS NULL AND closed_on IS NOT NULL RETURNING id`,
  columns: { id: col.uuid },
});

const REVISIONS = defineQuery<[cycleIds: readonly string[]]>()({
  name: 'signOff.revisions',
  text: `SELECT cycle_id AS "cycleId", system_id AS "systemId", number, reason, revised_by AS "revisedBy",
           to_char(revised_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "revisedOn", changes
         FROM cycle_figures_revision WHERE cycle_id = ANY($1::uuid[]) ORDER BY cycle_id, system_id, number`,
  columns: {
    cycleId: col.uuid,
    systemId: col.uuid,
    number: col.int,
    reason: col.text,
    revisedBy: col.uuid,
    revisedOn: col.text,
    changes: col.json<CorrectedLevel[]>(),
  },
});

const ADD_REVISION = defineQuery<[cycleId: string, systemId: string, number: number, reason: string, userId: string, changes: string]>()({
  name: 'signOff.addRevision',
  text: `INSERT INTO cycle_figures_revision (cycle_id, system_id, number, reason, revised_by, changes)
         SELECT $1::uuid, $2::uuid, $3::int, $4::text, $5::uuid, $6::jsonb
         FROM assessment_cycle c WHERE c.id = $1::uuid AND c.published_at IS NOT NULL
         RETURNING id`,
  columns: { id: col.uuid },
});

/** An assessment's status and the facts of each answer that decide which level counts. */
const ANSWER_LEVELS = defineQuery<[assessmentId: string]>()({
  name: 'signOff.answerLevels',
  text: `SELECT a.status, COALESCE((
           SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                    'moderatedLevel', r.moderated_level, 'notAssessed', r.not_assessed) ORDER BY r.criterion_key)
           FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
         FROM assessment a WHERE a.id = $1::uuid`,
  columns: {
    status: col.text,
    answers: col.json<{ criterionKey: string; selfLevel: number | null; moderatedLevel: number | null; notAssessed: boolean }[]>(),
  },
});

/**
 * Writes corrected answers (each criterion's self-assessed level, moderated level and "not assessed", as the maturity
 * engine's `correctedAnswer` gives them) to a counted assessment of a published cycle, adding an answer where there was
 * none. Returns each criterion's answer before, for the audit rows (every part of one statement sees the rows as they
 * were before it; no FOR UPDATE there, which would skip rows this statement itself updates). Nothing is written unless
 * the assessment still has the status the correction was worked out on (the levels that count depend on it).
 */
const CORRECT_ANSWERS = defineQuery<[assessmentId: string, status: string, answers: string, userId: string]>()({
  name: 'signOff.correctAnswers',
  text: `WITH wanted AS (
           SELECT c."criterionKey", c."selfLevel", c."moderatedLevel", c."notAssessed"
           FROM jsonb_to_recordset($3::jsonb) AS c ("criterionKey" text, "selfLevel" smallint, "moderatedLevel" smallint, "notAssessed" boolean)
           JOIN assessment a ON a.id = $1::uuid AND a.status = $2::text
         ),
         before AS (
           SELECT r.criterion_key, r.self_level, r.moderated_level, r.not_assessed FROM assessment_response r
           WHERE r.assessment_id = $1::uuid AND r.criterion_key IN (SELECT "criterionKey" FROM wanted)
         ),
         written AS (
           INSERT INTO assessment_response AS r (assessment_id, criterion_key, self_level, moderated_level, not_assessed, updated_by,
                                                 moderated_by, moderated_at)
           SELECT $1::uuid, w."criterionKey", w."selfLevel", w."moderatedLevel", w."notAssessed", $4::uuid,
                  CASE WHEN w."moderatedLevel" IS NOT NULL THEN $4::uuid END, CASE WHEN w."moderatedLevel" IS NOT NULL THEN now() END
           FROM wanted w
           ON CONFLICT (assessment_id, criterion_key) DO UPDATE SET
             self_level = EXCLUDED.self_level,
             not_assessed = EXCLUDED.not_assessed,
             moderated_level = EXCLUDED.moderated_level,
             updated_by = CASE WHEN r.self_level IS DISTINCT FROM EXCLUDED.self_level OR r.not_assessed IS DISTINCT FROM EXCLUDED.not_assessed
                               THEN EXCLUDED.updated_by ELSE r.updated_by END,
             updated_at = CASE WHEN r.self_level IS DISTINCT FROM EXCLUDED.self_level OR r.not_assessed IS DISTINCT FROM EXCLUDED.not_assessed
                               THEN now() ELSE r.updated_at END,
             moderated_by = CASE WHEN r.moderated_level IS DISTINCT FROM EXCLUDED.moderated_level THEN $4::uuid ELSE r.moderated_by END,
             moderated_at = CASE WHEN r.moderated_level IS DISTINCT FROM EXCLUDED.moderated_level THEN now() ELSE r.moderated_at END
           RETURNING r.criterion_key
         )
         SELECT w.criterion_key AS "criterionKey", b.self_level AS "selfLevel", b.moderated_level AS "moderatedLevel",
                COALESCE(b.not_assessed, false) AS "notAssessed", b.criterion_key IS NOT NULL AS answered
         FROM written w LEFT JOIN before b ON b.criterion_key = w.criterion_key
         ORDER BY w.criterion_key`,
  columns: {
    criterionKey: col.text,
    selfLevel: col.int.orNull,
    moderatedLevel: col.int.orNull,
    notAssessed: col.bool,
    answered: col.bool,
  },
});

/** Open queries (cycles closed, not yet published) about these ICSs, or every ICS when null: newest first. */
const OPEN_QUERIES = defineQuery<[systemIds: readonly string[] | null]>()({
  name: 'signOff.openQueries',
  text: `SELECT c.id AS "cycleId", c.name AS "cycleName", s.id AS "systemId", s.name AS "systemName", so.comment,
           to_char(so.answered_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "answeredOn"
         FROM cycle_sign_off so JOIN assessment_cycle c ON c.id = so.cycle_id JOIN system s ON s.id = so.system_id
         WHERE so.answer = 'QUERIED' AND c.closed_on IS NOT NULL AND c.published_at IS NULL
           AND ($1::uuid[] IS NULL OR so.system_id = ANY($1::uuid[]))
         ORDER BY so.answered_at DESC, s.name`,
  columns: { cycleId: col.uuid, cycleName: col.text, systemId: col.uuid, systemName: col.text, comment: col.text, answeredOn: col.text },
});

const SUBJECT = { subjectType: 'assessment_cycle' } as const;

/** Sign-off answers, publishing and revisions: each change with its audit row, in one transaction. */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
@Injectable()
export class SignOffRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cycle as the domain's rules see it: OPEN until closed, CLOSED until published. */
  async cycle(cycleId: string): Promise<Cycle | null> {
    const row = await runOne(this.dataSource, CYCLE, [cycleId]);
    if (!row) return null;
    return {
      id: row.id,
      name: row.name,
      frameworkId: row.frameworkId,
      opensOn: row.opensOn,
      closesOn: row.closesOn,
      participants: row.cohortId ? { kind: 'COHORT', cohortId: row.cohortId } : { kind: 'ALL' },
      illustrative: row.illustrative,
      status: row.publishedOn ? 'PUBLISHED' : row.closedOn ? 'CLOSED' : 'OPEN',
      closedOn: row.closedOn,
      closedEarly: row.closedEarly,
      publishedOn: row.publishedOn,
    };
  }

  /** Every ICS taking part (with an assessment in the cycle), by name. */
  participants(cycleId: string): Promise<CycleParticipant[]> {
    return run(this.dataSource, PARTICIPANTS, [cycleId]);
  }

  async closedCyclesOf(systemIds: readonly string[]): Promise<string[]> {
    if (systemIds.length === 0) return [];
    return (await run(this.dataSource, CLOSED_CYCLES_OF, [systemIds])).map((r) => r.id);
  }

  signOffs(cycleId: string): Promise<SignOff[]> {
    return run(this.dataSource, SIGN_OFFS, [cycleId]);
  }

  /** Open queries about these ICSs (every ICS when null). */
  openQueries(systemIds: readonly string[] | null) {
    return run(this.dataSource, OPEN_QUERIES, [systemIds]);
  }

  /** Stores an answer (while the cycle is still closed and unpublished) with its audit row; false when it no longer is. */
  async saveSignOff(cycleId: string, signOff: SignOff, audit: { before: unknown; after: unknown; ip: string | null }): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const saved = await run(tx, SAVE_SIGN_OFF, [cycleId, signOff.systemId, signOff.answer, signOff.comment, signOff.answeredBy]);
      if (saved.length === 0) return false;
      await appendAuditEvent(tx, { ...SUBJECT, actorUserId: signOff.answeredBy, action: 'CYCLE_SIGN_OFF_ANSWERED', subjectId: cycleId, ...audit });
      return true;
    });
  }

  /** Publishes a closed cycle (once) with its audit row; false when it was not closed or already published. */
  async publish(cycleId: string, actorUserId: string, audit: { before: unknown; after: unknown; ip: string | null }): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      if ((await run(tx, PUBLISH, [cycleId])).length === 0) return false;
      await appendAuditEvent(tx, { ...SUBJECT, actorUserId, action: 'CYCLE_PUBLISHED', subjectId: cycleId, ...audit });
      return true;
    });
  }

  async revisions(cycleIds: readonly string[]): Promise<(FiguresRevision & { cycleId: string })[]> {
    if (cycleIds.length === 0) return [];
    return run(this.dataSource, REVISIONS, [cycleIds]);
  }

  /** An assessment's status and its answers' facts (which level counts is the engine's rule, applied by the caller). */
  answerLevels(assessmentId: string) {
    return runOne(this.dataSource, ANSWER_LEVELS, [assessmentId]);
  }

  /**
   * A correction after publishing, in one transaction: the revision (numbered, with its reason and each level before
   * and after), the assessment's corrected answers, an audit row per corrected answer (`LEVEL_CORRECTED`, on the
   * assessment, with its facts before and after) and one for the revision (`CYCLE_FIGURES_REVISED`, on the cycle), then
   * `placeAgain` in the same transaction (the whole cycle placed again). The published answers cache is told by the
   * triggers on `assessment_response` and `cycle_figures_revision` (migrations 1763930000000, 1764000300000), at
   * commit. Returns 'NOT_PUBLISHED' when the cycle is not published, 'CHANGED' when the assessment's status moved since
   * the correction was worked out; nothing is written then. Two corrections of one ICS at once: the second breaks the
   * unique number and fails, changing nothing.
   */
  async addCorrection(
    cycleId: string,
    revision: FiguresRevision,
    assessment: { readonly id: string; readonly status: string },
    answers: readonly { readonly criterionKey: string; readonly selfLevel: number | null; readonly moderatedLevel: number | null; readonly notAssessed: boolean }[],
    audit: { after: unknown; ip: string | null },
    placeAgain: (tx: EntityManager) => Promise<void>,
  ): Promise<'OK' | 'NOT_PUBLISHED' | 'CHANGED'> {
    const rollback = new Error('rolled back');
    let outcome: 'OK' | 'NOT_PUBLISHED' | 'CHANGED' = 'OK';
    try {
      await this.dataSource.transaction(async (tx) => {
        const added = await run(tx, ADD_REVISION, [cycleId, revision.systemId, revision.number, revision.reason, revision.revisedBy, JSON.stringify(revision.changes)]);
        if (added.length === 0) {
          outcome = 'NOT_PUBLISHED';
          throw rollback;
        }
        const before = await run(tx, CORRECT_ANSWERS, [assessment.id, assessment.status, JSON.stringify(answers), revision.revisedBy]);
        if (before.length !== answers.length) {
          outcome = 'CHANGED';
          throw rollback;
        }
        for (const answer of answers) {
          const was = before.find((b) => b.criterionKey === answer.criterionKey);
          await appendAuditEvent(tx, {
            actorUserId: revision.revisedBy,
            action: 'LEVEL_CORRECTED',
            subjectType: 'assessment',
            subjectId: assessment.id,
            before: was?.answered
              ? { criterionKey: answer.criterionKey, selfLevel: was.selfLevel, moderatedLevel: was.moderatedLevel, notAssessed: was.notAssessed }
              : null,
            after: { ...answer, revision: revision.number, reason: revision.reason },
            ip: audit.ip,
          });
        }
        await appendAuditEvent(tx, { ...SUBJECT, actorUserId: revision.revisedBy, action: 'CYCLE_FIGURES_REVISED', subjectId: cycleId, before: null, ...audit });
        await placeAgain(tx);
      });
    } catch (error) {
      if (error !== rollback) throw error;
    }
    return outcome;
  }
}
