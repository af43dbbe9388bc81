import {
  canReadAssessment,
  canRecordOnBehalf,
  CanvasFramework,
  LearningProgrammePlan,
  learningProgrammePlanProblems,
  RECOMMENDATIONS,
} from '@idt/domain';
import { calibrationOfSystem, proposeLearningProgramme, planFromProposal, ScoreProfile } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { AppError, BadUserInputError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord, FrameworkRecord } from '../canvas/canvas.types';
import { CohortsRepository } from '../cohorts/cohorts.repository';
import { PlacedMember } from '../placement/placement.repository';
import { PlacementService } from '../placement/placement.service';
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
 * drafts stay private), and the learning programme the coach plans from it. Scores and categories are the members'
 * stored placements (the placement read model): each ICS's place on the national curve (Rogers quantiles over every
 * ICS counted in the cycle), the same the landscape shows by default.
 */
@Injectable()
export class CohortProgrammeService {
  constructor(
    private readonly programmes: CohortProgrammeRepository,
    private readonly cohorts: CohortsRepository,
    private readonly canvas: CanvasRepository,
    private readonly placements: PlacementService,
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
    const [members, previous] = await this.members(caller, cycle, framework, cohort, previousCycle);
    return {
      ...base,
      previousCycle,
      domains: framework.domains.map((d) => ({ key: d.key, number: d.number, title: d.title })),
      members: members.map(({ profile: _profile, ...m }) => ({ ...m, previousOverallScore: previous.get(m.systemId) ?? null })),
    };
  }

  async learningProgramme(caller: Caller, cohortId: string, cycleId: string): Promise<LearningProgrammeModel> {
    const cohort = await this.readableCohort(caller, cohortId);
    const cycle = this.cycleIn(await this.canvas.listCyclesOfSystems(cohort.systems.map((s) => s.id)), cycleId);
    const framework = await this.frameworkOf(cycle);
    const [[members], saved] = await Promise.all([
      this.members(caller, cycle, framework, cohort, null),
      this.programmes.findProgramme(cohort.cohortId, cycle.id),
    ]);
    const proposal = proposeLearningProgramme(
      framework,
      members.map((m) => ({ id: m.systemId, category: m.category, profile: m.profile })),
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

  /**
   * Each ICS of the cohort in the cycle, scored where the caller may read its assessment (its stored placement: only an
   * assessment that counts has one, so drafts and returned ones are never scored), and, for `previousCycle`, the
   * overall scores the caller may read there. Answers are read for calibration only (self against moderated).
   */
  private async members(
    caller: Caller,
    cycle: CycleRecord,
    framework: CanvasFramework,
    cohort: CohortFacts,
    previousCycle: CycleRecord | null,
  ): Promise<[(Omit<CohortMemberModel, 'previousOverallScore'> & { profile: ScoreProfile })[], Map<string, number | null>]> {
    const systemIds = cohort.systems.map((s) => s.id);
    const cycleIds = previousCycle ? [cycle.id, previousCycle.id] : [cycle.id];
    const [rows, placed] = await Promise.all([this.programmes.memberAssessments(cycle.id, systemIds), this.placements.members(cycleIds, systemIds)]);
    const bySystem = new Map(rows.map((r) => [r.systemId, r]));
    const readable = (p: PlacedMember) => canReadAssessment(caller.actor, { systemId: p.systemId, status: p.status, recordedOnBehalfBy: p.recordedOnBehalfBy });
    const current = new Map(placed.filter((p) => p.cycleId === cycle.id && readable(p)).map((p) => [p.systemId, p]));
    const previous = new Map(placed.filter((p) => p.cycleId === previousCycle?.id && readable(p)).map((p) => [p.systemId, p.overallScore]));
    return [cohort.systems.map((system) => this.member(caller, framework, system, bySystem.get(system.id), current.get(system.id))), previous];
  }

  private member(
    caller: Caller,
    framework: CanvasFramework,
    system: { id: string; name: string },
    row: MemberAssessmentRow | undefined,
    placed: PlacedMember | undefined,
  ): Omit<CohortMemberModel, 'previousOverallScore'> & { profile: ScoreProfile } {
    const facts = row ? { systemId: system.id, status: row.status, recordedOnBehalfBy: row.recordedOnBehalfBy } : null;
    const readable = facts !== null && canReadAssessment(caller.actor, facts);
    // A draft's answers stay with its ICS, even for the coach recording it, until it is submitted: only an assessment
    // that counts is placed, so `placed` is absent for drafts and returned assessments.
    const scored = readable && placed !== undefined ? placed : null;
    const calibration = scored && row ? calibrationOfSystem(framework, row.answers).overall : null;
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
      overallScore: scored?.overallScore ?? null,
      basis: scored?.basis ?? null,
      category: scored?.category ?? null,
      domainScores: scored ? scored.domainScores.map((d) => ({ domainKey: d.domainKey, score: d.score, incomplete: d.incomplete })) : [],
      calibration: { meanGapPoints: calibration?.meanGapPoints ?? null, count: calibration?.count ?? 0 },
      profile: scored ? scored.profile : { overall: null, domains: {} },
    };
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
