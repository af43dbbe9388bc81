import {
  changeClosingDate,
  closeCycle,
  cycleProgressCounts,
  cycleProgressRows,
  CycleProgressCount,
  CycleProgressRow,
  frameworkLifecycle,
  openCycle,
  todayInEngland,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { NotificationsService } from '../notifications/notifications.service';
import { versionFacts } from './canvas-versions.service';
import { CanvasRepository } from './canvas.repository';
import { CycleRecord, FrameworkRecord } from './canvas.types';
import { toDomainCycle, valueOrRefuse } from './cycle-refusal';
import { OpenAssessmentCycleInput } from './dto/open-cycle.input';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface CycleProgress {
  readonly cycle: CycleRecord;
  readonly counts: CycleProgressCount[];
  readonly rows: CycleProgressRow[];
}

/**
 * Canvas versions (read by anyone signed in) and assessment cycles: admins open them, change their closing dates,
 * close them and follow their progress. The rules are the domain's (`openCycle`, `changeClosingDate`, `closeCycle`,
 * ADR 0023); this service loads their facts, stores what they return with its audit row, and tells the leads.
 */
@Injectable()
export class CanvasService {
  constructor(
    private readonly canvas: CanvasRepository,
    private readonly cohorts: CohortsRepository,
    private readonly notifications: NotificationsService,
  ) {}

  listFrameworks(): Promise<FrameworkRecord[]> {
    return this.canvas.listFrameworks();
  }

  async getFramework(id: string): Promise<FrameworkRecord> {
    const framework = await this.canvas.findFramework(requireUuid(id, 'id'));
    if (!framework) throw new NotFoundError('Canvas framework');
    return framework;
  }

  listCycles(caller: Caller): Promise<CycleRecord[]> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    return this.canvas.listCycles();
  }

  async getCycle(caller: Caller, id: string): Promise<CycleRecord> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const cycle = await this.canvas.findCycle(requireUuid(id, 'id'));
    if (!cycle) throw new NotFoundError('Assessment cycle');
    return cycle;
  }

  async openCycle(caller: Caller, input: OpenAssessmentCycleInput, now = new Date()): Promise<CycleRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'assessment-cycles' });
    const today = todayInEngland(now);
    // An id that is not a UUID names nothing: the rule reports it as not found, with the other problems.
    const frameworkId = UUID.test(input.frameworkId) ? input.frameworkId.toLowerCase() : null;
    const cohortId = input.cohortId ? (UUID.test(input.cohortId) ? input.cohortId.toLowerCase() : null) : undefined;
    const [frameworks, cohort] = await Promise.all([
      this.canvas.listFrameworks(),
      cohortId ? this.cohorts.findFacts(cohortId) : null,
    ]);
    const framework = frameworks.find((f) => f.id === frameworkId);
    return this.canvas.changingCycles(async (tx) => {
      const { cycle, event } = valueOrRefuse(
        openCycle(
          {
            name: input.name,
            frameworkId: frameworkId ?? input.frameworkId,
            opensOn: input.opensOn,
            closesOn: input.closesOn,
            participants: cohortId === undefined ? { kind: 'ALL' } : { kind: 'COHORT', cohortId: cohortId ?? input.cohortId ?? '' },
            illustrative: input.illustrative ?? false,
          },
          {
            today,
            // Its lifecycle, not its stored status: a retired version is still stored as PUBLISHED.
            framework: framework ? { id: framework.id, status: frameworkLifecycle(versionFacts(framework), frameworks.map(versionFacts)) } : null,
            cohort: cohort ? { id: cohort.cohortId, systemIds: cohort.systemIds } : null,
            cycles: await this.canvas.existingCycles(tx),
          },
        ),
      );
      return this.canvas.openCycle(tx, cycle, {
        actorUserId: caller.user.id,
        action: 'CYCLE_OPENED',
        before: event.before,
        after: event.after,
        ip: caller.ip,
      });
    });
  }

  /** Moves an open cycle's closing date; the leads of its ICSs are told. */
  async changeClosingDate(caller: Caller, cycleId: string, closesOn: string, now = new Date()): Promise<CycleRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'assessment-cycles' });
    const id = requireUuid(cycleId, 'cycleId');
    const today = todayInEngland(now);
    const { before, after } = await this.canvas.changingCycles(async (tx) => {
      const record = await this.canvas.findCycleIn(tx, id);
      if (!record) throw new NotFoundError('Assessment cycle');
      const cycles = await this.canvas.existingCycles(tx);
      const systemIds = cycles.find((c) => c.id === id)?.systemIds ?? 'ALL';
      const { event } = valueOrRefuse(changeClosingDate(toDomainCycle(record), closesOn, { today, systemIds, cycles }));
      await this.canvas.setClosingDate(tx, id, closesOn, {
        actorUserId: caller.user.id,
        action: 'CYCLE_CLOSING_DATE_CHANGED',
        before: event.before,
        after: event.after,
        ip: caller.ip,
      });
      const changed = await this.canvas.findCycleIn(tx, id);
      if (!changed) throw new Error(`The cycle ${id} just changed was not found.`);
      return { before: record, after: changed };
    });
    await this.notifications.cycleChanged(after.id, 'CYCLE_CLOSING_DATE_CHANGED', {
      cycleName: after.name,
      closesOn: after.closesOn,
      previousClosesOn: before.closesOn,
      actorUserId: caller.user.id,
    });
    return after;
  }

  /** Closes an open cycle, early or once its closing date has passed; the leads of its ICSs are told. */
  async closeCycle(caller: Caller, cycleId: string, now = new Date()): Promise<CycleRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'assessment-cycles' });
    const id = requireUuid(cycleId, 'cycleId');
    const today = todayInEngland(now);
    const closed = await this.canvas.changingCycles(async (tx) => {
      const record = await this.canvas.findCycleIn(tx, id);
      if (!record) throw new NotFoundError('Assessment cycle');
      const { cycle, event } = valueOrRefuse(closeCycle(toDomainCycle(record), { today }));
      await this.canvas.closeCycle(
        tx,
        id,
        { closedOn: cycle.closedOn ?? today, closedEarly: cycle.closedEarly },
        { actorUserId: caller.user.id, action: 'CYCLE_CLOSED', before: event.before, after: event.after, ip: caller.ip },
      );
      const changed = await this.canvas.findCycleIn(tx, id);
      if (!changed) throw new Error(`The cycle ${id} just closed was not found.`);
      return changed;
    });
    await this.notifications.cycleChanged(closed.id, 'CYCLE_CLOSED', {
      cycleName: closed.name,
      closesOn: closed.closesOn,
      actorUserId: caller.user.id,
    });
    return closed;
  }

  /** Each ICS taking part and where its assessment is (ADR 0023 "Progress at a glance"), with the counts. Admins only. */
  async cycleProgress(caller: Caller, cycleId: string): Promise<CycleProgress> {
    requirePermission(caller.actor, 'read', { kind: 'cycle-progress' });
    const cycle = await this.canvas.findCycle(requireUuid(cycleId, 'cycleId'));
    if (!cycle) throw new NotFoundError('Assessment cycle');
    const [framework, systems] = await Promise.all([this.canvas.findFramework(cycle.frameworkId), this.canvas.cycleProgress(cycle.id)]);
    const criteriaCount = framework?.definition.domains.reduce((n, d) => n + d.criteria.length, 0) ?? 0;
    const rows = cycleProgressRows(
      systems.map((s) => ({
        systemId: s.systemId,
        systemName: s.systemName,
        regionName: s.regionName,
        assessment: { status: s.status, answeredCount: s.answeredCount, updatedOn: s.updatedOn },
      })),
      criteriaCount,
    );
    return { cycle, counts: cycleProgressCounts(rows.map((r) => r.status)), rows };
  }
}
