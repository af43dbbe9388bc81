import {
  actionsDue,
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  closesSoon,
  coachedCohortIds,
  currentAssessment,
  daysFromTo,
  hasNationalView,
  hasRole,
  ledSystemIds,
  todayInEngland,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { ForbiddenError } from '../../common/app-error';
import { ActionPlanService } from '../assessments/action-plan/action-plan.service';
import { AssessmentsService } from '../assessments/assessments.service';
import { AssessmentModel } from '../assessments/models/assessment.model';
import { ReviewService } from '../assessments/review/review.service';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CanvasService } from '../canvas/canvas.service';
import { phaseOf } from '../canvas/cycle-refusal';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { CohortsService } from '../cohorts/cohorts.service';
import { LandscapeService } from '../landscape/landscape.service';
import { HomeRepository, StatusTally } from './home.repository';
import {
  HomeAdminModel,
  HomeCoachModel,
  HomeCycleProgressModel,
  HomeLeadAssessmentModel,
  HomeLeadModel,
  HomeModel,
  HomeNationalModel,
  HomeStatusCountModel,
} from './models/home.model';

const statusCounts = (tally: StatusTally): HomeStatusCountModel[] =>
  ASSESSMENT_STATUSES.map((status: AssessmentStatus) => ({ status, count: Number(tally[status] ?? 0) }));

/**
 * Each role's home (PRODUCT §7): "what do I need to do now?", a section for every role the caller holds. It composes
 * the services that own each thing, so every access check is theirs (and `requirePermission` for the counts read
 * here); it adds only counts. Each section costs a fixed number of statements, whatever the number of ICSs.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly repository: HomeRepository,
    private readonly assessments: AssessmentsService,
    private readonly actionPlans: ActionPlanService,
    private readonly reviews: ReviewService,
    private readonly cohorts: CohortsService,
    private readonly canvasService: CanvasService,
    private readonly canvas: CanvasRepository,
    private readonly landscapes: LandscapeService,
  ) {}

  async home(caller: Caller, now: Date = new Date()): Promise<HomeModel> {
    const today = todayInEngland(now);
    const actor = caller.actor;
    // Cycles are read once for the national viewer's and the admin's sections.
    const cycles = hasRole(actor, 'NATIONAL') || hasRole(actor, 'ADMIN') ? this.canvasService.listCycles(caller) : Promise.resolve([]);
    const [leads, coach, national, admin] = await Promise.all([
      this.leads(caller, today),
      hasRole(actor, 'COACH') ? this.coach(caller, today, now) : null,
      hasRole(actor, 'NATIONAL') ? this.national(caller, today, await cycles) : null,
      hasRole(actor, 'ADMIN') ? this.admin(caller, today, await cycles) : null,
    ]);
    return { leads, coach, national, admin };
  }

  /** For each ICS the caller leads: the assessment they are working on now, what is left, and the actions due. */
  private async leads(caller: Caller, today: string): Promise<HomeLeadModel[]> {
    const systemIds = ledSystemIds(caller.actor);
    if (systemIds.length === 0) return [];
    const [systems, assessments, plans] = await Promise.all([
      this.repository.systemNames(systemIds),
      this.assessments.mine(caller),
      Promise.all(systemIds.map(async (id) => [id, await this.actionPlans.list(caller, id)] as const)),
    ]);
    const planOf = new Map(plans);
    return Promise.all(
      systems.map(async (system) => {
        const current = currentAssessment(
          assessments.filter((a) => a.system.id === system.id),
          today,
        );
        const plan = planOf.get(system.id) ?? [];
        const due = actionsDue(plan, today);
        return {
          systemId: system.id,
          systemName: system.name,
          assessment: current ? await this.leadAssessment(current, today) : null,
          overdueActions: due.overdue,
          nextActions: due.next,
          openActionCount: plan.filter((a) => a.status !== 'DONE').length,
        };
      }),
    );
  }

  private async leadAssessment(assessment: AssessmentModel, today: string): Promise<HomeLeadAssessmentModel> {
    const { definition } = (await this.canvas.findFramework(assessment.cycle.frameworkId)) as FrameworkRecord;
    const progressOf = new Map(assessment.progress.map((p) => [p.domainKey, p]));
    const domainsLeft = definition.domains.flatMap((domain) => {
      const progress = progressOf.get(domain.key);
      return progress && progress.answered < progress.total
        ? [{ domainKey: domain.key, number: domain.number, title: domain.title, answered: progress.answered, total: progress.total }]
        : [];
    });
    const returned = assessment.status === 'RETURNED';
    const lastReturn = returned ? [...assessment.history].reverse().find((h) => h.transition === 'RETURN') : undefined;
    const lastSubmit = [...assessment.history].reverse().find((h) => h.transition === 'SUBMIT');
    const since = lastSubmit ? new Date(lastSubmit.occurredAt).getTime() : 0;
    // The coach's latest comment on each criterion since the assessment was last submitted: what the return is about.
    const latestComment = new Map<string, (typeof assessment.reviewComments)[number]>();
    if (returned) {
      for (const comment of assessment.reviewComments) {
        if (comment.authorSide === 'REVIEWER' && new Date(comment.createdAt).getTime() >= since) latestComment.set(comment.criterionKey, comment);
      }
    }
    const returnedItems = definition.domains.flatMap((domain) =>
      domain.criteria.flatMap((criterion) => {
        const comment = latestComment.get(criterion.key);
        return comment
          ? [
              {
                criterionKey: criterion.key,
                criterionStatement: criterion.statement,
                domainKey: domain.key,
                domainNumber: domain.number,
                domainTitle: domain.title,
                comment: comment.body,
                authorName: comment.authorName,
              },
            ]
          : [];
      }),
    );
    return {
      id: assessment.id,
      status: assessment.status,
      cycleId: assessment.cycle.id,
      cycleName: assessment.cycle.name,
      illustrative: assessment.cycle.illustrative,
      closesOn: assessment.cycle.closesOn,
      daysLeft: daysFromTo(today, assessment.cycle.closesOn),
      canEdit: assessment.canEdit,
      criteriaAnswered: assessment.progress.reduce((sum, p) => sum + p.answered, 0),
      criteriaTotal: assessment.progress.reduce((sum, p) => sum + p.total, 0),
      domainsLeft,
      returnReason: lastReturn?.reason ?? null,
      returnedItems,
      recordedOnBehalfBy: assessment.recordedOnBehalfBy,
    };
  }

  /** The reviews waiting in the caller's cohorts, the longest waiting first, and how far each cohort has got. */
  private async coach(caller: Caller, today: string, now: Date): Promise<HomeCoachModel> {
    const coached = new Set(caller.actor.coachedSystemIds);
    const cohortIds = coachedCohortIds(caller.actor);
    for (const cohortId of cohortIds) requirePermission(caller.actor, 'read', { kind: 'cohort-programme', cohortId });
    const [queue, cohorts, progress] = await Promise.all([
      this.reviews.queue(caller, now),
      this.cohorts.list(caller),
      this.repository.cohortProgress(cohortIds, today),
    ]);
    const progressOf = new Map(progress.map((p) => [p.cohortId, p]));
    return {
      // An admin's queue holds every cohort's: the coach's section keeps to the ICSs they coach.
      reviewsWaiting: queue.filter((item) => coached.has(item.systemId)),
      cohorts: cohorts
        .filter((cohort) => cohortIds.includes(cohort.id))
        .map((cohort) => {
          const row = progressOf.get(cohort.id);
          return {
            cohortId: cohort.id,
            cohortName: cohort.name,
            memberCount: cohort.systems.length,
            cycleId: row?.cycleId ?? null,
            cycleName: row?.cycleName ?? null,
            closesOn: row?.closesOn ?? null,
            statusCounts: statusCounts(row?.tally ?? ({} as StatusTally)),
          };
        }),
    };
  }

  /** The latest published landscape counted by category, and the cycles still provisional. */
  private async national(caller: Caller, today: string, cycles: readonly CycleRecord[]): Promise<HomeNationalModel> {
    if (!hasNationalView(caller.actor)) throw new ForbiddenError();
    const latest = cycles.find((c) => c.publishedAt !== null) ?? null;
    const provisional = cycles.filter((c) => c.publishedAt === null && c.opensOn <= today);
    const [landscape, progress] = await Promise.all([
      latest ? this.landscapes.landscape(caller, { cycleId: latest.id, method: 'ROGERS_QUANTILES' }) : null,
      this.cycleProgress(provisional, today),
    ]);
    return {
      latestPublished:
        latest && landscape
          ? {
              cycleId: latest.id,
              cycleName: latest.name,
              illustrative: latest.illustrative,
              methodDescription: landscape.methodDescription,
              assessed: landscape.assessed,
              categoryCounts: landscape.categoryCounts,
            }
          : null,
      provisional: progress,
    };
  }

  /** What needs setting up: cohorts without a coach, ICSs without a lead, open cycles, closed ones to publish. */
  private async admin(caller: Caller, today: string, cycles: readonly CycleRecord[]): Promise<HomeAdminModel> {
    requirePermission(caller.actor, 'manage', { kind: 'cohorts' });
    requirePermission(caller.actor, 'manage', { kind: 'user-accounts' });
    // Where each cycle is comes from the domain's one rule (`cyclePhase`, ADR 0023), never from its dates here: a cycle
    // is closed when the admin closed it (early or not), whatever its planned closing date. One past its closing date
    // but not yet closed still waits for the admin to close it, so it stays with the open ones, never "closed".
    const open = cycles
      .filter((c) => ['OPEN', 'PAST_CLOSING_DATE'].includes(phaseOf(c, today)))
      .sort((a, b) => a.closesOn.localeCompare(b.closesOn));
    const closedUnpublished = cycles.filter((c) => phaseOf(c, today) === 'CLOSED');
    const [cohorts, systemsWithoutLead, queue, progress] = await Promise.all([
      this.cohorts.list(caller),
      this.repository.systemsWithoutLead(),
      this.reviews.queue(caller),
      this.cycleProgress([...open, ...closedUnpublished], today),
    ]);
    const progressOf = new Map(progress.map((p) => [p.cycleId, p]));
    const pick = (list: readonly CycleRecord[]) => list.map((c) => progressOf.get(c.id) as HomeCycleProgressModel);
    return {
      cohortsWithoutCoach: cohorts.filter((c) => c.coaches.length === 0).map((c) => ({ id: c.id, name: c.name })),
      systemsWithoutLead,
      openCycles: pick(open),
      closedUnpublished: pick(closedUnpublished),
      reviewsWaiting: queue.length,
    };
  }

  private async cycleProgress(cycles: readonly CycleRecord[], today: string): Promise<HomeCycleProgressModel[]> {
    const rows = new Map((await this.repository.cycleProgress(cycles.map((c) => c.id))).map((r) => [r.cycleId, r]));
    return cycles.map((cycle) => {
      const row = rows.get(cycle.id);
      return {
        cycleId: cycle.id,
        cycleName: cycle.name,
        illustrative: cycle.illustrative,
        opensOn: cycle.opensOn,
        closesOn: cycle.closesOn,
        daysLeft: daysFromTo(today, cycle.closesOn),
        closedOn: cycle.closedOn,
        open: phaseOf(cycle, today) === 'OPEN',
        closingSoon: phaseOf(cycle, today) === 'OPEN' && closesSoon(cycle, today),
        cohortName: cycle.cohort?.name ?? null,
        participating: row?.participating ?? 0,
        statusCounts: statusCounts(row?.tally ?? ({} as StatusTally)),
      };
    });
  }
}
