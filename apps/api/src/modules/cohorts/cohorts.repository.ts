import { CohortScope } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { systemJson } from '../systems/system-json.sql';
import { CohortRecord } from './cohorts.types';

type Audit = Omit<AuditEvent, 'subjectType' | 'subjectId' | 'before' | 'after'>;

const COHORT_SELECT = `
  SELECT c.id, c.name, c.description,
    COALESCE((SELECT json_agg(${systemJson('s', 'r')} ORDER BY s.name)
              FROM cohort_member m JOIN system s ON s.id = m.system_id JOIN region r ON r.id = s.region_id
              WHERE m.cohort_id = c.id), '[]') AS systems,
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
              FROM role_grant g JOIN user_account u ON u.id = g.user_id
              WHERE g.cohort_id = c.id AND g.role = 'COACH'), '[]') AS coaches,
    COALESCE((SELECT json_agg(json_build_object('id', p.id, 'systemId', p.system_id, 'systemName', s.name, 'name', p.name,
                'pathway', p.pathway, 'description', p.description) ORDER BY s.name, p.created_at, p.name)
              FROM cohort_member_project p JOIN system s ON s.id = p.system_id
              WHERE p.cohort_id = c.id), '[]') AS projects
  FROM cohort c`;

const COHORT_FACTS = defineQuery<[cohortId: string]>()({
  name: 'cohorts.facts',
  text: `SELECT c.id, COALESCE(array_agg(m.system_id) FILTER (WHERE m.system_id IS NOT NULL), '{}') AS system_ids
         FROM cohort c LEFT JOIN cohort_member m ON m.cohort_id = c.id WHERE c.id = $1 GROUP BY c.id`,
  columns: { id: col.uuid, system_ids: col.uuidArray },
});

const COHORT_NAME_TAKEN = defineQuery<[name: string]>()({
  name: 'cohorts.nameTaken',
  text: `SELECT 1 AS taken FROM cohort WHERE lower(name) = lower($1)`,
  columns: { taken: col.int },
});

/** Cohorts, their ICSs and their coaches, each read in one statement whatever their number. */
@Injectable()
export class CohortsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The cohorts a scope allows, by name: the filter is SQL, so nothing out of scope is ever loaded. */
  async list(scope: CohortScope): Promise<CohortRecord[]> {
    if (scope.all) return this.dataSource.query(`${COHORT_SELECT} ORDER BY c.name`);
    return this.dataSource.query(
      `${COHORT_SELECT}
       WHERE c.id = ANY($1::uuid[])
          OR EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = c.id AND m.system_id = ANY($2::uuid[]))
       ORDER BY c.name`,
      [scope.cohortIds, scope.memberSystemIds],
    );
  }

  async findById(id: string, db: EntityManager | DataSource = this.dataSource): Promise<CohortRecord | null> {
    const [row] = await db.query(`${COHORT_SELECT} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  /** What the access policy needs to know about a cohort: its ICSs. */
  async findFacts(id: string): Promise<{ cohortId: string; systemIds: string[] } | null> {
    const row = await runOne(this.dataSource, COHORT_FACTS, [id]);
    return row ? { cohortId: row.id, systemIds: row.system_ids } : null;
  }

  async nameTaken(name: string): Promise<boolean> {
    const rows = await run(this.dataSource, COHORT_NAME_TAKEN, [name]);
    return rows.length > 0;
  }

  async create(cohort: { name: string; description: string }, audit: Audit): Promise<CohortRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(`INSERT INTO cohort (name, description) VALUES ($1, $2) RETURNING id`, [
        cohort.name,
        cohort.description,
      ]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: row.id, after: cohort });
      return (await this.findById(row.id, tx)) as CohortRecord;
    });
  }

  /** Adds an ICS; returns false (and changes nothing) when it is already a member. */
  async addSystem(cohortId: string, systemId: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await tx.query(
        `INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING system_id`,
        [cohortId, systemId],
      );
      if (rows.length === 0) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: cohortId, after: { systemId } });
      return true;
    });
  }

  /** Removes an ICS; returns false (and changes nothing) when it was not a member. */
  async removeSystem(cohortId: string, systemId: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      // TypeORM answers a DELETE with [rows, count].
      const [rows] = await tx.query(
        `DELETE FROM cohort_member WHERE cohort_id = $1 AND system_id = $2 RETURNING system_id`,
        [cohortId, systemId],
      );
      if (rows.length === 0) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: cohortId, before: { systemId } });
      return true;
    });
  }
}
