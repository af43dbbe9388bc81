import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssessmentStatus, CycleStatus, ExistingCycle, NewCycle } from '@idt/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { col, defineQuery, RowOf, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { AssessmentCycleEntity } from './assessment-cycle.entity';
import { CanvasFrameworkEntity } from './canvas-framework.entity';
import type { CanvasFramework } from '@idt/domain';
import { CycleRecord, FrameworkRecord } from './canvas.types';
import { AcrossEverySystem } from '../../database/database-scope';

const CYCLE_SELECT = `
  SELECT c.id, c.name, c.framework_id AS "frameworkId",
    to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
    CASE WHEN co.id IS NULL THEN NULL ELSE json_build_object('id', co.id, 'name', co.name) END AS cohort,
    c.published_at AS "publishedAt", c.illustrative,
    to_char(c.closed_on, 'YYYY-MM-DD') AS "closedOn", c.closed_early AS "closedEarly"
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
  closedOn: col.text.orNull,
  closedEarly: col.bool,
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
 * Every cycle as the name and overlap rules see it (ADR 0023): its state, and the ICSs taking part in it, which for a
 * cohort cycle are those with an assessment in it (its cohort's members when it opened), not the cohort's members now.
 */
const EXISTING_CYCLES = defineQuery()({
  name: 'canvas.existingCycles',
  text: `SELECT c.id, c.name, to_char(c.opens_on, 'YYYY-MM-DD') AS "opensOn", to_char(c.closes_on, 'YYYY-MM-DD') AS "closesOn",
           CASE WHEN c.published_at IS NOT NULL THEN 'PUBLISHED' WHEN c.closed_on IS NOT NULL THEN 'CLOSED' ELSE 'OPEN' END AS status,
           CASE WHEN c.cohort_id IS NULL THEN NULL
             ELSE ARRAY(SELECT a.system_id FROM assessment a WHERE a.cycle_id = c.id ORDER BY a.system_id) END AS "systemIds"
         FROM assessment_cycle c ORDER BY c.opens_on, c.name`,
  columns: { id: col.uuid, name: col.text, opensOn: col.text, closesOn: col.text, status: col.textOf<CycleStatus>(), systemIds: col.uuidArray.orNull },
});

/** Serialises every change to cycles (open, change the closing date, close), so overlaps are checked on facts that hold. */
const LOCK_CYCLES = defineQuery()({
  name: 'canvas.lockCycles',
  text: `SELECT true AS locked FROM pg_advisory_xact_lock(hashtext('assessment_cycle'))`,
  columns: { locked: col.bool },
});

const SET_CLOSING_DATE = defineQuery<[id: string, closesOn: string]>()({
  name: 'canvas.setClosingDate',
  text: `UPDATE assessment_cycle SET closes_on = $2::date WHERE id = $1 AND closed_on IS NULL AND published_at IS NULL`,
  columns: {},
});

const CLOSE_CYCLE = defineQuery<[id: string, closedOn: string, closedEarly: boolean]>()({
  name: 'canvas.closeCycle',
  text: `UPDATE assessment_cycle SET closed_on = $2::date, closed_early = $3 WHERE id = $1 AND closed_on IS NULL AND published_at IS NULL`,
  columns: {},
});

/** Each ICS taking part in a cycle, with its assessment's status and how many criteria it has answered. */
const CYCLE_PROGRESS = defineQuery<[cycleId: string]>()({
  name: 'canvas.cycleProgress',
  text: `SELECT s.id AS "systemId", s.name AS "systemName", r.name AS "regionName", a.status,
           (SELECT count(*)::int FROM assessment_response x
             WHERE x.assessment_id = a.id AND (x.self_level IS NOT NULL OR x.not_assessed)) AS "answeredCount",
           to_char(a.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "updatedOn"
         FROM assessment a JOIN system s ON s.id = a.system_id JOIN region r ON r.id = s.region_id
         WHERE a.cycle_id = $1`,
  columns: { systemId: col.uuid, systemName: col.text, regionName: col.text, status: col.textOf<AssessmentStatus>(), answeredCount: col.int, updatedOn: col.text },
});

/**
 * Canvas framework versions and assessment cycles. A published framework never changes (a trigger refuses it), so
 * each replica keeps the ones it has read: nearly every request needs the canvas, and it is the largest row read.
 */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
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

  /**
   * Runs `change` in a transaction that holds the cycles' lock: one change to cycles at a time, so the facts a rule
   * was given (other cycles' dates and states) still hold when its result is written.
   */
  async changingCycles<T>(change: (tx: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(async (tx) => {
      await run(tx, LOCK_CYCLES);
      return change(tx);
    });
  }

  async findCycleIn(tx: EntityManager, id: string): Promise<CycleRecord | null> {
    return runOne(tx, FIND_CYCLE, [id]);
  }

  /** Every cycle, as the name and overlap rules need it. */
  async existingCycles(db: EntityManager | DataSource = this.dataSource): Promise<ExistingCycle[]> {
    const rows = await run(db, EXISTING_CYCLES);
    return rows.map((r) => ({ ...r, systemIds: r.systemIds ?? 'ALL' }));
  }

  /**
   * Opens a cycle and, in the same transaction, a draft assessment for every ICS taking part (all 42, or a cohort's).
   */
  async openCycle(tx: EntityManager, cycle: NewCycle, audit: Omit<AuditEvent, 'subjectType' | 'subjectId'>): Promise<CycleRecord> {
    const cohortId = cycle.participants.kind === 'COHORT' ? cycle.participants.cohortId : null;
    const inserted = await tx.getRepository(AssessmentCycleEntity).insert({
      name: cycle.name,
      frameworkId: cycle.frameworkId,
      opensOn: cycle.opensOn,
      closesOn: cycle.closesOn,
      cohortId,
      illustrative: cycle.illustrative,
    });
    const id: string = inserted.identifiers[0]['id'];
    await run(tx, OPEN_ASSESSMENTS, [id, cohortId]);
    await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: id });
    const created = await runOne(tx, FIND_CYCLE, [id]);
    if (!created) throw new Error(`The cycle ${id} just opened was not found.`);
    return created;
  }

  async setClosingDate(tx: EntityManager, id: string, closesOn: string, audit: Omit<AuditEvent, 'subjectType' | 'subjectId'>): Promise<void> {
    await run(tx, SET_CLOSING_DATE, [id, closesOn]);
    await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: id });
  }

  async closeCycle(
    tx: EntityManager,
    id: string,
    closed: { closedOn: string; closedEarly: boolean },
    audit: Omit<AuditEvent, 'subjectType' | 'subjectId'>,
  ): Promise<void> {
    await run(tx, CLOSE_CYCLE, [id, closed.closedOn, closed.closedEarly]);
    await appendAuditEvent(tx, { ...audit, subjectType: 'assessment_cycle', subjectId: id });
  }

  /** Each ICS taking part in the cycle, with what its progress is read from. */
  async cycleProgress(cycleId: string): Promise<RowOf<(typeof CYCLE_PROGRESS)['columns']>[]> {
    return run(this.dataSource, CYCLE_PROGRESS, [cycleId]);
  }
}

/** A framework's columns that its record carries (not its title, dates or key). */
const FRAMEWORK_FIELDS = { id: true, status: true, definition: true, publishedAt: true } as const;

function toFramework({ id, status, definition, publishedAt }: CanvasFrameworkEntity): FrameworkRecord {
  return { id, status, definition, publishedAt };
}
