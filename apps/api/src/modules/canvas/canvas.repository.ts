import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { CycleRecord, FrameworkRecord } from './canvas.types';

const CYCLE_SELECT = `
  SELECT c.id, c.name, c.framework_id AS "frameworkId",
    to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
    CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS cohort,
    c.published_at AS "publishedAt", c.illustrative
  FROM assessment_cycle c LEFT JOIN cohort co ON co.id = c.cohort_id`;

/**
 * Canvas framework versions and assessment cycles. A published framework never changes (a trigger refuses it), so
 * each replica keeps the ones it has read: nearly every request needs the canvas, and it is the largest row read.
 */
@Injectable()
export class CanvasRepository {
  private readonly published = new Map<string, FrameworkRecord>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async findFramework(id: string): Promise<FrameworkRecord | null> {
    const kept = this.published.get(id);
    if (kept) return kept;
    const [row] = await this.dataSource.query(`SELECT id, status, definition FROM canvas_framework WHERE id = $1`, [id]);
    return row ? this.keep(row) : null;
  }

  async findFrameworks(ids: readonly string[]): Promise<FrameworkRecord[]> {
    const missing = ids.filter((id) => !this.published.has(id));
    const read: FrameworkRecord[] =
      missing.length === 0
        ? []
        : await this.dataSource.query(`SELECT id, status, definition FROM canvas_framework WHERE id = ANY($1::uuid[])`, [missing]);
    const byId = new Map(read.map((row) => [row.id, this.keep(row)]));
    return ids.flatMap((id) => this.published.get(id) ?? byId.get(id) ?? []);
  }

  private keep(row: FrameworkRecord): FrameworkRecord {
    if (row.status === 'PUBLISHED') this.published.set(row.id, row);
    return row;
  }

  async listFrameworks(): Promise<FrameworkRecord[]> {
    return this.dataSource.query(`SELECT id, status, definition FROM canvas_framework ORDER BY key, version`);
  }

  async listCycles(): Promise<CycleRecord[]> {
    return this.dataSource.query(`${CYCLE_SELECT} ORDER BY c.opens_on DESC, c.name`);
  }

  /** The cycles in which any of these ICSs has an assessment, newest first. */
  async listCyclesOfSystems(systemIds: readonly string[]): Promise<CycleRecord[]> {
    return this.dataSource.query(
      `${CYCLE_SELECT} WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = c.id AND a.system_id = ANY($1::uuid[]))
       ORDER BY c.opens_on DESC, c.name`,
      [systemIds],
    );
  }

  async findCycle(id: string): Promise<CycleRecord | null> {
    const [row] = await this.dataSource.query(`${CYCLE_SELECT} WHERE c.id = $1`, [id]);
    return row ?? null;
  }

  async cycleNameTaken(name: string): Promise<boolean> {
    return (await this.dataSource.query(`SELECT 1 FROM assessment_cycle WHERE lower(name) = lower($1)`, [name])).length > 0;
  }

  /**
   * Opens a cycle and, in the same transaction, a draft assessment for every ICS taking part (all 42, or a cohort's).
   */
  async openCycle(
    cycle: { name: string; frameworkId: string; opensOn: string; closesOn: string; cohortId: string | null },
    audit: Omit<AuditEvent, 'subjectType' | 'subjectId' | 'after'>,
  ): Promise<CycleRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await tx.query(
        `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on, cohort_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [cycle.name, cycle.frameworkId, cycle.opensOn, cycle.closesOn, cycle.cohortId],
      );
      await tx.query(
        `INSERT INTO assessment (cycle_id, system_id)
         SELECT $1, s.id FROM system s
         WHERE $2::uuid IS NULL OR s.id IN (SELECT system_id FROM cohort_member WHERE cohort_id = $2)`,
        [row.id, cycle.cohortId],
      );
      await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: row.id, after: cycle });
      const [created] = await tx.query(`${CYCLE_SELECT} WHERE c.id = $1`, [row.id]);
      return created as CycleRecord;
    });
  }
}
