import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { col, defineQuery, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { AssessmentCycleEntity } from './assessment-cycle.entity';
import { CanvasFrameworkEntity } from './canvas-framework.entity';
import type { CanvasFramework } from '@idt/domain';
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

/** A draft assessment for every ICS taking part: all of them, or a cohort's members. */
const OPEN_ASSESSMENTS = defineQuery<[cycleId: string, cohortId: string | null]>()({
  name: 'canvas.openAssessments',
  text: `INSERT INTO assessment (cycle_id, system_id)
         SELECT $1, s.id FROM system s
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
    const row = await this.frameworks().findOne({ select: FRAMEWORK_FIELDS, where: { id } });
    return row ? this.keep(toFramework(row)) : null;
  }

  async findFrameworks(ids: readonly string[]): Promise<FrameworkRecord[]> {
    const missing = ids.filter((id) => !this.published.has(id));
    const read: FrameworkRecord[] =
      missing.length === 0
        ? []
        : (await this.frameworks().find({ select: FRAMEWORK_FIELDS, where: { id: In(missing) } })).map(toFramework);
    const byId = new Map(read.map((row) => [row.id, this.keep(row)]));
    return ids.flatMap((id) => this.published.get(id) ?? byId.get(id) ?? []);
  }

  private frameworks() {
    return this.dataSource.getRepository(CanvasFrameworkEntity);
  }

  private keep(row: FrameworkRecord): FrameworkRecord {
    if (row.status === 'PUBLISHED') this.published.set(row.id, row);
    return row;
  }

  async listFrameworks(): Promise<FrameworkRecord[]> {
    const rows = await this.frameworks().find({ select: FRAMEWORK_FIELDS, order: { key: 'ASC', version: 'ASC' } });
    return rows.map(toFramework);
  }

  /**
   * Saves the one draft of the canvas: replaces the draft there is (a draft may change), or creates it. The audit row
   * is written in the same transaction. A unique index keeps it to one draft even when two admins save at once.
   */
  async saveDraft(definition: CanvasFramework, audit: Omit<AuditEvent, 'subjectType' | 'subjectId' | 'after'>): Promise<FrameworkRecord> {
    return this.dataSource.transaction(async (tx) => {
      const repository = tx.getRepository(CanvasFrameworkEntity);
      const draft = await repository.findOne({ select: { id: true, version: true }, where: { key: definition.key, status: 'DRAFT' }, lock: { mode: 'pessimistic_write' } });
      let id: string;
      if (draft) {
        await repository.update({ id: draft.id, status: 'DRAFT' }, { version: definition.version, title: definition.title, definition });
        id = draft.id;
      } else {
        const inserted = await repository.insert({ key: definition.key, version: definition.version, title: definition.title, status: 'DRAFT', definition });
        id = inserted.identifiers[0]['id'];
      }
      await appendAuditEvent(tx, {
        ...audit,
        subjectType: 'canvas_framework',
        subjectId: id,
        after: { version: definition.version, replacedDraft: draft !== null },
      });
      return { id, status: 'DRAFT', definition, publishedAt: null };
    });
  }

  /**
   * Publishes a draft, for good: afterwards the trigger refuses any change. False when it is not a draft (any more),
   * so two admins publishing at once publish it once.
   */
  async publish(id: string, publishedOn: string, audit: Omit<AuditEvent, 'subjectType' | 'subjectId' | 'after'>): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const result = await tx
        .createQueryBuilder()
        .update(CanvasFrameworkEntity)
        .set({
          status: 'PUBLISHED',
          publishedAt: () => 'now()',
          definition: () => `definition || jsonb_build_object('publishedOn', CAST(:publishedOn AS text))`,
        })
        .setParameter('publishedOn', publishedOn)
        .where('id = :id AND status = :draft', { id, draft: 'DRAFT' })
        .execute();
      if (result.affected !== 1) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'canvas_framework', subjectId: id, after: { publishedOn } });
      return true;
    });
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
    return this.dataSource
      .getRepository(AssessmentCycleEntity)
      .createQueryBuilder('cycle')
      .where('lower(cycle.name) = lower(:name)', { name })
      .getExists();
  }

  /**
   * Opens a cycle and, in the same transaction, a draft assessment for every ICS taking part (all 42, or a cohort's).
   */
  async openCycle(
    cycle: { name: string; frameworkId: string; opensOn: string; closesOn: string; cohortId: string | null },
    audit: Omit<AuditEvent, 'subjectType' | 'subjectId' | 'after'>,
  ): Promise<CycleRecord> {
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx.getRepository(AssessmentCycleEntity).insert({
        name: cycle.name,
        frameworkId: cycle.frameworkId,
        opensOn: cycle.opensOn,
        closesOn: cycle.closesOn,
        cohortId: cycle.cohortId,
      });
      const id: string = inserted.identifiers[0]['id'];
      await run(tx, OPEN_ASSESSMENTS, [id, cycle.cohortId]);
      await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: id, after: cycle });
      const created = await runOne(tx, FIND_CYCLE, [id]);
      if (!created) throw new Error(`The cycle ${id} just opened was not found.`);
      return created;
    });
  }
}

/** A framework's columns that its record carries (not its title, dates or key). */
const FRAMEWORK_FIELDS = { id: true, status: true, definition: true, publishedAt: true } as const;

function toFramework({ id, status, definition, publishedAt }: CanvasFrameworkEntity): FrameworkRecord {
  return { id, status, definition, publishedAt };
}
