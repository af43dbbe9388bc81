import { AssessmentStatus } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export type StatusTally = Readonly<Record<AssessmentStatus, number>>;

export interface CohortProgressRow {
  readonly cohortId: string;
  readonly memberCount: number;
  readonly cycleId: string | null;
  readonly cycleName: string | null;
  readonly closesOn: string | null;
  readonly tally: StatusTally;
}

export interface CycleProgressRow {
  readonly cycleId: string;
  readonly participating: number;
  readonly tally: StatusTally;
}

/** Counts assessments `a` by status, as one JSON object (every status present, 0 when none). */
const TALLY = `json_build_object(
    'DRAFT', count(a.id) FILTER (WHERE a.status = 'DRAFT'),
    'SUBMITTED', count(a.id) FILTER (WHERE a.status = 'SUBMITTED'),
    'IN_REVIEW', count(a.id) FILTER (WHERE a.status = 'IN_REVIEW'),
    'RETURNED', count(a.id) FILTER (WHERE a.status = 'RETURNED'),
    'VALIDATED', count(a.id) FILTER (WHERE a.status = 'VALIDATED'))`;

/**
 * The counts the homes need that no other module reads: each in one statement, whatever the number of ICSs, cohorts
 * or cycles. Only counts and names: what an assessment holds is read through the assessments module.
 */
@Injectable()
export class HomeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The names of these ICSs. */
  async systemNames(systemIds: readonly string[]): Promise<{ id: string; name: string }[]> {
    if (systemIds.length === 0) return [];
    return this.dataSource.query(`SELECT id, name FROM system WHERE id = ANY($1::uuid[]) ORDER BY name`, [systemIds]);
  }

  /**
   * For each cohort: its number of ICSs, the newest cycle (by opening date) that had opened by `today` and in which any
   * of them has an assessment, and their assessments in it by status.
   */
  async cohortProgress(cohortIds: readonly string[], today: string): Promise<CohortProgressRow[]> {
    if (cohortIds.length === 0) return [];
    return this.dataSource.query(
      `WITH latest AS (
         SELECT DISTINCT ON (m.cohort_id) m.cohort_id, c.id, c.name, c.closes_on
         FROM cohort_member m
         JOIN assessment a ON a.system_id = m.system_id
         JOIN assessment_cycle c ON c.id = a.cycle_id
         WHERE m.cohort_id = ANY($1::uuid[]) AND c.opens_on <= $2::date
         ORDER BY m.cohort_id, c.opens_on DESC, c.name
       )
       SELECT co.id AS "cohortId", count(m.system_id)::int AS "memberCount",
         l.id AS "cycleId", l.name AS "cycleName", to_char(l.closes_on, 'YYYY-MM-DD') AS "closesOn", ${TALLY} AS tally
       FROM cohort co
       LEFT JOIN cohort_member m ON m.cohort_id = co.id
       LEFT JOIN latest l ON l.cohort_id = co.id
       LEFT JOIN assessment a ON a.cycle_id = l.id AND a.system_id = m.system_id
       WHERE co.id = ANY($1::uuid[])
       GROUP BY co.id, l.id, l.name, l.closes_on`,
      [cohortIds, today],
    );
  }

  /** For each cycle: how many ICSs take part (have an assessment in it), and their assessments by status. */
  async cycleProgress(cycleIds: readonly string[]): Promise<CycleProgressRow[]> {
    if (cycleIds.length === 0) return [];
    return this.dataSource.query(
      `SELECT c.id AS "cycleId", count(a.id)::int AS participating, ${TALLY} AS tally
       FROM assessment_cycle c LEFT JOIN assessment a ON a.cycle_id = c.id
       WHERE c.id = ANY($1::uuid[])
       GROUP BY c.id`,
      [cycleIds],
    );
  }

  /** ICSs nobody holds the ICS lead role for, by name. */
  async systemsWithoutLead(): Promise<{ id: string; name: string }[]> {
    return this.dataSource.query(
      `SELECT s.id, s.name FROM system s
       WHERE NOT EXISTS (SELECT 1 FROM role_grant g WHERE g.role = 'ICS_LEAD' AND g.system_id = s.id)
       ORDER BY s.name`,
    );
  }
}
