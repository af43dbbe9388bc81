import {
  canReadAssessment,
  canRecordOnBehalf,
  CanvasFramework,
  LearningProgrammePlan,
  learningProgrammePlanProblems,
  RECOMMENDATIONS,
} from '@idt/domain';
import {
  AdopterCategory,
  calibrationOfSystem,
  placeOnDiffusionCurve,
  proposeLearningProgramme,
  planFromProposal,
  scoreAssessment,
  scoreFromDomainTallies,
  toScoreProfile,
} from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { AppError, BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { LandscapeRepository } from '../landscape/landscape.repository';
import { CohortProgrammeRepository, MemberAssessmentRow } from './cohort-programme.repository';
import { CohortMemberModel, CohortOverviewModel } from './models/cohort-overview.model';
import { LearningProgrammeModel, SaveLearningProgrammeInput } from './models/learning-programme.model';

interface CohortFacts {
  readonly cohortId: string;
  readonly name: string;
  readonly systems: readonly { readonly id: string; readonly name: string }[];
}

/**
 * A cohort's review side: the ICS × domain view of a cycle (scores only where the caller may read the assessment, so
 * drafts stay private), and the learning programme the coach plans from it. Categories are each ICS's place on the
 * national curve (Rogers quantiles over every ICS assessed in the cycle), the same the landscape shows by default.
 */
@Injectable()
export class CohortProgrammeService {
  constructor(
    private readonly programmes: CohortProgrammeRepository,
    private readonly cohorts: CohortsRepository,
    private readonly canvas: CanvasRepository,
    private readonly landscapes: LandscapeRepository,
  ) {}

  async overview(caller: Caller, cohortId: string, cycleId: string | null): Promise<CohortOverviewModel> {
    const cohort = await this.readableCohort(caller, cohortId);
    const systemIds = cohort.systems.map((s) => s.id);
    const cycles = systemIds.length === 0 ? [] : await this.canvas.listCyclesOfSystems(systemIds);
    const cycle = cycleId === null ? (cycles[0] ?? null) : this.cycleIn(cycles, cycleId);
    const base = { cohortId: cohort.cohortId, cohortName: cohort.name, cycles, cycle, previousCycle: null, domains: [], members: [] };
    if (!cycle) return base;

    const framework = await this.frameworkOf(cycle);
    const previousCycle = cycles.find((c) => c.opensOn < cycle.opensOn) ?? null;
    const [members, categories, previous] = await Promise.all([
      this.members(caller, cycle, framework, cohort),
      this.nationalCategories(cycle, framework),
      previousCycle ? this.previousScores(caller, previousCycle, cohort) : Promise.resolve(new Map<string, number | null>()),
    ]);
    return {
      ...base,
      previousCycle,
      domains: framework.domains.map((d) => ({ key: d.key, number: d.number, title: d.title })),
      members: members.map((m) => ({
        ...m,
        category: m.overallScore === null ? null : (categories.get(m.systemId) ?? null),
        previousOverallScore: previous.get(m.systemId) ?? null,
      })),
    };
  }

  async learningProgramme(caller: Caller, cohortId: string, cycleId: string): Promise<LearningProgrammeModel> {
    const cohort = await this.readableCohort(caller, cohortId);
    const cycle = this.cycleIn(await this.canvas.listCyclesOfSystems(cohort.systems.map((s) => s.id)), cycleId);
    const framework = await this.frameworkOf(cycle);
    const [members, categories, saved] = await Promise.all([
      this.members(caller, cycle, framework, cohort),
      this.nationalCategories(cycle, framework),
      this.programmes.findProgramme(cohort.cohortId, cycle.id),
    ]);
    const proposal = proposeLearningProgramme(
      framework,
      members.map((m) => ({ id: m.systemId, category: m.overallScore === null ? null : (categories.get(m.systemId) ?? null), profile: m.profile })),
    );
    // Ids sort as the cohort's names do in the plan: by name is how people read it.
    const byName = new Map(cohort.systems.map((s, i) => [s.id, i]));
    const sortedProposal = {
      ...proposal,
      individualCoaching: [...proposal.individualCoaching].sort((a, b) => (byName.get(a.systemId) ?? 0) - (byName.get(b.systemId) ?? 0)),
    };
    return {
      cohortId: cohort.cohortId,
      cohortName: cohort.name,
      cycle,
      systems: [...cohort.systems],
      proposal: {
        groupSessions: sortedProposal.groupSessions.map((g) => ({
          domainKey: g.domainKey,
          meanScore: g.meanScore,
          scoredMembers: g.scoredMembers,
          systemIds: [...g.memberIds],
          coachingTopics: [...g.coachingTopics],
          recommendationIds: [...g.recommendations],
        })),
        individualCoaching: sortedProposal.individualCoaching.map((c) => ({
          systemId: c.systemId,
          gaps: c.gaps.map((g) => ({
            domainKey: g.domainKey,
            score: g.score,
            coachingTopics: [...g.coachingTopics],
            recommendationIds: [...g.recommendations],
            peers: g.peers.map((p) => ({ systemId: p.id, category: p.category, score: p.score })),
          })),
        })),
        unscoredSystemIds: [...proposal.unscoredMemberIds],
      },
      plan: toPlanModel(saved?.plan ?? planFromProposal(framework, sortedProposal)),
      version: saved?.version ?? null,
      updatedAt: saved?.updatedAt ?? null,
      updatedByName: saved?.updatedByName ?? null,
    };
  }

  async saveLearningProgramme(caller: Caller, input: SaveLearningProgrammeInput): Promise<LearningProgrammeModel> {
    const cohort = await this.readableCohort(caller, input.cohortId);
    requirePermission(caller.actor, 'manage', { kind: 'cohort-programme', cohortId: cohort.cohortId });
    const cycle = this.cycleIn(await this.canvas.listCyclesOfSystems(cohort.systems.map((s) => s.id)), input.cycleId);
    const framework = await this.frameworkOf(cycle);
    const plan: LearningProgrammePlan = {
      groupSessions: input.groupSessions.map((s) => ({ domainKey: s.domainKey, title: s.title.trim(), systemIds: s.systemIds, notes: s.notes ?? '' })),
      individualCoaching: input.individualCoaching.map((c) => ({
        systemId: c.systemId,
        topics: c.topics.map((t) => t.trim()),
        recommendationIds: c.recommendationIds ?? [],
        peerSystemIds: c.peerSystemIds ?? [],
        notes: c.notes ?? '',
      })),
    };
    const [problem] = learningProgrammePlanProblems(plan, {
      systemIds: cohort.systems.map((s) => s.id),
      domainKeys: framework.domains.map((d) => d.key),
      recommendationIds: RECOMMENDATIONS.filter((r) => r.audience === 'ICS').map((r) => r.id),
    });
    if (problem) throw new BadUserInputError(problem.message, problem.field);
    const expected = input.expectedVersion ?? null;
    const saved = await this.programmes.saveProgramme({ cohortId: cohort.cohortId, cycleId: cycle.id }, expected, plan, {
      userId: caller.user.id,
      ip: caller.ip,
    });
    if (!saved) {
      const current = await this.programmes.findProgramme(cohort.cohortId, cycle.id);
      throw new AppError('CONFLICT', 'Someone else has saved this learning programme since you opened it.', { currentVersion: current?.version ?? null });
    }
    return this.learningProgramme(caller, cohort.cohortId, cycle.id);
  }

  /** The cohort, if the caller may see its review side; NOT_FOUND otherwise (as for one that does not exist). */
  private async readableCohort(caller: Caller, cohortId: string): Promise<CohortFacts> {
    const facts = await this.cohorts.findFacts(requireUuid(cohortId, 'cohortId'));
    if (!facts) throw new NotFoundError('Cohort');
    requirePermission(caller.actor, 'read', { kind: 'cohort-programme', cohortId: facts.cohortId }, 'Cohort');
    const record = await this.cohorts.findById(facts.cohortId);
    if (!record) throw new NotFoundError('Cohort');
    return { cohortId: record.id, name: record.name, systems: record.systems.map((s) => ({ id: s.id, name: s.name })) };
  }

  private cycleIn(cycles: readonly CycleRecord[], cycleId: string): CycleRecord {
    const cycle = cycles.find((c) => c.id === requireUuid(cycleId, 'cycleId').toLowerCase());
    if (!cycle) throw new NotFoundError('Assessment cycle');
    return cycle;
  }

  private async frameworkOf(cycle: CycleRecord): Promise<CanvasFramework> {
    return ((await this.canvas.findFramework(cycle.frameworkId)) as FrameworkRecord).definition;
  }

  /** Each ICS of the cohort in the cycle, scored where the caller may read its assessment. */
  private async members(caller: Caller, cycle: CycleRecord, framework: CanvasFramework, cohort: CohortFacts) {
    const rows = await this.programmes.memberAssessments(cycle.id, cohort.systems.map((s) => s.id));
    const bySystem = new Map(rows.map((r) => [r.systemId, r]));
    return cohort.systems.map((system) => {
      const row = bySystem.get(system.id);
      const member = this.member(caller, framework, system, row);
      return member;
    });
  }

  private member(
    caller: Caller,
    framework: CanvasFramework,
    system: { id: string; name: string },
    row: MemberAssessmentRow | undefined,
  ): Omit<CohortMemberModel, 'category' | 'previousOverallScore'> & { profile: ReturnType<typeof toScoreProfile> } {
    const facts = row ? { systemId: system.id, status: row.status, recordedOnBehalfBy: row.recordedOnBehalfBy } : null;
    const readable = facts !== null && canReadAssessment(caller.actor, facts);
    // A draft's answers stay with its ICS, even for the coach recording it, until it is submitted: they are not final.
    const scored = readable && row !== undefined && row.status !== 'DRAFT' && row.status !== 'RETURNED';
    const scores = scored ? scoreAssessment(framework, { status: row.status, answers: row.answers }) : null;
    const calibration = scored ? calibrationOfSystem(framework, row.answers).overall : null;
    return {
      systemId: system.id,
      systemName: system.name,
      assessmentId: row?.assessmentId ?? null,
      status: row?.status ?? null,
      version: row?.version ?? null,
      submittedAt: row?.submittedAt ?? null,
      recordedOnBehalfBy: row?.recordedOnBehalfBy ? (row.recordedOnBehalfByName ?? 'a coach') : null,
      recordedOnBehalfSince: row?.recordedOnBehalfBy ? row.recordedOnBehalfAt : null,
      canRecordOnBehalf: facts !== null && canRecordOnBehalf(caller.actor, facts),
      canRead: readable,
      overallScore: scores?.overall.score ?? null,
      basis: scores?.basis ?? null,
      domainScores: scores ? scores.domains.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })) : [],
      calibration: { meanGapPoints: calibration?.meanGapPoints ?? null, count: calibration?.count ?? 0 },
      profile: scores ? toScoreProfile(scores) : { overall: null, domains: {} },
    };
  }

  /** Every assessed ICS's category on the national curve in this cycle (Rogers quantiles). */
  private async nationalCategories(cycle: CycleRecord, framework: CanvasFramework): Promise<Map<string, AdopterCategory>> {
    const rows = await this.landscapes.cycleAggregates(cycle.id);
    const placement = placeOnDiffusionCurve(
      rows.map((row) => ({ id: row.systemId, score: scoreFromDomainTallies(framework, row.status, row.tallies).overall.score })),
      { method: 'ROGERS_QUANTILES' },
    );
    return new Map(placement.placed.map((p) => [p.id, p.category]));
  }

  private async previousScores(caller: Caller, cycle: CycleRecord, cohort: CohortFacts): Promise<Map<string, number | null>> {
    const framework = await this.frameworkOf(cycle);
    const members = await this.members(caller, cycle, framework, cohort);
    return new Map(members.map((m) => [m.systemId, m.overallScore]));
  }
}

function toPlanModel(plan: LearningProgrammePlan) {
  return {
    groupSessions: plan.groupSessions.map((s) => ({ ...s, systemIds: [...s.systemIds] })),
    individualCoaching: plan.individualCoaching.map((c) => ({
      ...c,
      topics: [...c.topics],
      recommendationIds: [...c.recommendationIds],
      peerSystemIds: [...c.peerSystemIds],
    })),
  };
}
