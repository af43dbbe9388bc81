import { CanvasFramework, MATURITY_LEVELS, SEEDS, SourceRef } from './framework';
import { Recommendation, RECOMMENDATIONS } from './recommendations';

/**
 * Everything wrong with a framework, in plain words, or `[]` when there is nothing. Run on the shipped versions by
 * their tests, and before an admin publishes a version, because a published version can never be corrected: every
 * assessment made against it would point at the mistake.
 *
 * `recommendations` defaults to seed 003's list; it is a parameter only so that tests can vary it.
 */
export function frameworkProblems(
  framework: CanvasFramework,
  recommendations: readonly Pick<Recommendation, 'id'>[] = RECOMMENDATIONS,
): string[] {
  const problems: string[] = [];
  const problem = (message: string) => problems.push(message);
  const text = (where: string, field: string, value: unknown) => {
    if (typeof value !== 'string' || value.trim() === '') problem(`${where}: ${field} is empty`);
  };
  const sources = (where: string, refs: readonly SourceRef[]) => {
    if (refs.length === 0) problem(`${where}: has no sources`);
    refs.forEach((ref, i) => {
      if (!SEEDS.some((s) => s.id === ref.seed)) problem(`${where}: source ${i + 1} cites unknown seed "${ref.seed}"`);
      text(where, `source ${i + 1} section`, ref.section);
      if (ref.note !== undefined) text(where, `source ${i + 1} note`, ref.note);
    });
  };
  /** A key namespaced by its domain: `domain-key.kebab-case-words`. */
  const namespacedKey = (where: string, key: string, domainKey: string) => {
    text(where, 'key', key);
    if (key.trim() === '' || domainKey.trim() === '') return;
    if (!key.startsWith(`${domainKey}.`)) problem(`${where}: key must start with "${domainKey}."`);
    else if (!KEBAB_CASE.test(key.slice(domainKey.length + 1))) {
      problem(`${where}: key must be kebab-case after "${domainKey}."`);
    }
  };
  const duplicate = (seen: Set<string>, key: string, what: string) => {
    if (key.trim() === '') return;
    if (seen.has(key)) problem(`duplicate ${what} key "${key}"`);
    seen.add(key);
  };

  text('framework', 'title', framework.title);
  if (!Number.isInteger(framework.version) || framework.version < 1) {
    problem(`framework: version ${framework.version} is not a whole number from 1`);
  }
  if (framework.publishedOn !== undefined && !isIsoDate(framework.publishedOn)) {
    problem(`framework: publishedOn "${framework.publishedOn}" is not a date (YYYY-MM-DD)`);
  }

  if (framework.scale.map((s) => s.level).join() !== MATURITY_LEVELS.join()) {
    problem(`scale: must list levels ${MATURITY_LEVELS.join(', ')} in order`);
  }
  for (const step of framework.scale) {
    text(`scale level ${step.level}`, 'label', step.label);
    text(`scale level ${step.level}`, 'meaning', step.meaning);
  }

  if (framework.domains.length === 0) problem('framework: has no domains');
  const knownRecommendations = new Set<string>(recommendations.map((r) => r.id));
  const domainKeys = new Set<string>();
  const criterionKeys = new Set<string>();
  const quickCheckKeys = new Set<string>();

  framework.domains.forEach((domain, index) => {
    const where = `domain "${domain.key}"`;
    text(where, 'key', domain.key);
    if (domain.key.trim() !== '' && !KEBAB_CASE.test(domain.key)) problem(`${where}: key must be kebab-case`);
    duplicate(domainKeys, domain.key, 'domain');
    if (domain.number !== index + 1) {
      problem(`${where}: numbered ${domain.number}, expected ${index + 1} (domains are numbered 1..n in order)`);
    }
    text(where, 'title', domain.title);
    text(where, 'summary', domain.summary);
    sources(where, domain.sources);

    const listed = new Set<string>();
    for (const id of domain.recommendations) {
      if (!knownRecommendations.has(id)) problem(`${where}: unknown recommendation "${id}"`);
      else if (listed.has(id)) problem(`${where}: recommendation "${id}" is listed twice`);
      listed.add(id);
    }
    domain.coachingTopics.forEach((topic, i) => text(where, `coaching topic ${i + 1}`, topic));

    const count = domain.criteria.length;
    if (count < 2 || count > 4) {
      problem(`${where}: has ${count} ${count === 1 ? 'criterion' : 'criteria'}, expected 2 to 4`);
    }
    if (domain.quickCheck.length > 2) {
      problem(`${where}: has ${domain.quickCheck.length} quick-check questions, expected 0 to 2`);
    }

    for (const criterion of domain.criteria) {
      const at = `criterion "${criterion.key}"`;
      namespacedKey(at, criterion.key, domain.key);
      duplicate(criterionKeys, criterion.key, 'criterion');
      text(at, 'statement', criterion.statement);
      text(at, 'guidance', criterion.guidance);
      const prompts = criterion.evidencePrompts.length;
      if (prompts < 1 || prompts > 4) problem(`${at}: has ${prompts} evidence prompts, expected 1 to 4`);
      criterion.evidencePrompts.forEach((prompt, i) => text(at, `evidence prompt ${i + 1}`, prompt));
      for (const level of MATURITY_LEVELS) {
        const descriptor: unknown = criterion.levels[level];
        if (typeof descriptor !== 'string' || descriptor.trim() === '') {
          problem(`${at}: level ${level} has no descriptor`);
        }
      }
      sources(at, criterion.sources);
    }

    for (const question of domain.quickCheck) {
      const at = `quick-check "${question.key}"`;
      namespacedKey(at, question.key, domain.key);
      duplicate(quickCheckKeys, question.key, 'quick-check');
      text(at, 'statement', question.statement);
      sources(at, question.sources);
    }
  });

  // Responses to criteria and to quick-check questions may be stored side by side, keyed by these keys.
  for (const key of quickCheckKeys) {
    if (criterionKeys.has(key)) problem(`quick-check "${key}": key is also a criterion key`);
  }
  return problems;
}

const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}
