import { CohortScope } from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, RowOf, run, runOne } from '../../database/typed-sql';
import { appendAuditEvent, AuditEvent } from '../audit/audit-event';
import { SystemsRepository } from '../systems/systems.repository';
import { CohortMemberEntity } from './cohort-member.entity';
import { CohortEntity } from './cohort.entity';
import { CohortRecord } from './cohorts.types';

type Audit = Omit<AuditEvent, 'subjectType' | 'subjectId' | 'before' | 'after'>;

const COHORT_SELECT = `
  SELECT c.id, c.name, c.description,
    COALESCE((SELECT array_agg(m.system_id ORDER BY s.name)
              FROM cohort_member m JOIN system s ON s.id = m.system_id
              WHERE m.cohort_id = c.id), '{}') AS system_ids,
    COALESCE((SELECT json_agg(json_build_object('id', u.id, 'name', u.name) ORDER BY u.name)
              FROM role_grant g JOIN user_account u ON u.id = g.user_id
              WHERE g.cohort_id = c.id AND g.role = 'COACH'), '[]') AS coaches,
    COALESCE((SELECT json_agg(json_build_object('id', p.id, 'systemId', p.system_id, 'systemName', s.name, 'name', p.name,
                'pathway', p.pathway, 'description', p.description) ORDER BY s.name, p.created_at, p.name)
              FROM cohort_member_project p JOIN system s ON s.id = p.system_id
              WHERE p.cohort_id = c.id), '[]') AS projects
  FROM cohort c`;

const COHORT_COLUMNS = {
  id: col.uuid,
  name: col.text,
  description: col.text,
  system_ids: col.uuidArray,
  coaches: col.json<CohortRecord['coaches']>(),
  projects: col.json<CohortRecord['projects']>(),
};

const LIST_ALL = defineQuery()({
  name: 'cohorts.listAll',
  text: `${COHORT_SELECT} ORDER BY c.name`,
  columns: COHORT_COLUMNS,
});

const LIST_IN_SCOPE = defineQuery<[cohortIds: readonly string[], memberSystemIds: readonly string[]]>()({
  name: 'cohorts.listInScope',
  text: `${COHORT_SELECT}
         WHERE c.id = ANY($1::uuid[])
            OR EXISTS (SELECT 1 FROM cohort_member m WHERE m.cohort_id = c.id AND m.system_id = ANY($2::uuid[]))
         ORDER BY c.name`,
  columns: COHORT_COLUMNS,
});

const FIND_COHORT = defineQuery<[id: string]>()({
  name: 'cohorts.findById',
  text: `${COHORT_SELECT} WHERE c.id = $1`,
  columns: COHORT_COLUMNS,
});

const ADD_MEMBER = defineQuery<[cohortId: string, systemId: string]>()({
  name: 'cohorts.addSystem',
  text: `INSERT INTO cohort_member (cohort_id, system_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING system_id`,
  columns: { system_id: col.uuid },
});

const COHORT_FACTS = defineQuery<[cohortId: string]>()({
  name: 'cohorts.facts',
  text: `SELECT c.id, COALESCE(array_agg(m.system_id) FILTER (WHERE m.system_id IS NOT NULL), '{}') AS system_ids
         FROM cohort c LEFT JOIN cohort_member m ON m.cohort_id = c.id WHERE c.id = $1 GROUP BY c.id`,
  columns: { id: col.uuid, system_ids: col.uuidArray },
});

/** Cohorts, their ICSs and their coaches, each read in one statement whatever their number (and their ICSs in one more). */
@Injectable()
export class CohortsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly systems: SystemsRepository,
  ) {}

  /** The cohorts a scope allows, by name: the filter is SQL, so nothing out of scope is ever loaded. */
  async list(scope: CohortScope): Promise<CohortRecord[]> {
    const rows = scope.all
      ? await run(this.dataSource, LIST_ALL)
      : await run(this.dataSource, LIST_IN_SCOPE, [scope.cohortIds, scope.memberSystemIds]);
    return this.toCohorts(rows);
  }

  async findById(id: string, db: EntityManager | DataSource = this.dataSource): Promise<CohortRecord | null> {
    const [cohort] = await this.toCohorts(await run(db, FIND_COHORT, [id]));
    return cohort ?? null;
  }

  /** What the access policy needs to know about a cohort: its ICSs. */
  async findFacts(id: string): Promise<{ cohortId: string; systemIds: string[] } | null> {
    const row = await runOne(this.dataSource, COHORT_FACTS, [id]);
    return row ? { cohortId: row.id, systemIds: row.system_ids } : null;
  }

  async nameTaken(name: string): Promise<boolean> {
    return this.dataSource
      .getRepository(CohortEntity)
      .createQueryBuilder('cohort')
      .where('lower(cohort.name) = lower(:name)', { name })
      .getExists();
  }

  async create(cohort: { name: string; description: string }, audit: Audit): Promise<CohortRecord> {
    return this.dataSource.transaction(async (tx) => {
      const inserted = await tx.getRepository(CohortEntity).insert({ name: cohort.name, description: cohort.description });
      const id: string = inserted.identifiers[0]['id'];
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: id, after: cohort });
      const created = await this.findById(id, tx);
      if (!created) throw new Error(`The cohort ${id} just created was not found.`);
      return created;
    });
  }

  /** Adds an ICS; returns false (and changes nothing) when it is already a member. */
  async addSystem(cohortId: string, systemId: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const rows = await run(tx, ADD_MEMBER, [cohortId, systemId]);
      if (rows.length === 0) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: cohortId, after: { systemId } });
      return true;
    });
  }

  /** Removes an ICS; returns false (and changes nothing) when it was not a member. */
  async removeSystem(cohortId: string, systemId: string, audit: Audit): Promise<boolean> {
    return this.dataSource.transaction(async (tx) => {
      const removed = await tx.getRepository(CohortMemberEntity).delete({ cohortId, systemId });
      if (!removed.affected) return false;
      await appendAuditEvent(tx, { ...audit, subjectType: 'cohort', subjectId: cohortId, before: { systemId } });
      return true;
    });
  }

  /** Maps cohort rows to records, with their ICSs (every ICS read in one statement). */
  private async toCohorts(rows: readonly RowOf<typeof COHORT_COLUMNS>[]): Promise<CohortRecord[]> {
    const systems = await this.systems.findSystemsByIds(rows.flatMap((row) => row.system_ids));
    return rows.map((row) => ({
      id: row.id,
      name: row.name,
      description: row.description,
      systems: row.system_ids.flatMap((id) => systems.get(id) ?? []),
      coaches: row.coaches,
      projects: row.projects,
    }));
  }
}
