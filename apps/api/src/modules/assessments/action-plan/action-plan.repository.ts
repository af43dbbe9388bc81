import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { col, defineQuery, runOne } from '../../../database/typed-sql';
import { appendAuditEvent } from '../../audit/audit-event';
import { ActionPlanItemModel, ActionStatus } from './action-plan.model';

const ITEM_SELECT = `SELECT id, domain_key AS "domainKey", action, owner, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", status,
  created_at AS "createdAt" FROM action_plan_item`;

/**
 * The canvas an ICS's plan follows: that of the ICS's newest cycle, which is the one its leads are working on (the
 * newest published canvas while it has none). Its actions are for that canvas's domains.
 */
const PLAN_FRAMEWORK = defineQuery<[systemId: string]>()({
  name: 'actionPlan.framework',
  text: `SELECT COALESCE(
           (SELECT c.framework_id FROM assessment a JOIN assessment_cycle c ON c.id = a.cycle_id
            WHERE a.system_id = $1 ORDER BY c.opens_on DESC, c.created_at DESC LIMIT 1),
           (SELECT f.id FROM canvas_framework f WHERE f.status = 'PUBLISHED' ORDER BY f.version DESC LIMIT 1)) AS "frameworkId"`,
  columns: { frameworkId: col.uuid.orNull },
});

export interface ActionValues {
  readonly domainKey: string;
  readonly action: string;
  readonly owner: string;
  readonly dueOn: string | null;
  readonly status: ActionStatus;
}

/** An ICS's action plan. Items belong to the ICS, not to a cycle, so they carry forward until done or removed. */
@Injectable()
export class ActionPlanRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(systemId: string): Promise<ActionPlanItemModel[]> {
    return this.dataSource.query(`${ITEM_SELECT} WHERE system_id = $1 ORDER BY status = 'DONE', due_on NULLS LAST, created_at`, [systemId]);
  }

  /** The id of the canvas the ICS's plan follows (see PLAN_FRAMEWORK); null only with no canvas published at all. */
  async frameworkOf(systemId: string): Promise<string | null> {
    return (await runOne(this.dataSource, PLAN_FRAMEWORK, [systemId]))?.frameworkId ?? null;
  }

  async findSystemOf(itemId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT system_id FROM action_plan_item WHERE id = $1`, [itemId]);
    return row?.system_id ?? null;
  }

  async save(
    item: { id: string | null; systemId: string } & ActionValues,
    actor: { userId: string; ip: string | null },
  ): Promise<ActionPlanItemModel> {
    return this.dataSource.transaction(async (tx) => {
      const [before] = item.id ? await tx.query(`${ITEM_SELECT} WHERE id = $1 FOR UPDATE`, [item.id]) : [null];
      const [row] = item.id
        ? (
            await tx.query(
              `UPDATE action_plan_item SET domain_key = $2, action = $3, owner = $4, due_on = $5, status = $6, updated_at = now()
               WHERE id = $1 RETURNING id`,
              [item.id, item.domainKey, item.action, item.owner, item.dueOn, item.status],
            )
          )[0]
        : await tx.query(
            `INSERT INTO action_plan_item (system_id, domain_key, action, owner, due_on, status) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
            [item.systemId, item.domainKey, item.action, item.owner, item.dueOn, item.status],
          );
      const [saved] = await tx.query(`${ITEM_SELECT} WHERE id = $1`, [row.id]);
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ACTION_PLAN_CHANGED',
        subjectType: 'action_plan_item',
        subjectId: row.id,
        before: before ?? null,
        after: saved,
        ip: actor.ip,
      });
      return saved;
    });
  }

  async remove(itemId: string, actor: { userId: string; ip: string | null }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const [before] = await tx.query(`${ITEM_SELECT} WHERE id = $1`, [itemId]);
      await tx.query(`DELETE FROM action_plan_item WHERE id = $1`, [itemId]);
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ACTION_PLAN_CHANGED',
        subjectType: 'action_plan_item',
        subjectId: itemId,
        before,
        after: null,
        ip: actor.ip,
      });
    });
  }
}
