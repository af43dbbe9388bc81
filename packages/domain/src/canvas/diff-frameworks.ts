import { CanvasFramework, CanvasDomain, Criterion, MATURITY_LEVELS, MaturityLevel } from './framework';

/**
 * What changed between two versions of the canvas, in the words an admin checks before publishing: areas (domains)
 * and criteria added, renamed, retired and reworded, and level descriptors changed. Criteria are matched by key, and
 * across a change of key by the new version's mappings (`Criterion.replaces`). Every entry carries a `description`, a
 * sentence a screen can show as it is.
 */
export interface FrameworkDiff {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly domainsAdded: readonly DomainAdded[];
  readonly domainsRenamed: readonly DomainRenamed[];
  readonly domainsRetired: readonly DomainRetired[];
  readonly criteriaAdded: readonly CriterionAdded[];
  readonly criteriaRenamed: readonly CriterionRenamed[];
  readonly criteriaRetired: readonly CriterionRetired[];
  readonly criteriaReworded: readonly CriterionReworded[];
  readonly levelsChanged: readonly LevelsChanged[];
  /** The maturity scale's own labels or meanings (the same five levels for every criterion). */
  readonly scaleChanged: readonly ScaleLevelChanged[];
  /** Nothing above changed. */
  readonly unchanged: boolean;
}

export interface DomainAdded {
  readonly domainKey: string;
  readonly title: string;
  readonly description: string;
}

/** Same key, new title. */
export interface DomainRenamed {
  readonly domainKey: string;
  readonly titleBefore: string;
  readonly titleAfter: string;
  readonly description: string;
}

export interface DomainRetired {
  readonly domainKey: string;
  readonly title: string;
  readonly description: string;
}

/** A key the version before did not have. `replaces` names what it takes over, when it is part of a split or a merge. */
export interface CriterionAdded {
  readonly criterionKey: string;
  readonly domainKey: string;
  readonly statement: string;
  readonly replaces: readonly string[];
  readonly description: string;
}

/** A new key that takes over exactly one old key, which nothing else takes over: the same criterion, renamed. */
export interface CriterionRenamed {
  readonly criterionKey: string;
  readonly previousKey: string;
  readonly domainKey: string;
  readonly statementBefore: string;
  readonly statementAfter: string;
  readonly note?: string;
  readonly description: string;
}

/** How a retired criterion lives on: SPLIT into several, or MERGED with others into one. */
export type RetirementKind = 'SPLIT' | 'MERGED';

export interface CriterionRetired {
  readonly criterionKey: string;
  readonly domainKey: string;
  readonly statement: string;
  readonly kind: RetirementKind;
  /** The criteria of the new version that take it over, in the new version's order. */
  readonly replacedBy: readonly { readonly criterionKey: string; readonly statement: string; readonly note?: string }[];
  readonly description: string;
}

export type RewordedPart = 'statement' | 'guidance' | 'evidence prompts';

/** Same key, new words for what is asked (the statement, its guidance or its evidence prompts). */
export interface CriterionReworded {
  readonly criterionKey: string;
  readonly domainKey: string;
  readonly parts: readonly RewordedPart[];
  readonly statementBefore: string;
  readonly statementAfter: string;
  readonly description: string;
}

export interface LevelsChanged {
  readonly criterionKey: string;
  readonly domainKey: string;
  readonly statement: string;
  readonly levels: readonly { readonly level: MaturityLevel; readonly before: string; readonly after: string }[];
  readonly description: string;
}

export interface ScaleLevelChanged {
  readonly level: number;
  readonly labelBefore: string;
  readonly labelAfter: string;
  readonly meaningBefore: string;
  readonly meaningAfter: string;
  readonly description: string;
}

interface Placed {
  readonly domain: CanvasDomain;
  readonly criterion: Criterion;
}

const criteriaOf = (f: CanvasFramework): Placed[] => f.domains.flatMap((domain) => domain.criteria.map((criterion) => ({ domain, criterion })));
const quote = (s: string) => `“${s.trim()}”`;
/** A full stop after a quotation, unless the quotation already ends a sentence. */
const stop = (s: string) => (/[.!?]”$/.test(s) ? s : `${s}.`);
const andList = (items: readonly string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The changes from `before` to `after` (normally the version after it, whose mappings point at `before`). */
export function diffFrameworks(before: CanvasFramework, after: CanvasFramework): FrameworkDiff {
  const oldDomains = new Map(before.domains.map((d) => [d.key, d]));
  const newDomains = new Map(after.domains.map((d) => [d.key, d]));
  const oldCriteria = criteriaOf(before);
  const newCriteria = criteriaOf(after);
  const oldByKey = new Map(oldCriteria.map((p) => [p.criterion.key, p]));
  const newByKey = new Map(newCriteria.map((p) => [p.criterion.key, p]));

  const domainsAdded = after.domains
    .filter((d) => !oldDomains.has(d.key))
    .map((d) => ({ domainKey: d.key, title: d.title, description: `New area ${d.number}: ${quote(d.title)}.` }));
  const domainsRetired = before.domains
    .filter((d) => !newDomains.has(d.key))
    .map((d) => ({ domainKey: d.key, title: d.title, description: `Area ${quote(d.title)} is no longer in the canvas.` }));
  const domainsRenamed = after.domains.flatMap((d) => {
    const old = oldDomains.get(d.key);
    return old && old.title !== d.title
      ? [{ domainKey: d.key, titleBefore: old.title, titleAfter: d.title, description: `Area ${quote(old.title)} is now called ${quote(d.title)}.` }]
      : [];
  });

  // Who takes over each retired key, from the new version's mappings.
  const takenOverBy = new Map<string, { placed: Placed; note?: string }[]>();
  for (const placed of newCriteria) {
    for (const mapping of placed.criterion.replaces ?? []) {
      if (newByKey.has(mapping.key)) continue;
      const list = takenOverBy.get(mapping.key) ?? [];
      list.push({ placed, ...(mapping.note !== undefined ? { note: mapping.note } : {}) });
      takenOverBy.set(mapping.key, list);
    }
  }
  const retiredKeysOf = (c: Criterion) => (c.replaces ?? []).map((m) => m.key).filter((k) => oldByKey.has(k) && !newByKey.has(k));
  const isRename = (c: Criterion): boolean => {
    const keys = retiredKeysOf(c);
    return keys.length === 1 && (c.replaces ?? []).length === 1 && takenOverBy.get(keys[0])?.length === 1;
  };

  const criteriaAdded: CriterionAdded[] = [];
  const criteriaRenamed: CriterionRenamed[] = [];
  for (const { domain, criterion } of newCriteria) {
    if (oldByKey.has(criterion.key)) continue;
    const mapping = (criterion.replaces ?? [])[0];
    const old = mapping ? oldByKey.get(mapping.key)?.criterion : undefined;
    if (old && isRename(criterion)) {
      criteriaRenamed.push({
        criterionKey: criterion.key,
        previousKey: old.key,
        domainKey: domain.key,
        statementBefore: old.statement,
        statementAfter: criterion.statement,
        ...(mapping.note !== undefined ? { note: mapping.note } : {}),
        description:
          stop(`${old.key} is now ${criterion.key}: ${quote(criterion.statement)}${old.statement.trim() !== criterion.statement.trim() ? ` (was ${quote(old.statement)})` : ''}`) +
          (mapping.note ? ` ${mapping.note.trim()}` : ''),
      });
      continue;
    }
    const replaces = retiredKeysOf(criterion);
    criteriaAdded.push({
      criterionKey: criterion.key,
      domainKey: domain.key,
      statement: criterion.statement,
      replaces,
      description:
        replaces.length > 0
          ? `New criterion in ${quote(domain.title)}, taking over from ${andList(replaces)}: ${quote(criterion.statement)}`
          : `New criterion in ${quote(domain.title)}: ${quote(criterion.statement)}`,
    });
  }

  const criteriaRetired: CriterionRetired[] = [];
  for (const { domain, criterion } of oldCriteria) {
    if (newByKey.has(criterion.key)) continue;
    const by = takenOverBy.get(criterion.key) ?? [];
    if (by.length === 1 && isRename(by[0].placed.criterion)) continue;
    const kind: RetirementKind = by.length > 1 ? 'SPLIT' : 'MERGED';
    const replacedBy = by.map(({ placed, note }) => ({ criterionKey: placed.criterion.key, statement: placed.criterion.statement, ...(note !== undefined ? { note } : {}) }));
    const targets = andList(replacedBy.map((r) => r.criterionKey));
    criteriaRetired.push({
      criterionKey: criterion.key,
      domainKey: domain.key,
      statement: criterion.statement,
      kind,
      replacedBy,
      description:
        by.length === 0
          ? stop(`${criterion.key} is retired and nothing takes it over: ${quote(criterion.statement)}`)
          : kind === 'SPLIT'
            ? stop(`${criterion.key} is split into ${targets}: ${quote(criterion.statement)}`)
            : stop(`${criterion.key} is merged into ${targets}: ${quote(criterion.statement)}`),
    });
  }

  const criteriaReworded: CriterionReworded[] = [];
  const levelsChanged: LevelsChanged[] = [];
  for (const { domain, criterion } of newCriteria) {
    const old = oldByKey.get(criterion.key)?.criterion;
    if (!old) continue;
    const parts: RewordedPart[] = [];
    if (old.statement !== criterion.statement) parts.push('statement');
    if (old.guidance !== criterion.guidance) parts.push('guidance');
    if (old.evidencePrompts.join('\n') !== criterion.evidencePrompts.join('\n')) parts.push('evidence prompts');
    if (parts.length > 0) {
      criteriaReworded.push({
        criterionKey: criterion.key,
        domainKey: domain.key,
        parts,
        statementBefore: old.statement,
        statementAfter: criterion.statement,
        description: stop(`${criterion.key}: new wording for its ${andList(parts)}${parts.includes('statement') ? `, now ${quote(criterion.statement)}` : ''}`),
      });
    }
    const levels = MATURITY_LEVELS.filter((l) => old.levels[l] !== criterion.levels[l]).map((level) => ({
      level,
      before: old.levels[level],
      after: criterion.levels[level],
    }));
    if (levels.length > 0) {
      const numbers = levels.map((l) => String(l.level));
      levelsChanged.push({
        criterionKey: criterion.key,
        domainKey: domain.key,
        statement: criterion.statement,
        levels,
        description: `${criterion.key}: what level${numbers.length > 1 ? 's' : ''} ${andList(numbers)} ${numbers.length > 1 ? 'look' : 'looks'} like has changed.`,
      });
    }
  }

  const scaleChanged = after.scale.flatMap((s) => {
    const old = before.scale.find((o) => o.level === s.level);
    if (!old || (old.label === s.label && old.meaning === s.meaning)) return [];
    return [
      {
        level: s.level,
        labelBefore: old.label,
        labelAfter: s.label,
        meaningBefore: old.meaning,
        meaningAfter: s.meaning,
        description: stop(`Level ${s.level} of the scale: ${quote(s.label)}${old.label !== s.label ? ` (was ${quote(old.label)})` : ''}, ${quote(s.meaning)}`),
      },
    ];
  });

  const lists = [domainsAdded, domainsRenamed, domainsRetired, criteriaAdded, criteriaRenamed, criteriaRetired, criteriaReworded, levelsChanged, scaleChanged];
  return {
    fromVersion: before.version,
    toVersion: after.version,
    domainsAdded,
    domainsRenamed,
    domainsRetired,
    criteriaAdded,
    criteriaRenamed,
    criteriaRetired,
    criteriaReworded,
    levelsChanged,
    scaleChanged,
    unchanged: lists.every((l) => l.length === 0),
  };
}
