import {
  can,
  diffFrameworks,
  FrameworkDiff,
  FrameworkDocumentFormat,
  FrameworkLifecycle,
  frameworkLifecycle,
  FrameworkProblem,
  mayOpenCycleOn,
  nextDraftOf,
  parseFrameworkDocument,
  serializeFrameworkDocument,
  versionProblems,
} from '@idt/domain';
import { Injectable } from '@nestjs/common';
import { AppError, NotFoundError, requireUuid } from '../../common/app-error';
import { Caller } from '../auth/current-user.decorator';
import { requirePermission } from '../auth/require-permission';
import { CanvasRepository } from './canvas.repository';
import { FrameworkRecord } from './canvas.types';

/** Why a change to a canvas version is refused, as `extensions.reason` (with `extensions.code` BAD_USER_INPUT). */
export type FrameworkRefusal =
  | 'HAS_PROBLEMS'
  | 'DRAFT_EXISTS'
  | 'NOTHING_PUBLISHED'
  | 'ALREADY_PUBLISHED'
  | 'CONFIRMATION_REQUIRED';

/** The facts `frameworkLifecycle` works a version's lifecycle out from. */
export const versionFacts = ({ status, definition }: FrameworkRecord) => ({ key: definition.key, version: definition.version, status });

const refuse = (reason: FrameworkRefusal, message: string, field: string, problems?: readonly FrameworkProblem[]) =>
  new AppError('BAD_USER_INPUT', message, { field, reason, ...(problems ? { problems } : {}) });

const problemsMessage = (problems: readonly FrameworkProblem[]) =>
  problems.length === 1 ? 'The canvas has 1 problem to fix.' : `The canvas has ${problems.length} problems to fix.`;

/**
 * Canvas versions for admins: start the next version as a copy of the latest published one or import it from a file,
 * see its problems and what changed, publish it (for good). Drafts are seen by admins only; published versions by
 * anyone signed in. Every rule about a framework is the domain's (`parseFrameworkDocument`, `versionProblems`,
 * `diffFrameworks`); this service says who may do what and stores the result.
 */
@Injectable()
export class CanvasVersionsService {
  constructor(private readonly canvas: CanvasRepository) {}

  /** Every version the caller may see: admins also see the draft. */
  async listVersions(caller: Caller): Promise<FrameworkRecord[]> {
    const all = await this.canvas.listFrameworks();
    return can(caller.actor, 'read', { kind: 'canvas-drafts' }) ? all : all.filter((f) => f.status === 'PUBLISHED');
  }

  /** One version; a draft is "not found" to anyone but an admin. */
  async readVersion(caller: Caller, id: string): Promise<FrameworkRecord> {
    const framework = await this.canvas.findFramework(requireUuid(id, 'id'));
    if (!framework) throw new NotFoundError('Canvas framework');
    if (framework.status !== 'PUBLISHED') requirePermission(caller.actor, 'read', { kind: 'canvas-drafts' }, 'Canvas framework');
    return framework;
  }

  /** Where a version is in its life: a draft, the published one in use, or published and followed by a newer one. */
  async lifecycleOf(framework: FrameworkRecord): Promise<FrameworkLifecycle> {
    if (framework.status === 'DRAFT') return 'DRAFT';
    return frameworkLifecycle(versionFacts(framework), (await this.canvas.listFrameworks()).map(versionFacts));
  }

  /** Whether a new cycle may use this version (the domain's rule: the published version in use only). */
  async usableForNewCycle(framework: FrameworkRecord): Promise<boolean> {
    return mayOpenCycleOn(await this.lifecycleOf(framework));
  }

  /** What is wrong with a draft now, by line and field of its YAML document (what "Download" gives); none once published. */
  async problemsOf(framework: FrameworkRecord): Promise<readonly FrameworkProblem[]> {
    if (framework.status !== 'DRAFT') return [];
    const previous = await this.latestPublished(framework.definition.key);
    const parsed = parseFrameworkDocument(serializeFrameworkDocument(framework.definition, 'yaml'), 'yaml', previous ? { previous: previous.definition } : {});
    return 'problems' in parsed ? parsed.problems : [];
  }

  /** What changed against the published version before it (null for the first version). */
  async changesSincePrevious(framework: FrameworkRecord): Promise<FrameworkDiff | null> {
    const before = (await this.canvas.listFrameworks())
      .filter((f) => f.status === 'PUBLISHED' && f.definition.key === framework.definition.key && f.definition.version < framework.definition.version)
      .sort((a, b) => b.definition.version - a.definition.version)[0];
    return before ? diffFrameworks(before.definition, framework.definition) : null;
  }

  async document(caller: Caller, id: string, format: FrameworkDocumentFormat): Promise<string> {
    return serializeFrameworkDocument((await this.readVersion(caller, id)).definition, format);
  }

  /** Starts the next version as a copy of the latest published one. Refused while there is a draft already. */
  async createDraft(caller: Caller): Promise<FrameworkRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'canvas-drafts' });
    const latest = await this.latestPublished();
    if (!latest) throw refuse('NOTHING_PUBLISHED', 'No version of the canvas is published yet, so there is nothing to copy.', 'id');
    if ((await this.canvas.listFrameworks()).some((f) => f.status === 'DRAFT' && f.definition.key === latest.definition.key)) {
      throw refuse('DRAFT_EXISTS', 'There is already a new version in progress. Change it, or import a file over it.', 'id');
    }
    return this.canvas.saveDraft(nextDraftOf(latest.definition), this.audit(caller));
  }

  /**
   * Creates the draft from a YAML or JSON document, or replaces the draft there is. Any problem (by line and field) and
   * nothing is stored.
   */
  async importDraft(caller: Caller, document: string, format: FrameworkDocumentFormat): Promise<FrameworkRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'canvas-drafts' });
    const latest = await this.latestPublished();
    const parsed = parseFrameworkDocument(document, format, latest ? { previous: latest.definition } : {});
    if ('problems' in parsed) throw refuse('HAS_PROBLEMS', problemsMessage(parsed.problems), 'document', parsed.problems);
    const { publishedOn: _ignored, ...draft } = parsed.framework;
    return this.canvas.saveDraft(draft, this.audit(caller));
  }

  /** Publishes a draft, for good. Refused without confirmation, with any problem, or when it is already published. */
  async publish(caller: Caller, id: string, confirm: boolean): Promise<FrameworkRecord> {
    requirePermission(caller.actor, 'manage', { kind: 'canvas-drafts' });
    const framework = await this.canvas.findFramework(requireUuid(id, 'id'));
    if (!framework) throw new NotFoundError('Canvas framework');
    if (framework.status === 'PUBLISHED') throw refuse('ALREADY_PUBLISHED', `Version ${framework.definition.version} is already published.`, 'id');
    if (!confirm) throw refuse('CONFIRMATION_REQUIRED', 'Confirm that you want to publish this version: it cannot be changed afterwards.', 'confirm');
    const latest = await this.latestPublished(framework.definition.key);
    const problems = versionProblems(framework.definition, latest?.definition);
    if (problems.length > 0) throw refuse('HAS_PROBLEMS', problemsMessage(problems), 'id', await this.problemsOf(framework));
    const publishedOn = new Date().toISOString().slice(0, 10);
    if (!(await this.canvas.publish(framework.id, publishedOn, { ...this.audit(caller), action: 'CANVAS_PUBLISHED' }))) {
      throw refuse('ALREADY_PUBLISHED', `Version ${framework.definition.version} is already published.`, 'id');
    }
    return this.readVersion(caller, framework.id);
  }

  private async latestPublished(key?: string): Promise<FrameworkRecord | undefined> {
    return (await this.canvas.listFrameworks())
      .filter((f) => f.status === 'PUBLISHED' && (key === undefined || f.definition.key === key))
      .sort((a, b) => b.definition.version - a.definition.version)[0];
  }

  private audit(caller: Caller) {
    return { actorUserId: caller.user.id, action: 'CANVAS_DRAFT_SAVED' as const, ip: caller.ip };
  }
}
