import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { col, defineQuery, runOne } from '../../../database/typed-sql';
import { appendAuditEvent } from '../../audit/audit-event';
import { ActionPlanItemEntity } from './action-plan-item.entity';
import { ActionPlanItemModel, ActionStatus } from './action-plan.model';

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

  /** Open actions first, then by due date (undated last), then oldest first. */
  async list(systemId: string): Promise<ActionPlanItemModel[]> {
    const items = await this.dataSource
      .getRepository(ActionPlanItemEntity)
      .createQueryBuilder('i')
      .where('i.systemId = :systemId', { systemId })
      .orderBy(`i.status = 'DONE'`)
      .addOrderBy('i.dueOn', 'ASC', 'NULLS LAST')
      .addOrderBy('i.createdAt', 'ASC')
      .getMany();
    return items.map(toModel);
  }

  /** The id of the canvas the ICS's plan follows (see PLAN_FRAMEWORK); null only with no canvas published at all. */
  async frameworkOf(systemId: string): Promise<string | null> {
    return (await runOne(this.dataSource, PLAN_FRAMEWORK, [systemId]))?.frameworkId ?? null;
  }

  async findSystemOf(itemId: string): Promise<string | null> {
    const item = await this.dataSource
      .getRepository(ActionPlanItemEntity)
      .findOne({ select: { id: true, systemId: true }, where: { id: itemId } });
    return item?.systemId ?? null;
  }

  async save(
    item: { id: string | null; systemId: string } & ActionValues,
    actor: { userId: string; ip: string | null },
  ): Promise<ActionPlanItemModel> {
    return this.dataSource.transaction(async (tx) => {
      const items = tx.getRepository(ActionPlanItemEntity);
      const values = { domainKey: item.domainKey, action: item.action, owner: item.owner, dueOn: item.dueOn, status: item.status };
      let id: string;
      let before: ActionPlanItemEntity | null = null;
      if (item.id) {
        before = await items.findOne({ where: { id: item.id }, lock: { mode: 'pessimistic_write' } });
        if (!before) throw new Error(`No action plan item ${item.id}.`);
        await items.update({ id: item.id }, { ...values, updatedAt: () => 'now()' });
        id = item.id;
      } else {
        id = await insertItem(tx, { systemId: item.systemId, ...values });
      }
      const saved = toModel(await items.findOneByOrFail({ id }));
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ACTION_PLAN_CHANGED',
        subjectType: 'action_plan_item',
        subjectId: id,
        before: before ? toModel(before) : null,
        after: saved,
        ip: actor.ip,
      });
      return saved;
    });
  }

  async remove(itemId: string, actor: { userId: string; ip: string | null }): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      const items = tx.getRepository(ActionPlanItemEntity);
      const before = await items.findOneBy({ id: itemId });
      await items.delete({ id: itemId });
      await appendAuditEvent(tx, {
        actorUserId: actor.userId,
        action: 'ACTION_PLAN_CHANGED',
        subjectType: 'action_plan_item',
        subjectId: itemId,
        before: before ? toModel(before) : null,
        after: null,
        ip: actor.ip,
      });
    });
  }
}

async function insertItem(tx: EntityManager, values: { systemId: string } & ActionValues): Promise<string> {
  const { identifiers } = await tx.getRepository(ActionPlanItemEntity).insert(values);
  const id: unknown = identifiers[0]?.id;
  if (typeof id !== 'string') throw new Error('The new action plan item has no id.');
  return id;
}

/** An item as the API shows it (and the audit trail records it). */
function toModel(item: ActionPlanItemEntity): ActionPlanItemModel {
  return {
    id: item.id,
    domainKey: item.domainKey,
    action: item.action,
    owner: item.owner,
    dueOn: item.dueOn,
    status: item.status,
    createdAt: item.createdAt,
  };
}
