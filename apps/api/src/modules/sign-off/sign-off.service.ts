import {
  answerSignOff,
  ASSESSMENT_STATUSES,
  AssessmentStatus,
  canPublishCycle,
  canReadSignOff,
  canReadSignOffSummary,
  CYCLE_FORBIDDEN_CODES,
  CYCLE_PHASE_LABELS,
  Cycle,
  cycleNoticeMessage,
  CycleProblem,
  cyclePhase,
  criterionTitles,
  FiguresRevision,
  ledSystemIds,
  publishConfirmation,
  publishCycle,
  reviseFigures,
  SignOffAnswer,
  signOffSummary,
  SignOffSummary,
  todayInEngland,
} from '@idt/domain';
import { ADOPTER_CATEGORY_LABELS, correctedAnswer, countedLevel, POINTS_PER_LEVEL, SCORE_BASIS_LABELS, scoreBasis } from '@idt/maturity';
import { Injectable } from '@nestjs/common';
import { AppError, ForbiddenError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from '../canvas/canvas.repository';
import { CycleRecord } from '../canvas/canvas.types';
import { NotificationsService } from '../notifications/notifications.service';
import { PlacementService } from '../placement/placement.service';
import { revisionModel } from './revision-model';
import { CycleParticipant, SignOffRepository } from './sign-off.repository';
import { CorrectableFiguresModel, FiguresRevisionModel, OpenSignOffQueryModel, ProvisionalFiguresModel, PublishPreviewModel, SignOffRowModel, SignOffStateEnum, SignOffSummaryModel } from './sign-off.models';

const ROGERS = { method: 'ROGERS_QUANTILES' } as const;

/** A rule's problems as the API's error: NOT_ALLOWED is FORBIDDEN, anything else BAD_USER_INPUT with its field and code. */
function refuse(problems: readonly CycleProblem[]): never {
  const first = problems[0];
  if (CYCLE_FORBIDDEN_CODES.includes(first.code)) throw new ForbiddenError(first.message);
  throw new AppError('BAD_USER_INPUT', first.message, { field: first.field, problem: first.code, problems: problems.map((p) => ({ ...p })) });
}

const rowModel = (row: SignOffSummary['rows'][number]): SignOffRowModel => ({ ...row, state: row.state as SignOffStateEnum });

/**
 * Sign-off, publishing and corrections (docs/decisions/0023-cycle-states.md): the API loads the facts, calls the
 * domain's rule, and stores what it returns with its audit row and notifications, or refuses and changes nothing.
 */
@Injectable()
export class SignOffService {
  constructor(
    private readonly signOffs: SignOffRepository,
    private readonly canvas: CanvasRepository,
    private readonly placements: PlacementService,
    private readonly notifications: NotificationsService,
  ) {}

  private async loadCycle(cycleId: string): Promise<{ cycle: Cycle; record: CycleRecord }> {
    const id = requireUuid(cycleId, 'cycleId');
    const [cycle, record] = await Promise.all([this.signOffs.cycle(id), this.canvas.findCycle(id)]);
    if (!cycle || !record) throw new NotFoundError('Assessment cycle');
    return { cycle, record };
  }

  /** The summary over the ICSs with figures (the only ones asked), and those without. */
  private async summaryOf(cycleId: string): Promise<{ summary: SignOffSummary; participants: CycleParticipant[] }> {
    const [participants, answers] = await Promise.all([this.signOffs.participants(cycleId), this.signOffs.signOffs(cycleId)]);
    return { summary: signOffSummary(participants.filter((p) => p.hasFigures), answers), participants };
  }

  /** The caller's ICSs' provisional figures: in one cycle, or in every closed, unpublished cycle they took part in. */
  async myProvisionalFigures(caller: Caller, cycleId: string | null): Promise<ProvisionalFiguresModel[]> {
    const led = ledSystemIds(caller.actor);
    if (led.length === 0) return [];
    const cycleIds = cycleId ? [requireUuid(cycleId, 'cycleId')] : await this.signOffs.closedCyclesOf(led);
    const result: ProvisionalFiguresModel[] = [];
    for (const id of cycleIds) {
      const { cycle, record } = await this.loadCycle(id);
      if (cycle.status === 'OPEN') refuse([{ code: 'CYCLE_NOT_CLOSED', field: 'cycleId', message: `"${cycle.name}" is still open: its figures are not ready to check yet` }]);
      const participants = (await this.signOffs.participants(id)).filter((p) => led.includes(p.systemId));
      if (participants.length === 0) continue;
      const framework = await this.canvas.findFramework(cycle.frameworkId);
      const domainName = new Map((framework?.definition.domains ?? []).map((d) => [d.key, d.title]));
      const { entries } = await this.placements.cycle(id, ROGERS);
      const { summary } = await this.summaryOf(id);
      for (const p of participants) {
        const entry = entries.find((e) => e.systemId === p.systemId);
        const row = summary.rows.find((r) => r.systemId === p.systemId);
        result.push({
          cycle: record,
          published: cycle.status === 'PUBLISHED',
          systemId: p.systemId,
          systemName: p.name,
          hasFigures: p.hasFigures && entry !== undefined,
          overallScore: entry?.overallScore ?? null,
          category: entry?.category ? ADOPTER_CATEGORY_LABELS[entry.category] : null,
          basis: entry?.basis ?? null,
          domainScores: (entry?.domainScores ?? []).map((d) => ({ ...d, name: domainName.get(d.domainKey) ?? d.domainKey })),
          explanation: entry
            ? [
                `Scored on: ${SCORE_BASIS_LABELS[entry.basis].toLowerCase()}.`,
                `Each answer is turned into a score out of 100: level 1 is 0 and each level above it adds ${POINTS_PER_LEVEL}. A criterion marked "not assessed" is left out, not counted as zero.`,
                'A domain’s score is the average of its answered criteria. A domain with fewer than half of its criteria answered is shown but left out of the overall score.',
                'The overall score is the average of the complete domains’ scores, each domain counting the same.',
                `The category places ${p.name} among every ICS with figures in ${cycle.name}, by overall score, in the shares Rogers described (innovators the top 2.5%, early adopters the next 13.5%, and so on).`,
              ]
            : [`${p.name} has no figures in ${cycle.name}: its self-assessment was not submitted before the cycle closed.`],
          signOff: rowModel(row ?? { systemId: p.systemId, name: p.name, state: 'NOT_ANSWERED', label: 'Not answered', comment: null, answeredOn: null }),
        });
      }
    }
    return result;
  }

  async answerSignOff(caller: Caller, input: { cycleId: string; systemId: string; answer: SignOffAnswer; comment?: string | null }): Promise<SignOffRowModel> {
    const systemId = requireUuid(input.systemId, 'systemId');
    const { cycle } = await this.loadCycle(input.cycleId);
    const participants = await this.signOffs.participants(cycle.id);
    const me = participants.find((p) => p.systemId === systemId);
    const current = (await this.signOffs.signOffs(cycle.id)).find((s) => s.systemId === systemId) ?? null;
    const outcome = answerSignOff(
      cycle,
      systemId,
      input.answer === 'QUERIED' ? { answer: 'QUERIED', comment: input.comment ?? '' } : { answer: input.answer },
      { actor: caller.actor, today: todayInEngland(new Date()), systemIds: participants.map((p) => p.systemId), hasFigures: me?.hasFigures ?? false, current },
    );
    if (!outcome.ok) refuse(outcome.problems);
    const { signOff, event } = outcome.value;
    const saved = await this.signOffs.saveSignOff(cycle.id, signOff, { before: event.before, after: event.after, ip: caller.ip });
    if (!saved) refuse([{ code: 'ALREADY_PUBLISHED', field: 'cycleId', message: `"${cycle.name}" was published meanwhile: its figures can no longer be answered` }]);
    if (event.notify.kind === 'SYSTEM_REVIEWERS' && me) {
      const message = cycleNoticeMessage('CYCLE_SIGN_OFF_ANSWERED', { cycleName: cycle.name, systemName: me.name });
      await this.notifications.cycleNotices('SIGN_OFF_QUERIED', [{ assessmentId: me.assessmentId, systemId, to: 'reviewers', message }], caller.user);
    }
    const { summary } = await this.summaryOf(cycle.id);
    return rowModel(summary.rows.find((r) => r.systemId === systemId) as SignOffSummary['rows'][number]);
  }

  /** The admins see every ICS; anyone else the ICSs whose answers they may read (a lead their own, a coach their cohort's). */
  async summary(caller: Caller, cycleId: string): Promise<SignOffSummaryModel> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const { cycle, record } = await this.loadCycle(cycleId);
    const { summary } = await this.summaryOf(cycle.id);
    const rows = summary.rows.filter((r) => canReadSignOff(caller.actor, r.systemId));
    const count = (state: string) => rows.filter((r) => r.state === state).length;
    return {
      cycle: record,
      phase: CYCLE_PHASE_LABELS[cyclePhase(cycle, todayInEngland(new Date()))],
      total: rows.length,
      confirmed: count('CONFIRMED'),
      queried: count('QUERIED'),
      notAnswered: count('NOT_ANSWERED'),
      rows: rows.map(rowModel),
    };
  }

  /** Open queries the caller may read: an admin every ICS's, a coach their cohorts' ICSs', a lead their own ICS's. */
  async openQueries(caller: Caller): Promise<OpenSignOffQueryModel[]> {
    requirePermission(caller.actor, 'read', { kind: 'assessment-cycles' });
    const admin = canReadSignOffSummary(caller.actor);
    const mine = [...ledSystemIds(caller.actor), ...caller.actor.coachedSystemIds];
    if (!admin && mine.length === 0) return [];
    const rows = await this.signOffs.openQueries(admin ? null : mine);
    return rows.filter((r) => canReadSignOff(caller.actor, r.systemId));
  }

  async publishPreview(caller: Caller, cycleId: string): Promise<PublishPreviewModel> {
    if (!canPublishCycle(caller.actor)) throw new ForbiddenError();
    const { cycle, record } = await this.loadCycle(cycleId);
    const { summary, participants } = await this.summaryOf(cycle.id);
    const confirmation = publishConfirmation(
      cycle,
      summary,
      participants.map((p) => ({ systemId: p.systemId, sharesName: p.sharesName })),
      participants.filter((p) => !p.hasFigures).map((p) => ({ systemId: p.systemId, name: p.name })),
    );
    const reason =
      cycle.status === 'OPEN'
        ? `"${cycle.name}" is still open: close it first, so that each ICS can check its figures before they are published.`
        : cycle.status === 'PUBLISHED'
          ? `"${cycle.name}" is already published.`
          : null;
    return { cycle: record, canPublish: reason === null, reason, statements: [...confirmation.statements], outstandingSystemIds: [...confirmation.outstandingSystemIds] };
  }

  async publish(caller: Caller, input: { cycleId: string; confirmed: boolean; outstandingSystemIds: readonly string[] }): Promise<CycleRecord> {
    if (!canPublishCycle(caller.actor)) throw new ForbiddenError();
    const { cycle } = await this.loadCycle(input.cycleId);
    const { summary, participants } = await this.summaryOf(cycle.id);
    const today = todayInEngland(new Date());
    const outcome = publishCycle(cycle, { confirmed: input.confirmed, outstandingSystemIds: input.outstandingSystemIds }, { today, summary });
    if (!outcome.ok) refuse(outcome.problems);
    const { event } = outcome.value;
    if (!(await this.signOffs.publish(cycle.id, caller.user.id, { before: event.before, after: event.after, ip: caller.ip }))) {
      refuse([{ code: 'ALREADY_PUBLISHED', field: 'cycleId', message: `"${cycle.name}" was published meanwhile: publishing is final` }]);
    }
    await this.notifications.cycleNotices(
      'CYCLE_PUBLISHED',
      participants.map((p) => ({
        assessmentId: p.assessmentId,
        systemId: p.systemId,
        to: 'leads' as const,
        message: cycleNoticeMessage('CYCLE_PUBLISHED', { cycleName: cycle.name, systemName: p.name }),
      })),
      caller.user,
    );
    return (await this.canvas.findCycle(cycle.id)) as CycleRecord;
  }

  /**
   * The facts a correction of one ICS's published figures is worked out on: the cycle, its participants and
   * revisions, the canvas version's criteria, and the ICS's assessment with the level that counts for each criterion.
   */
  private async correctionFacts(caller: Caller, cycleId: string, systemIdInput: string) {
    requirePermission(caller.actor, 'manage', { kind: 'assessment-cycles' });
    const systemId = requireUuid(systemIdInput, 'systemId');
    const { cycle, record } = await this.loadCycle(cycleId);
    const [participants, revisions, framework] = await Promise.all([
      this.signOffs.participants(cycle.id),
      this.signOffs.revisions([cycle.id]),
      this.canvas.findFramework(cycle.frameworkId),
    ]);
    if (!framework) throw new NotFoundError('Canvas version');
    const me = participants.find((p) => p.systemId === systemId) ?? null;
    const assessment = me ? await this.signOffs.answerLevels(me.assessmentId) : null;
    const status = assessment && (ASSESSMENT_STATUSES as readonly string[]).includes(assessment.status) ? (assessment.status as AssessmentStatus) : 'DRAFT';
    const basis = scoreBasis(status);
    const answers = new Map((assessment?.answers ?? []).map((a) => [a.criterionKey, a]));
    const criteria = criterionTitles(framework.definition);
    const countedLevels = Object.fromEntries(
      criteria.map((c) => {
        const answer = answers.get(c.key);
        return [c.key, answer ? countedLevel(basis, answer) : null];
      }),
    );
    return { systemId, cycle, record, participants, revisions, framework, me, status, basis, answers, criteria, countedLevels };
  }

  /** What the admin's correction form shows: each criterion of the ICS's published figures with the level that counts. */
  async correctableLevels(caller: Caller, input: { cycleId: string; systemId: string }): Promise<CorrectableFiguresModel> {
    const facts = await this.correctionFacts(caller, input.cycleId, input.systemId);
    if (!facts.me) throw new NotFoundError('ICS in this cycle');
    const domains = facts.framework.definition.domains;
    const titleOf = new Map(facts.criteria.map((c) => [c.key, c.title]));
    const own = facts.revisions.filter((r) => r.systemId === facts.systemId);
    return {
      cycle: facts.record,
      systemId: facts.systemId,
      systemName: facts.me.name,
      published: facts.cycle.status === 'PUBLISHED',
      hasFigures: facts.me.hasFigures,
      basis: facts.basis,
      revisions: own.length,
      criteria: domains.flatMap((d) =>
        d.criteria.map((c) => ({
          criterionKey: c.key,
          title: titleOf.get(c.key) as string,
          domainTitle: d.title,
          statement: c.statement,
          level: facts.countedLevels[c.key] ?? null,
        })),
      ),
    };
  }

  /**
   * A correction of one ICS's published figures: the corrected levels written where they count (the moderated level
   * on a validated assessment, else the self-assessed level: `correctedAnswer`), the numbered revision with its reason
   * and each level before and after, the audit rows, and the whole cycle placed again, in one transaction; then its
   * leads are told.
   */
  async revise(
    caller: Caller,
    input: { cycleId: string; systemId: string; reason: string; levels: readonly { criterionKey: string; level: number }[] },
  ): Promise<FiguresRevisionModel> {
    const facts = await this.correctionFacts(caller, input.cycleId, input.systemId);
    const { cycle, systemId, me } = facts;
    const outcome = reviseFigures(
      cycle,
      { systemId, reason: input.reason, levels: input.levels },
      {
        today: todayInEngland(new Date()),
        actorUserId: caller.user.id,
        systemIds: facts.participants.map((p) => p.systemId),
        revisions: facts.revisions,
        hasFigures: me?.hasFigures ?? false,
        criteria: facts.criteria,
        countedLevels: facts.countedLevels,
      },
    );
    if (!outcome.ok) refuse(outcome.problems);
    const { revision, event } = outcome.value;
    if (!me) throw new NotFoundError('ICS in this cycle');
    const answers = revision.changes.map((change) => ({
      criterionKey: change.criterionKey,
      ...correctedAnswer(facts.basis, facts.answers.get(change.criterionKey) ?? { selfLevel: null, moderatedLevel: null, notAssessed: false }, change.after),
    }));
    const saved = await this.signOffs.addCorrection(cycle.id, revision, { id: me.assessmentId, status: facts.status }, answers, { after: event.after, ip: caller.ip }, (tx) =>
      this.placements.placeAgainWithin(tx, cycle.id),
    );
    if (saved === 'NOT_PUBLISHED') refuse([{ code: 'CYCLE_NOT_PUBLISHED', field: 'cycleId', message: `"${cycle.name}" is not published` }]);
    if (saved === 'CHANGED') throw new AppError('CONFLICT', `${me.name}’s assessment changed while you were correcting it: check its levels and correct them again`);
    const message = cycleNoticeMessage('CYCLE_FIGURES_REVISED', { cycleName: cycle.name, systemName: me.name });
    await this.notifications.cycleNotices('FIGURES_REVISED', [{ assessmentId: me.assessmentId, systemId, to: 'leads', message }], caller.user);
    return revisionModel([...facts.revisions, revision], systemId, true) as FiguresRevisionModel;
  }

  /** The latest revision of each ICS in a cycle (for the landscape). */
  async revisionsOf(cycleId: string): Promise<FiguresRevision[]> {
    return this.signOffs.revisions([cycleId]);
  }
}
