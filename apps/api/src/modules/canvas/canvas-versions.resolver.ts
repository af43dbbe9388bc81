import { CanvasFramework, FrameworkDiff } from '@idt/domain';
import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { NotFoundError } from '../../common/app-error';
import { Caller, CurrentCaller } from '../auth/current-user.decorator';
import { CanvasRepository } from './canvas.repository';
import { CanvasVersionsService } from './canvas-versions.service';
import { FrameworkRecord } from './canvas.types';
import { toFrameworkModel } from './framework-model';
import { CanvasFrameworkModel } from './models/canvas-framework.model';
import {
  FrameworkChangesModel,
  FrameworkCrosswalkModel,
  FrameworkDocumentFormatEnum,
  FrameworkLifecycleEnum,
  FrameworkProblemModel,
} from './models/framework-version.model';

const formatOf = (format: FrameworkDocumentFormatEnum) => (format === FrameworkDocumentFormatEnum.JSON ? 'json' : 'yaml');

/** Canvas versions: the admin's draft, its problems and changes, import and publishing. Thin: the service decides. */
@Resolver(() => CanvasFrameworkModel)
export class CanvasVersionsResolver {
  constructor(
    private readonly versions: CanvasVersionsService,
    private readonly canvas: CanvasRepository,
  ) {}

  @Query(() => String, { description: 'A version of the canvas as a YAML or JSON document (drafts: admins only).' })
  frameworkDocument(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('format', { type: () => FrameworkDocumentFormatEnum }) format: FrameworkDocumentFormatEnum,
  ) {
    return this.versions.document(caller, id, formatOf(format));
  }

  @Mutation(() => CanvasFrameworkModel, { description: 'Starts the next version as a copy of the latest published one. Admins only.' })
  async createFrameworkDraft(@CurrentCaller() caller: Caller) {
    return toFrameworkModel(await this.versions.createDraft(caller));
  }

  @Mutation(() => CanvasFrameworkModel, {
    description:
      'Creates the draft from a YAML or JSON document, or replaces the draft there is. Refused with every problem (extensions.problems) and nothing stored. Admins only.',
  })
  async importFrameworkDraft(
    @CurrentCaller() caller: Caller,
    @Args('document', { type: () => String }) document: string,
    @Args('format', { type: () => FrameworkDocumentFormatEnum }) format: FrameworkDocumentFormatEnum,
  ) {
    return toFrameworkModel(await this.versions.importDraft(caller, document, formatOf(format)));
  }

  @Mutation(() => CanvasFrameworkModel, { description: 'Publishes a draft, for good (it can never change afterwards). Admins only.' })
  async publishFramework(
    @CurrentCaller() caller: Caller,
    @Args('id', { type: () => ID }) id: string,
    @Args('confirm', { type: () => Boolean }) confirm: boolean,
  ) {
    return toFrameworkModel(await this.versions.publish(caller, id, confirm));
  }

  @ResolveField(() => FrameworkLifecycleEnum)
  async lifecycle(@Parent() parent: CanvasFrameworkModel) {
    return this.versions.lifecycleOf(await this.record(parent));
  }

  @ResolveField(() => Boolean, {
    description: 'Whether a new cycle may use this version: the published version in use, not a draft nor a retired version.',
  })
  async usableForNewCycle(@Parent() parent: CanvasFrameworkModel): Promise<boolean> {
    return this.versions.usableForNewCycle(await this.record(parent));
  }

  @ResolveField(() => [FrameworkProblemModel], { description: 'What must be fixed before a draft can be published (none once published).' })
  async problems(@Parent() parent: CanvasFrameworkModel): Promise<FrameworkProblemModel[]> {
    return (await this.versions.problemsOf(await this.record(parent))).map((p) => ({ ...p, line: p.line ?? null }));
  }

  @ResolveField(() => FrameworkChangesModel, { nullable: true, description: 'What changed against the published version before it.' })
  async changesSincePrevious(@Parent() parent: CanvasFrameworkModel): Promise<FrameworkChangesModel | null> {
    const diff = await this.versions.changesSincePrevious(await this.record(parent));
    return diff ? toChangesModel(diff) : null;
  }

  @ResolveField(() => FrameworkCrosswalkModel, { nullable: true, description: 'The crosswalk to another framework, by its domains.' })
  async crosswalk(@Parent() parent: CanvasFrameworkModel): Promise<FrameworkCrosswalkModel | null> {
    return toCrosswalkModel((await this.record(parent)).definition);
  }

  private async record(parent: CanvasFrameworkModel): Promise<FrameworkRecord> {
    const record = await this.canvas.findFramework(parent.id);
    if (!record) throw new NotFoundError('Canvas framework');
    return record;
  }
}

function toChangesModel(diff: FrameworkDiff): FrameworkChangesModel {
  const change = (key: string, description: string) => ({ key, description });
  return {
    fromVersion: diff.fromVersion,
    toVersion: diff.toVersion,
    unchanged: diff.unchanged,
    domainsAdded: diff.domainsAdded.map((d) => change(d.domainKey, d.description)),
    domainsRenamed: diff.domainsRenamed.map((d) => change(d.domainKey, d.description)),
    domainsRetired: diff.domainsRetired.map((d) => change(d.domainKey, d.description)),
    criteriaAdded: diff.criteriaAdded.map((c) => change(c.criterionKey, c.description)),
    criteriaRenamed: diff.criteriaRenamed.map((c) => change(c.criterionKey, c.description)),
    criteriaRetired: diff.criteriaRetired.map((c) => ({
      criterionKey: c.criterionKey,
      statement: c.statement,
      kind: c.kind,
      description: c.description,
      replacedBy: c.replacedBy.map((r) => ({ criterionKey: r.criterionKey, statement: r.statement, note: r.note ?? null })),
    })),
    criteriaReworded: diff.criteriaReworded.map((c) => change(c.criterionKey, c.description)),
    levelsChanged: diff.levelsChanged.map((c) => ({
      criterionKey: c.criterionKey,
      statement: c.statement,
      description: c.description,
      levels: c.levels.map((l) => ({ level: l.level, before: l.before, after: l.after })),
    })),
    scaleChanged: diff.scaleChanged.map((s) => change(String(s.level), s.description)),
  };
}

function toCrosswalkModel(framework: CanvasFramework): FrameworkCrosswalkModel | null {
  const crosswalk = framework.crosswalk;
  if (!crosswalk) return null;
  const criteria = framework.domains.flatMap((d) => d.criteria);
  return {
    title: crosswalk.title,
    publisher: crosswalk.publisher,
    year: crosswalk.year,
    domains: crosswalk.domains.map((domain) => ({
      key: domain.key,
      title: domain.title,
      criteria: criteria
        .filter((c) => crosswalk.criteria.some((link) => link.criterion === c.key && link.domains.includes(domain.key)))
        .map((c) => ({ key: c.key, statement: c.statement })),
    })),
  };
}
