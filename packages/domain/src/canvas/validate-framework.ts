import { CanvasFramework, Crosswalk, MATURITY_LEVELS, SEEDS, SourceRef } from './framework';
import { Recommendation, RECOMMENDATIONS } from './recommendations';
import { isCycleDate } from '../cycle/dates';

/**
 * One thing wrong with a framework: a stable upper-snake `code`, the `field` it is about (a path into the framework
 * document, such as `domains[2].criteria[0].key`), a plain-English `message`, and, when it was read from a document,
 * the `line` of that field (`parseFrameworkDocument` adds it).
 */
export interface FrameworkProblem {
  readonly code: string;
  readonly field: string;
  readonly line?: number;
  readonly message: string;
}

/**
 * Everything wrong with a framework, or `[]` when there is nothing. Run on the shipped versions by their tests, on
 * every imported document (`parseFrameworkDocument`), and before an admin publishes a version, because a published
 * version can never be corrected: every assessment made against it would point at the mistake. The one place the
 * rules of a single framework are written; the rules between two versions are `mappingProblems`.
 *
 * `recommendations` defaults to seed 003's list; it is a parameter only so that tests can vary it.
 */
export function frameworkProblems(
  framework: CanvasFramework,
  recommendations: readonly Pick<Recommendation, 'id'>[] = RECOMMENDATIONS,
): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  const problem = (code: string, field: string, message: string) => problems.push({ code, field, message });
  const text = (where: string, path: string, name: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problem('EMPTY_TEXT', path, `${where}: ${name} is empty`);
  };
  const sources = (where: string, path: string, refs: readonly SourceRef[]) => {
    if (refs.length === 0) problem('NO_SOURCES', `${path}.sources`, `${where}: has no sources`);
    refs.forEach((ref, i) => {
      const at = `${path}.sources[${i}]`;
      if (!SEEDS.some((s) => s.id === ref.seed)) {
        problem('UNKNOWN_SOURCE', `${at}.seed`, `${where}: source ${i + 1} cites unknown seed "${ref.seed}"`);
      }
      text(where, `${at}.section`, `source ${i + 1} section`, ref.section);
      if (ref.note !== undefined) text(where, `${at}.note`, `source ${i + 1} note`, ref.note);
    });
  };
  /** A key namespaced by its domain: `domain-key.kebab-case-words`. */
  const namespacedKey = (where: string, path: string, key: string, domainKey: string) => {
    text(where, path, 'key', key);
    if (key.trim() === '' || domainKey.trim() === '') return;
    if (!key.startsWith(`${domainKey}.`)) problem('KEY_OUTSIDE_DOMAIN', path, `${where}: key must start with "${domainKey}."`);
    else if (!KEBAB_CASE.test(key.slice(domainKey.length + 1))) {
      problem('KEY_NOT_KEBAB_CASE', path, `${where}: key must be kebab-case after "${domainKey}."`);
    }
  };
  const duplicate = (seen: Set<string>, path: string, key: string, what: string) => {
    if (key.trim() === '') return;
    if (seen.has(key)) problem('DUPLICATE_KEY', path, `duplicate ${what} key "${key}"`);
    seen.add(key);
  };

  text('framework', 'title', 'title', framework.title);
  if (!Number.isInteger(framework.version) || framework.version < 1) {
    problem('INVALID_VERSION', 'version', `framework: version ${framework.version} is not a whole number from 1`);
  }
  if (framework.publishedOn !== undefined && !isIsoDate(framework.publishedOn)) {
    problem('INVALID_DATE', 'publishedOn', `framework: publishedOn "${framework.publishedOn}" is not a date (YYYY-MM-DD)`);
  }

  if (framework.scale.map((s) => s.level).join() !== MATURITY_LEVELS.join()) {
    problem('SCALE_LEVELS', 'scale', `scale: must list levels ${MATURITY_LEVELS.join(', ')} in order`);
  }
  framework.scale.forEach((step, i) => {
    text(`scale level ${step.level}`, `scale[${i}].label`, 'label', step.label);
    text(`scale level ${step.level}`, `scale[${i}].meaning`, 'meaning', step.meaning);
  });

  if (framework.domains.length === 0) problem('NO_DOMAINS', 'domains', 'framework: has no domains');
  const knownRecommendations = new Set<string>(recommendations.map((r) => r.id));
  const domainKeys = new Set<string>();
  const criterionKeys = new Set<string>();
  /** Where each criterion key is first, as a person counts: "1.2" (its domain's place, then its own). */
  const criterionPlaces = new Map<string, string>();
  const quickCheckKeys = new Map<string, string>();

  framework.domains.forEach((domain, index) => {
    const where = `domain "${domain.key}"`;
    const path = `domains[${index}]`;
    text(where, `${path}.key`, 'key', domain.key);
    if (domain.key.trim() !== '' && !KEBAB_CASE.test(domain.key)) problem('KEY_NOT_KEBAB_CASE', `${path}.key`, `${where}: key must be kebab-case`);
    duplicate(domainKeys, `${path}.key`, domain.key, 'domain');
    if (domain.number !== index + 1) {
      problem('DOMAIN_NUMBER', `${path}.number`, `${where}: numbered ${domain.number}, expected ${index + 1} (domains are numbered 1..n in order)`);
    }
    text(where, `${path}.title`, 'title', domain.title);
    text(where, `${path}.summary`, 'summary', domain.summary);
    sources(where, path, domain.sources);

    const listed = new Set<string>();
    domain.recommendations.forEach((id, i) => {
      const at = `${path}.recommendations[${i}]`;
      if (!knownRecommendations.has(id)) problem('UNKNOWN_RECOMMENDATION', at, `${where}: unknown recommendation "${id}"`);
      else if (listed.has(id)) problem('DUPLICATE_RECOMMENDATION', at, `${where}: recommendation "${id}" is listed twice`);
      listed.add(id);
    });
    domain.coachingTopics.forEach((topic, i) => text(where, `${path}.coachingTopics[${i}]`, `coaching topic ${i + 1}`, topic));

    const count = domain.criteria.length;
    if (count < 2 || count > 4) {
      problem('CRITERIA_COUNT', `${path}.criteria`, `${where}: has ${count} ${count === 1 ? 'criterion' : 'criteria'}, expected 2 to 4`);
    }
    if (domain.quickCheck.length > 2) {
      problem('QUICK_CHECK_COUNT', `${path}.quickCheck`, `${where}: has ${domain.quickCheck.length} quick-check questions, expected 0 to 2`);
    }

    domain.criteria.forEach((criterion, c) => {
      const at = `criterion "${criterion.key}"`;
      const cPath = `${path}.criteria[${c}]`;
      namespacedKey(at, `${cPath}.key`, criterion.key, domain.key);
      const place = `${index + 1}.${c + 1}`;
      const first = criterionPlaces.get(criterion.key);
      if (first !== undefined && criterion.key.trim() !== '') {
        problem('DUPLICATE_KEY', `${cPath}.key`, `criterion ${place} has the same key as criterion ${first}, "${criterion.key}": give each criterion its own key`);
      } else criterionPlaces.set(criterion.key, place);
      criterionKeys.add(criterion.key);
      text(at, `${cPath}.statement`, 'statement', criterion.statement);
      text(at, `${cPath}.guidance`, 'guidance', criterion.guidance);
      const prompts = criterion.evidencePrompts.length;
      if (prompts < 1 || prompts > 4) {
        problem('EVIDENCE_PROMPT_COUNT', `${cPath}.evidencePrompts`, `${at}: has ${prompts} evidence prompts, expected 1 to 4`);
      }
      criterion.evidencePrompts.forEach((prompt, i) => text(at, `${cPath}.evidencePrompts[${i}]`, `evidence prompt ${i + 1}`, prompt));
      for (const level of MATURITY_LEVELS) {
        const descriptor: unknown = criterion.levels[level];
        if (typeof descriptor !== 'string' || descriptor.trim() === '') {
          problem('MISSING_LEVEL_DESCRIPTOR', `${cPath}.levels.${level}`, `${at}: level ${level} has no descriptor`);
        }
      }
      sources(at, cPath, criterion.sources);
      const replaced = new Set<string>();
      (criterion.replaces ?? []).forEach((mapping, i) => {
        const mPath = `${cPath}.replaces[${i}]`;
        text(at, `${mPath}.key`, `replaced criterion ${i + 1} key`, mapping.key);
        if (mapping.note !== undefined) text(at, `${mPath}.note`, `replaced criterion ${i + 1} note`, mapping.note);
        if (replaced.has(mapping.key)) problem('DUPLICATE_MAPPING', `${mPath}.key`, `${at}: replaces "${mapping.key}" twice`);
        replaced.add(mapping.key);
      });
    });

    domain.quickCheck.forEach((question, q) => {
      const at = `quick-check "${question.key}"`;
      const qPath = `${path}.quickCheck[${q}]`;
      namespacedKey(at, `${qPath}.key`, question.key, domain.key);
      if (question.key.trim() !== '' && quickCheckKeys.has(question.key)) {
        problem('DUPLICATE_KEY', `${qPath}.key`, `duplicate quick-check key "${question.key}"`);
      } else quickCheckKeys.set(question.key, `${qPath}.key`);
      text(at, `${qPath}.statement`, 'statement', question.statement);
      sources(at, qPath, question.sources);
    });
  });

  // Responses to criteria and to quick-check questions may be stored side by side, keyed by these keys.
  for (const [key, path] of quickCheckKeys) {
    if (criterionKeys.has(key)) problem('KEY_CLASH', path, `quick-check "${key}": key is also a criterion key`);
  }

  // A mapped key is gone from this version: a key keeps its meaning for good, so it cannot be both kept and replaced.
  framework.domains.forEach((domain, d) =>
    domain.criteria.forEach((criterion, c) =>
      (criterion.replaces ?? []).forEach((mapping, i) => {
        if (criterionKeys.has(mapping.key)) {
          problem(
            'MAPPING_TO_KEPT_KEY',
            `domains[${d}].criteria[${c}].replaces[${i}].key`,
            `criterion "${criterion.key}": replaces "${mapping.key}", which this version still has (a kept key keeps its meaning; give the parts new keys)`,
          );
        }
      }),
    ),
  );

  if (framework.crosswalk !== undefined) crosswalkProblems(framework.crosswalk, criterionKeys, problem);
  return problems;
}

/**
 * Everything wrong with a version, on its own (`frameworkProblems`) and against the version before when given
 * (`mappingProblems`), each mistake said once: what an imported document and a draft about to be published are checked
 * with. Two criteria with one key is one mistake with three symptoms (the key twice; a key of the version before, or of
 * the crosswalk, that no criterion has any more, because a criterion lost it): those keys are named in the duplicate's
 * problem, as the key the criterion may have been meant to keep, instead of as problems of their own. Once every
 * criterion has its own key, the next check reports any that is really missing.
 */
export function versionProblems(
  framework: CanvasFramework,
  previous?: CanvasFramework,
  recommendations: readonly Pick<Recommendation, 'id'>[] = RECOMMENDATIONS,
): FrameworkProblem[] {
  const problems = [...frameworkProblems(framework, recommendations), ...(previous ? mappingProblems(previous, framework) : [])];
  const duplicates = problems.filter((p) => p.code === 'DUPLICATE_KEY' && CRITERION_KEY_FIELD.test(p.field));
  if (duplicates.length === 0) return problems;
  const keys = new Set(framework.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  const mapped = new Set(framework.domains.flatMap((d) => d.criteria.flatMap((c) => (c.replaces ?? []).map((m) => m.key))));
  const lostFromPrevious = (previous?.domains ?? []).flatMap((d) => d.criteria.map((c) => c.key)).filter((k) => !keys.has(k) && !mapped.has(k));
  const lostFromCrosswalk = (framework.crosswalk?.criteria ?? []).map((l) => l.criterion).filter((k) => k.trim() !== '' && !keys.has(k));
  const lost = [...new Set([...lostFromPrevious, ...lostFromCrosswalk])];
  if (lost.length === 0) return problems;
  const whose = (key: string) =>
    [lostFromPrevious.includes(key) && previous ? `version ${previous.version} had it` : null, lostFromCrosswalk.includes(key) ? 'the crosswalk names it' : null]
      .filter((w): w is string => w !== null)
      .join(' and ');
  const hint =
    lost.length === 1
      ? `. No criterion has "${lost[0]}" (${whose(lost[0])}): if this criterion is that one, give it that key back`
      : `. No criterion has ${lost.map((k) => `"${k}" (${whose(k)})`).join(' or ')}: if this criterion is one of them, give it that key back`;
  return problems
    .filter((p) => p.code !== 'UNMAPPED_CRITERION' && p.code !== 'UNKNOWN_CRITERION')
    .map((p) => (duplicates.includes(p) ? { ...p, message: `${p.message}${hint}` } : p));
}

const CRITERION_KEY_FIELD = /^domains\[\d+\]\.criteria\[\d+\]\.key$/;

/** The messages alone, in the order found: what `frameworkProblems` returned before problems had codes and fields. */
export function frameworkProblemMessages(
  framework: CanvasFramework,
  recommendations: readonly Pick<Recommendation, 'id'>[] = RECOMMENDATIONS,
): string[] {
  return frameworkProblems(framework, recommendations).map((p) => p.message);
}

function crosswalkProblems(
  crosswalk: Crosswalk,
  criterionKeys: ReadonlySet<string>,
  problem: (code: string, field: string, message: string) => void,
): void {
  const empty = (path: string, name: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problem('EMPTY_TEXT', path, `crosswalk: ${name} is empty`);
  };
  empty('crosswalk.title', 'title', crosswalk.title);
  empty('crosswalk.publisher', 'publisher', crosswalk.publisher);
  if (!Number.isInteger(crosswalk.year) || crosswalk.year < 1900) {
    problem('INVALID_YEAR', 'crosswalk.year', `crosswalk: year ${crosswalk.year} is not a year`);
  }
  if (crosswalk.domains.length === 0) problem('NO_DOMAINS', 'crosswalk.domains', 'crosswalk: has no domains');
  const domainKeys = new Set<string>();
  crosswalk.domains.forEach((domain, i) => {
    const path = `crosswalk.domains[${i}]`;
    empty(`${path}.key`, `domain ${i + 1} key`, domain.key);
    if (domain.key.trim() !== '' && !KEBAB_CASE.test(domain.key)) {
      problem('KEY_NOT_KEBAB_CASE', `${path}.key`, `crosswalk: domain key "${domain.key}" must be kebab-case`);
    }
    if (domainKeys.has(domain.key)) problem('DUPLICATE_KEY', `${path}.key`, `crosswalk: duplicate domain key "${domain.key}"`);
    domainKeys.add(domain.key);
    empty(`${path}.title`, `domain ${i + 1} title`, domain.title);
  });
  const linked = new Set<string>();
  crosswalk.criteria.forEach((link, i) => {
    const path = `crosswalk.criteria[${i}]`;
    if (!criterionKeys.has(link.criterion)) {
      problem('UNKNOWN_CRITERION', `${path}.criterion`, `crosswalk: "${link.criterion}" is not a criterion of this version`);
    } else if (linked.has(link.criterion)) {
      problem('DUPLICATE_KEY', `${path}.criterion`, `crosswalk: criterion "${link.criterion}" is listed twice`);
    }
    linked.add(link.criterion);
    if (link.domains.length === 0) {
      problem('NO_CROSSWALK_DOMAIN', `${path}.domains`, `crosswalk: criterion "${link.criterion}" names no domain`);
    }
    const named = new Set<string>();
    link.domains.forEach((key, d) => {
      if (!domainKeys.has(key)) {
        problem('UNKNOWN_CROSSWALK_DOMAIN', `${path}.domains[${d}]`, `crosswalk: criterion "${link.criterion}" names unknown domain "${key}"`);
      } else if (named.has(key)) {
        problem('DUPLICATE_KEY', `${path}.domains[${d}]`, `crosswalk: criterion "${link.criterion}" names domain "${key}" twice`);
      }
      named.add(key);
    });
  });
  for (const key of criterionKeys) {
    if (!linked.has(key)) problem('CRITERION_NOT_IN_CROSSWALK', 'crosswalk.criteria', `crosswalk: criterion "${key}" is not mapped to any domain`);
  }
}

/**
 * What is wrong between a version and the one before it: the new version must be the next number, every criterion
 * key of the version before that the new one no longer has must be replaced by some criterion (so scores stay
 * comparable across versions, PRODUCT.md §2), a mapping may only name a key of the version before, and a criterion
 * that keeps its key cannot take over others (a key keeps its meaning for good).
 */
export function mappingProblems(previous: CanvasFramework, next: CanvasFramework): FrameworkProblem[] {
  const problems: FrameworkProblem[] = [];
  if (next.version !== previous.version + 1) {
    problems.push({
      code: 'VERSION_NOT_NEXT',
      field: 'version',
      message: `framework: version ${next.version} should be ${previous.version + 1}, the one after version ${previous.version}`,
    });
  }
  const before = new Set(previous.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  const after = new Set(next.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  const mapped = new Set<string>();
  next.domains.forEach((domain, d) =>
    domain.criteria.forEach((criterion, c) =>
      (criterion.replaces ?? []).forEach((mapping, i) => {
        mapped.add(mapping.key);
        if (i === 0 && before.has(criterion.key)) {
          problems.push({
            code: 'KEPT_KEY_REPLACES',
            field: `domains[${d}].criteria[${c}].replaces`,
            message: `criterion "${criterion.key}" keeps its key from version ${previous.version}, so it cannot take over other criteria: a criterion that takes over others means something new and needs a new key`,
          });
        }
        if (!before.has(mapping.key)) {
          problems.push({
            code: 'UNKNOWN_MAPPED_CRITERION',
            field: `domains[${d}].criteria[${c}].replaces[${i}].key`,
            message: `criterion "${criterion.key}": replaces "${mapping.key}", which is not a criterion of version ${previous.version}`,
          });
        }
      }),
    ),
  );
  previous.domains.forEach((domain, d) =>
    domain.criteria.forEach(({ key }, c) => {
      if (!after.has(key) && !mapped.has(key)) {
        problems.push({
          code: 'UNMAPPED_CRITERION',
          field: 'domains',
          message:
            `criterion ${d + 1}.${c + 1} of version ${previous.version}, "${key}", is not in version ${next.version}: give its key back to the ` +
            `criterion that carries it on, or list "${key}" under "replaces" in each criterion that takes it over`,
        });
      }
    }),
  );
  return problems;
}

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A real day written YYYY-MM-DD, years 0001–9999 (PostgreSQL refuses year 0000): the cycles' rule. */
const isIsoDate = (value: string): boolean => isCycleDate(value);
