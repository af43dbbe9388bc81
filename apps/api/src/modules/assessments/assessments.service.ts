import {
  availableTransitions,
  canCommentOnAssessment,
  canEditAssessment,
  canModerateAssessment,
  canReadAssessment,
  CanvasFramework,
  checkTransition,
  domainProgress,
  isEditable,
  ledSystemIds,
  MaturityLevel,
  responseProblems,
  ResponseValues,
  unansweredDomains,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { BoundedMap } from '../../common/bounded-map';
import { AppError, BadUserInputError, ForbiddenError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { NotificationsService } from '../notifications/notifications.service';
import { CanvasRepository } from '../canvas/canvas.repository';
import { FrameworkRecord } from '../canvas/canvas.types';
import { toFrameworkModel } from '../canvas/framework-model';
import { AssessmentsRepository } from './assessments.repository';
import { AssessmentFactsRecord, AssessmentRecord } from './assessments.types';
import { SaveAnswersInput } from './dto/save-answers.input';
import { TransitionAssessmentInput } from './dto/transition-assessment.input';
import { AssessmentModel } from './models/assessment.model';
import { SaveAnswersResultModel } from './models/save-answers-result.model';

/** Refuses a change to the answers of a cycle that has closed (an admin closed it: docs/decisions/0023). */
function cycleClosed(closedOn: string): AppError {
  const day = new Date(`${closedOn}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  return new AppError('BAD_USER_INPUT', `This cycle closed on ${day}: its answers can no longer change.`, {
    field: 'assessmentId',
    reason: 'CYCLE_CLOSED',
  });
}

/** How many assessments' facts autosave remembers (a few hundred bytes each). */
export const MAX_REMEMBERED_FACTS = 5000;

/** The reason `extensions.reason` gives when an assessment cannot change in its current status. */
const NOT_EDITABLE = 'This assessment has been submitted, so it cannot be changed unless it is returned to you.';

/**
 * Self-assessments: reading (scoped by the workflow's rules), saving answers under optimistic locking, changing
 * status, copying last cycle's answers. Services decide; the repository only writes what was decided.
 */
@Injectable()
export class AssessmentsService {
  constructor(
    private readonly assessments: AssessmentsRepository,
    private readonly canvas: CanvasRepository,
    private readonly notifications: NotificationsService,
  ) {}

  /**
   * The facts (status, coach recording it) each assessment had when this process last read or saved it, for autosave.
   * Only `saveAnswers` uses them, and only with a write that checks they still hold; bounded, oldest forgotten first.
   */
  private readonly lastSeenFacts = new BoundedMap<string, AssessmentFactsRecord>(MAX_REMEMBERED_FACTS);

  /** One assessment; one the caller may not see is reported exactly as one that does not exist. */
  async get(caller: Caller, id: string): Promise<AssessmentModel> {
    const facts = await this.readableFacts(caller, id);
    return this.present(caller, (await this.assessments.findById(facts.id)) as AssessmentRecord);
  }

  /** The assessments of the ICSs the caller leads, newest cycle first. */
  async mine(caller: Caller): Promise<AssessmentModel[]> {
    const records = await this.assessments.listForSystems(ledSystemIds(caller.actor));
    const frameworks = await this.frameworksFor(records);
    return Promise.all(records.map((record) => this.present(caller, record, frameworks)));
  }

  /**
   * Autosave: checks and saves the sent answers, and answers with only what the save changed and what the form needs
   * after it (the version, the sent answers as saved, the progress of their domains): nothing else is read back.
   */
  async saveAnswers(caller: Caller, input: SaveAnswersInput): Promise<SaveAnswersResultModel> {
    const id = requireUuid(input.assessmentId, 'assessmentId');
    // Autosave sends a save every few seconds: the access check is made on the facts this process last saw, and the
    // save writes only if they still hold (else it checks again on the facts as they are now, and tries once more).
    const remembered = this.lastSeenFacts.get(id);
    let facts =
      remembered && remembered.cycleClosedOn === null && canEditAssessment(caller.actor, remembered)
        ? remembered
        : await this.editableFacts(caller, id);
    const framework = (await this.canvas.findFramework(facts.frameworkId)) as FrameworkRecord;
    const responses = input.responses.map(toResponseValues);
    const problems = responseProblems(framework.definition, responses);
    if (problems.length > 0) {
      const [first] = problems;
      throw new AppError('BAD_USER_INPUT', first.message, { field: first.field, criterionKey: first.criterionKey });
    }
    const questionKeys = new Set(framework.definition.domains.flatMap((d) => d.quickCheck.map((q) => q.key)));
    const unknownQuestion = input.quickCheckAnswers.find((a) => !questionKeys.has(a.questionKey));
    if (unknownQuestion) {
      throw new BadUserInputError(`There is no quick-check question "${unknownQuestion.questionKey.slice(0, 80)}"`, 'questionKey');
    }
    const sent = new Set(responses.map((r) => r.criterionKey));
    const domains = framework.definition.domains.filter((d) => d.criteria.some((c) => sent.has(c.key)));
    const save = (on: AssessmentFactsRecord) =>
      this.assessments.saveAnswers(
        on,
        { version: input.expectedVersion, followsOwnSave: input.followsOwnSave === true },
        responses,
        input.quickCheckAnswers.map((a) => ({ questionKey: a.questionKey, answer: a.answer ?? null })),
        domains.flatMap((d) => d.criteria.map((c) => c.key)),
        { userId: caller.user.id, ip: caller.ip },
      );
    let saved = await save(facts);
    if (!saved && facts === remembered) {
      this.lastSeenFacts.delete(id);
      facts = await this.editableFacts(caller, id);
      saved = await save(facts);
    }
    if (!saved) {
      this.lastSeenFacts.delete(id);
      return this.explainLostWrite(facts.id, responses.map((r) => r.criterionKey));
    }
    this.lastSeenFacts.set(id, { ...facts, status: saved.status, version: saved.version });
    return {
      assessmentId: facts.id,
      status: saved.status,
      version: saved.version,
      updatedAt: saved.updatedAt,
      responses: saved.responses.filter((r) => sent.has(r.criterionKey)).map((r) => ({ ...r, links: [...r.links] })),
      quickCheckAnswers: [...saved.quickCheckAnswers],
      progress: domainProgress({ ...framework.definition, domains }, saved.responses),
    };
  }

  async transition(caller: Caller, input: TransitionAssessmentInput): Promise<AssessmentModel> {
    const facts = await this.readableFacts(caller, input.assessmentId);
    const check = checkTransition(caller.actor, facts, input.transition, input.reason);
    if (!check.ok) {
      if (check.reason === 'NOT_ALLOWED') throw new ForbiddenError();
      if (check.reason === 'REASON_REQUIRED') throw new BadUserInputError('Say what needs to change.', 'reason');
      throw new AppError('BAD_USER_INPUT', `An assessment that is ${facts.status.toLowerCase().replace('_', ' ')} cannot be changed that way.`, {
        field: 'transition',
        status: facts.status,
      });
    }
    if (input.transition === 'SUBMIT') {
      if (input.declarationConfirmed !== true) {
        throw new BadUserInputError('Confirm that the answers are accurate and agreed before you submit.', 'declarationConfirmed');
      }
      const record = (await this.assessments.findById(facts.id)) as AssessmentRecord;
      const framework = (await this.canvas.findFramework(facts.frameworkId)) as FrameworkRecord;
      const missing = unansweredDomains(framework.definition, record.responses);
      if (missing.length > 0) {
        throw new AppError('BAD_USER_INPUT', `Answer every criterion before you submit. Still to complete: ${missing.join('; ')}.`, {
          field: 'responses',
          incompleteDomains: missing,
        });
      }
    }
    const rule = { transition: input.transition, to: check.to, reason: input.reason?.trim() || null };
    const moved = await this.assessments.transition(facts.id, input.expectedVersion, { ...rule, from: [facts.status] }, {
      userId: caller.user.id,
      ip: caller.ip,
    });
    if (!moved) await this.explainLostWrite(facts.id, []);
    await this.notifications.assessmentTransitioned(facts.id, input.transition, caller.user);
    return this.get(caller, facts.id);
  }

  /** Starts a new cycle from the ICS's answers last time (only into an assessment with no answers yet). */
  async copyPrevious(caller: Caller, assessmentId: string, expectedVersion: number): Promise<AssessmentModel> {
    const facts = await this.editableFacts(caller, assessmentId);
    if (await this.assessments.hasAnswers(facts.id)) {
      throw new BadUserInputError('This assessment already has answers: copying would overwrite them.', 'assessmentId');
    }
    const previous = await this.assessments.findPrevious(facts.systemId, facts.cycleOpensOn);
    if (!previous) throw new BadUserInputError('There are no earlier answers to copy.', 'assessmentId');
    const framework = (await this.canvas.findFramework(facts.frameworkId)) as FrameworkRecord;
    const keys = framework.definition.domains.flatMap((d) => d.criteria.map((c) => c.key));
    const copied = await this.assessments.copyAnswers(facts.id, previous.id, expectedVersion, keys, {
      userId: caller.user.id,
      ip: caller.ip,
    });
    if (!copied) await this.explainLostWrite(facts.id, []);
    return this.get(caller, facts.id);
  }

  /** The facts of an assessment the caller may read; NOT_FOUND otherwise (exactly as for one that does not exist). */
  async readableFacts(caller: Caller, id: string): Promise<AssessmentFactsRecord> {
    const facts = await this.assessments.findFacts(requireUuid(id, 'assessmentId'));
    if (!facts || !canReadAssessment(caller.actor, facts)) throw new NotFoundError('Assessment');
    return facts;
  }

  private async editableFacts(caller: Caller, id: string): Promise<AssessmentFactsRecord> {
    const facts = await this.readableFacts(caller, id);
    if (canEditAssessment(caller.actor, facts)) {
      if (facts.cycleClosedOn !== null) throw cycleClosed(facts.cycleClosedOn);
      return facts;
    }
    if (!isEditable(facts.status) && ledSystemIds(caller.actor).includes(facts.systemId)) {
      throw new AppError('BAD_USER_INPUT', NOT_EDITABLE, { field: 'assessmentId', status: facts.status });
    }
    throw new ForbiddenError();
  }

  /** A write that matched no row: either the status moved on, or someone else saved first (a conflict). */
  async explainLostWrite(id: string, criterionKeys: readonly string[]): Promise<never> {
    const now = (await this.assessments.findFacts(id)) as AssessmentFactsRecord;
    if (now.cycleClosedOn !== null && criterionKeys.length > 0) throw cycleClosed(now.cycleClosedOn);
    if (!isEditable(now.status) && criterionKeys.length > 0) {
      throw new AppError('BAD_USER_INPUT', NOT_EDITABLE, { field: 'assessmentId', status: now.status });
    }
    throw new AppError('CONFLICT', 'Someone else has saved changes to this assessment since you opened it.', {
      currentVersion: now.version,
      currentStatus: now.status,
      currentResponses: await this.assessments.currentResponses(id, criterionKeys),
    });
  }

  private async frameworksFor(records: readonly AssessmentRecord[]): Promise<Map<string, FrameworkRecord>> {
    const ids = [...new Set(records.map((r) => r.cycle.frameworkId))];
    return new Map((await this.canvas.findFrameworks(ids)).map((f) => [f.id, f]));
  }

  private async present(
    caller: Caller,
    record: AssessmentRecord,
    frameworks?: Map<string, FrameworkRecord>,
  ): Promise<AssessmentModel> {
    const framework = frameworks?.get(record.cycle.frameworkId) ?? (await this.canvas.findFramework(record.cycle.frameworkId));
    const definition: CanvasFramework = (framework as FrameworkRecord).definition;
    const facts = { systemId: record.system.id, status: record.status, recordedOnBehalfBy: record.recordedOnBehalfById };
    const canEdit = canEditAssessment(caller.actor, facts);
    const previous =
      canEdit && record.responses.length === 0 ? await this.assessments.findPrevious(record.system.id, record.cycle.opensOn) : null;
    return {
      ...record,
      // Timestamps built inside json_build_object arrive as text: GraphQL's DateTime wants dates.
      responses: record.responses.map((r) => ({ ...r, links: [...r.links], updatedAt: new Date(r.updatedAt) })),
      quickCheckAnswers: [...record.quickCheckAnswers],
      history: record.history.map((h) => ({ ...h, occurredAt: new Date(h.occurredAt) })),
      framework: toFrameworkModel(framework as FrameworkRecord),
      progress: domainProgress(definition, record.responses),
      canEdit,
      canModerate: canModerateAssessment(caller.actor, facts),
      canComment: canCommentOnAssessment(caller.actor, facts),
      recordedOnBehalfBy: record.recordedOnBehalfById ? (record.recordedOnBehalfByName ?? 'a coach') : null,
      recordedOnBehalfSince: record.recordedOnBehalfById ? record.recordedOnBehalfAt : null,
      reviewComments: record.reviewComments.map((c) => ({ ...c, createdAt: new Date(c.createdAt) })),
      availableTransitions: availableTransitions(caller.actor, facts),
      previousCycleToCopy: previous?.cycleName ?? null,
    };
  }
}

function toResponseValues(input: SaveAnswersInput['responses'][number]): ResponseValues {
  return {
    criterionKey: input.criterionKey,
    selfLevel: (input.selfLevel ?? null) as MaturityLevel | null,
    notAssessed: input.notAssessed ?? false,
    targetLevel: (input.targetLevel ?? null) as MaturityLevel | null,
    targetDate: input.targetDate || null,
    // Evidence is kept exactly as typed (only cut at the limit's validation, never altered): it is text, shown escaped.
    evidence: input.evidence ?? '',
    links: (input.links ?? []).map((l) => l.trim()).filter((l) => l !== ''),
    confidence: input.confidence ?? null,
  };
}
