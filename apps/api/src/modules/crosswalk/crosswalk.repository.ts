import { ASSESSMENT_STATUSES, AssessmentStatus, MaturityLevel } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, run } from '../../database/typed-sql';
import { CanvasFrameworkEntity } from '../canvas/canvas-framework.entity';
import { AcrossEverySystem } from '../../database/database-scope';

export interface CrosswalkAnswer {
  readonly criterionKey: string;
  readonly selfLevel: MaturityLevel | null;
  readonly notAssessed: boolean;
  readonly moderatedLevel: MaturityLevel | null;
}

/** One ICS's counted assessment in a cycle, with every answer (the engine applies the counting rule). */
export interface CountedAssessment {
  readonly systemId: string;
  readonly name: string;
  readonly regionName: string;
  readonly status: AssessmentStatus;
  readonly answers: readonly CrosswalkAnswer[];
}

const ANSWERS = `COALESCE((SELECT json_agg(json_build_object('criterionKey', r.criterion_key, 'selfLevel', r.self_level,
                    'notAssessed', r.not_assessed, 'moderatedLevel', r.moderated_level) ORDER BY r.criterion_key)
                  FROM assessment_response r WHERE r.assessment_id = a.id), '[]')`;
const COLUMNS = { systemId: col.uuid, name: col.text, regionName: col.text, status: col.text, answers: col.json<CrosswalkAnswer[]>() };

/**
 * Every ICS whose assessment counts in a cycle (`assessment_status_counts`, the one place that rule is written), with
 * its answers: one statement for the whole cycle, never one per ICS.
 */
const COUNTED_IN_CYCLE = defineQuery<[cycleId: string]>()({
  name: 'crosswalk.countedInCycle',
  text: `SELECT a.system_id AS "systemId", s.name, rg.name AS "regionName", a.status, ${ANSWERS} AS answers
         FROM assessment a JOIN system s ON s.id = a.system_id JOIN region rg ON rg.id = s.region_id
         WHERE a.cycle_id = $1::uuid AND assessment_status_counts(a.status)
         ORDER BY s.name`,
  columns: COLUMNS,
});

/** One ICS's counted assessment in a cycle (for its profile). */
const COUNTED_OF_SYSTEM = defineQuery<[cycleId: string, systemId: string]>()({
  name: 'crosswalk.countedOfSystem',
  text: `SELECT a.system_id AS "systemId", s.name, rg.name AS "regionName", a.status, ${ANSWERS} AS answers
         FROM assessment a JOIN system s ON s.id = a.system_id JOIN region rg ON rg.id = s.region_id
         WHERE a.cycle_id = $1::uuid AND a.system_id = $2::uuid AND assessment_status_counts(a.status)`,
  columns: COLUMNS,
});

const asStatus = (text: string): AssessmentStatus => {
  const status = ASSESSMENT_STATUSES.find((s) => s === text);
  if (status === undefined) throw new Error(`An assessment has an unknown status: ${text}`);
  return status;
};
const toCounted = (row: { systemId: string; name: string; regionName: string; status: string; answers: CrosswalkAnswer[] }): CountedAssessment => ({
  ...row,
  status: asStatus(row.status),
});

/** The counted answers a crosswalk is read from, and which canvas versions are published. */
// Over every ICS whoever asks, by design: its callers decide what a person is shown (row-level security, ADR 0034).
@AcrossEverySystem()
@Injectable()
export class CrosswalkRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async countedInCycle(cycleId: string): Promise<CountedAssessment[]> {
    return (await run(this.dataSource, COUNTED_IN_CYCLE, [cycleId])).map(toCounted);
  }

  async countedOfSystem(cycleId: string, systemId: string): Promise<CountedAssessment | null> {
    const [row] = await run(this.dataSource, COUNTED_OF_SYSTEM, [cycleId, systemId]);
    return row ? toCounted(row) : null;
  }

  /** The ids of the published canvas versions (their documents come from `CanvasRepository`, which keeps them). */
  async publishedFrameworkIds(): Promise<string[]> {
    const rows = await this.dataSource.getRepository(CanvasFrameworkEntity).find({ select: { id: true }, where: { status: 'PUBLISHED' } });
    return rows.map((r) => r.id);
  }
}
