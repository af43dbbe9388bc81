import { CanvasFramework } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { CycleRecord, FrameworkRecord } from './canvas.types';

const CYCLE_SELECT = `
  SELECT c.id, c.name, c.framework_id AS "frameworkId",
    to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
    CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS cohort,
    c.published_at AS "publishedAt", c.illustrative
  FROM assessment_cycle c LEFT JOIN cohort co ON co.id = c.cohort_id`;

const CYCLE_COLUMNS = {
  id: col.uuid,
  name: col.text,
  frameworkId: col.uuid,
  opensOn: col.text,
  closesOn: col.text,
  cohort: col.json<{ id: string; name: string }>().orNull,
  publishedAt: col.timestamptz.orNull,
  illustrative: col.bool,
};

const FRAMEWORK_COLUMNS = {
  id: col.uuid,
  status: col.textOf<FrameworkRecord['status']>(),
  definition: col.json<CanvasFramework>(),
};

const FIND_FRAMEWORK = defineQuery<[id: string]>()({
  name: 'canvas.findFramework',
  text: `SELECT id, status, definition FROM canvas_framework WHERE id = $1`,
  columns: FRAMEWORK_COLUMNS,
});

const FIND_FRAMEWORKS = defineQuery<[ids: readonly string[]]>()({
  name: 'canvas.findFrameworks',
  text: `SELECT id, status, definition FROM canvas_framework WHERE id = ANY($1::uuid[])`,
  columns: FRAMEWORK_COLUMNS,
});

const LIST_FRAMEWORKS = defineQuery()({
  name: 'canvas.listFrameworks',
  text: `SELECT id, status, definition FROM canvas_framework ORDER BY key, version`,
  columns: FRAMEWORK_COLUMNS,
});

const LIST_CYCLES = defineQuery()({
  name: 'canvas.listCycles',
  text: `${CYCLE_SELECT} ORDER BY c.opens_on DESC, c.name`,
  columns: CYCLE_COLUMNS,
});

const LIST_CYCLES_OF_SYSTEMS = defineQuery<[systemIds: readonly string[]]>()({
  name: 'canvas.listCyclesOfSystems',
  text: `${CYCLE_SELECT} WHERE EXISTS (SELECT 1 FROM assessment a WHERE a.cycle_id = c.id AND a.system_id = ANY($1::uuid[]))
         ORDER BY c.opens_on DESC, c.name`,
  columns: CYCLE_COLUMNS,
});

const FIND_CYCLE = defineQuery<[id: string]>()({
  name: 'canvas.findCycle',
  text: `${CYCLE_SELECT} WHERE c.id = $1`,
  columns: CYCLE_COLUMNS,
});

const CYCLE_NAME_TAKEN = defineQuery<[name: string]>()({
  name: 'canvas.cycleNameTaken',
  text: `SELECT 1 AS taken FROM assessment_cycle WHERE lower(name) = lower($1)`,
  columns: { taken: col.int },
});

const INSERT_CYCLE = defineQuery<
  [name: string, frameworkId: string, opensOn: string, closesOn: string, cohortId: string | null]
>()({
  name: 'canvas.insertCycle',
  text: `INSERT INTO assessment_cycle (name, framework_id, opens_on, closes_on, cohort_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
  columns: { id: col.uuid },
});

/** A draft assessment for every ICS taking part: all of them, or a cohort's members. */
const OPEN_ASSESSMENTS = defineQuery<[cycleId: string, cohortId: string | null]>()({
  name: 'canvas.openAssessments',
  text: `INSERT INTO assessment (cycle_id, system_id)
         SELECT $1, s.id FROM integrated_care_system s
         WHERE $2::uuid IS NULL OR s.id IN (SELECT system_id FROM cohort_member WHERE cohort_id = $2)`,
  columns: {},
});

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
    const row = await runOne(this.dataSource, FIND_FRAMEWORK, [id]);
    return row ? this.keep(row) : null;
  }

  async findFrameworks(ids: readonly string[]): Promise<FrameworkRecord[]> {
    const missing = ids.filter((id) => !this.published.has(id));
    const read: FrameworkRecord[] =
      missing.length === 0
        ? []
        : await run(this.dataSource, FIND_FRAMEWORKS, [missing]);
    const byId = new Map(read.map((row) => [row.id, this.keep(row)]));
    return ids.flatMap((id) => this.published.get(id) ?? byId.get(id) ?? []);
  }

  private keep(row: FrameworkRecord): FrameworkRecord {
    if (row.status === 'PUBLISHED') this.published.set(row.id, row);
    return row;
  }

  async listFrameworks(): Promise<FrameworkRecord[]> {
    return run(this.dataSource, LIST_FRAMEWORKS);
  }

  async listCycles(): Promise<CycleRecord[]> {
    return run(this.dataSource, LIST_CYCLES);
  }

  /** The cycles in which any of these ICSs has an assessment, newest first. */
  async listCyclesOfSystems(systemIds: readonly string[]): Promise<CycleRecord[]> {
    return run(this.dataSource, LIST_CYCLES_OF_SYSTEMS, [systemIds]);
  }

  async findCycle(id: string): Promise<CycleRecord | null> {
    return runOne(this.dataSource, FIND_CYCLE, [id]);
  }

  async cycleNameTaken(name: string): Promise<boolean> {
    return (await run(this.dataSource, CYCLE_NAME_TAKEN, [name])).length > 0;
  }

  /**
   * Opens a cycle and, in the same transaction, a draft assessment for every ICS taking part (all 42, or a cohort's).
   */
  async openCycle(
    cycle: { name: string; frameworkId: string; opensOn: string; closesOn: string; cohortId: string | null },
    audit: Omit<AuditEvent, 'subjectType' | 'subjectId' | 'after'>,
  ): Promise<CycleRecord> {
    return this.dataSource.transaction(async (tx) => {
      const [row] = await run(tx, INSERT_CYCLE, [cycle.name, cycle.frameworkId, cycle.opensOn, cycle.closesOn, cycle.cohortId]);
      await run(tx, OPEN_ASSESSMENTS, [row.id, cycle.cohortId]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: row.id, after: cycle });
      const created = await runOne(tx, FIND_CYCLE, [row.id]);
      if (!created) throw new Error(`The cycle ${row.id} just opened was not found.`);
      return created;
    });
  }
}
