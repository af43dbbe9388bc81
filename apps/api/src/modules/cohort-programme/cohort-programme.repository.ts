import { ASSESSMENT_STATUSES, AssessmentStatus, LearningProgrammePlan, MaturityLevel } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent } from '../audit/audit-event';

export interface MemberAssessmentRow {
  readonly assessmentId: string;
  readonly systemId: string;
  readonly status: AssessmentStatus;
  readonly version: number;
  readonly recordedOnBehalfBy: string | null;
  readonly recordedOnBehalfByName: string | null;
  readonly recordedOnBehalfAt: Date | null;
  readonly submittedAt: Date | null;
  readonly answers: readonly {
    readonly criterionKey: string;
    readonly selfLevel: MaturityLevel | null;
    readonly notAssessed: boolean;
    readonly moderatedLevel: MaturityLevel | null;
  }[];
}

export interface SavedProgrammeRow {
  readonly plan: LearningProgrammePlan;
  readonly version: number;
  readonly updatedAt: Date;
  readonly updatedByName: string | null;
}

const INSERT_PROGRAMME = defineQuery<[cohortId: string, cycleId: string, plan: string, userId: string]>()({
  name: 'cohortProgramme.insertProgramme',
  text: `INSERT INTO learning_programme (cohort_id, cycle_id, plan, updated_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (cohort_id, cycle_id) DO NOTHING RETURNING id`,
  columns: { id: col.uuid },
});

const UPDATE_PROGRAMME = defineQuery<[cohortId: string, cycleId: string, plan: string, userId: string, expectedVersion: number]>()({
  name: 'cohortProgramme.updateProgramme',
  text: `UPDATE learning_programme SET plan = $3, version = version + 1, updated_at = now(), updated_by = $4
         WHERE cohort_id = $1 AND cycle_id = $2 AND version = $5 RETURNING id`,
  columns: { id: col.uuid },
});

const MEMBER_ASSESSMENTS = defineQuery<[cycleId: string, systemIds: readonly string[]]>()({
  name: 'cohortProgramme.memberAssessments',
  text: `SELECT a.id AS "assessmentId", a.system_id AS "systemId", a.status, a.version,
           a.recorded_on_behalf_by AS "recordedOnBehalfBy", ob.name AS "recordedOnBehalfByName", a.recorded_on_behalf_at AS "recordedOnBehalfAt",
           (SELECT max(t.occurred_at) FROM assessment_transition t WHERE t.assessment_id = a.id AND t.transition = 'SUBMIT') AS "submittedAt",
           COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                       'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level) ORDER BY r.criterion_key)
                     FROM assessment_response r WHERE r.assessment_id = a.id), '[]') AS answers
         FROM assessment a LEFT JOIN user_account ob ON ob.id = a.recorded_on_behalf_by
         WHERE a.cycle_id = $1::uuid AND a.system_id = ANY($2::uuid[])`,
  columns: {
    assessmentId: col.uuid,
    systemId: col.uuid,
    status: col.text,
    version: col.int,
    recordedOnBehalfBy: col.uuid.orNull,
    recordedOnBehalfByName: col.text.orNull,
    recordedOnBehalfAt: col.timestamptz.orNull,
    submittedAt: col.timestamptz.orNull,
    answers: col.json<MemberAssessmentRow['answers']>(),
  },
});

const FIND_PROGRAMME = defineQuery<[cohortId: string, cycleId: string]>()({
  name: 'cohortProgramme.findProgramme',
  text: `SELECT p.plan, p.version, p.updated_at AS "updatedAt", u.name AS "updatedByName"
         FROM learning_programme p LEFT JOIN user_account u ON u.id = p.updated_by WHERE p.cohort_id = $1::uuid AND p.cycle_id = $2::uuid`,
  columns: { plan: col.json<LearningProgrammePlan>(), version: col.int, updatedAt: col.timestamptz, updatedByName: col.text.orNull },
});

const asStatus = (text: string): AssessmentStatus => {
  const status = ASSESSMENT_STATUSES.find((s) => s === text);
  if (status === undefined) throw new Error(`An assessment has an unknown status: ${text}`);
  return status;
};

/** What a cohort's review side reads: its ICSs' assessments cycle by cycle, and the learning programme saved for it. */
@Injectable()
export class CohortProgrammeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** These ICSs' assessments in one cycle, with every answer's scores (the few a cohort has, not a whole cycle). */
  async memberAssessments(cycleId: string, systemIds: readonly string[]): Promise<MemberAssessmentRow[]> {
    const rows = await run(this.dataSource, MEMBER_ASSESSMENTS, [cycleId, systemIds]);
    return rows.map((r) => ({ ...r, status: asStatus(r.status) }));
  }

  async findProgramme(cohortId: string, cycleId: string): Promise<SavedProgrammeRow | null> {
    return runOne(this.dataSource, FIND_PROGRAMME, [cohortId, cycleId]);
  }

  /**
   * Saves the plan if nobody saved another since `expectedVersion` (null: nobody has saved one yet); false, changing
   * nothing, when someone did.
   */
  async saveProgramme(
    ids: { cohortId: string; cycleId: string },
    expectedVersion: number | null,
    plan: LearningProgrammePlan,
    actor: { userId: string; ip: string | null },
  ): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const rows =
        expectedVersion === null
          ? await run(tx, INSERT_PROGRAMME, [ids.cohortId, ids.cycleId, JSON.stringify(plan), actor.userId])
          : await run(tx, UPDATE_PROGRAMME, [ids.cohortId, ids.cycleId, JSON.stringify(plan), actor.userId, expectedVersion]);
      if (rows.length !== 1) return false;
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'LEARNING_PROGRAMME_SAVED',
        subjectType: 'learning_programme',
        subjectId: rows[0].id,
        after: { cohortId: ids.cohortId, cycleId: ids.cycleId, plan },
        ip: actor.ip,
      });
      return true;
    });
  }
}
