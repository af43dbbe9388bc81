import { FrozenCanvas } from './canvas-document';

/**
 * The check `CanvasV1Wording1763900000000` ran when it was released (the domain package's `wordingErratumProblems`
 * at commit 1ab5cd2), frozen with it (docs/decisions/0021). Never edit.
 *
 * A published framework never changes in meaning. Its wording may be corrected (an erratum: "seed 003" named by the
 * report's title), but only if everything that gives it meaning stays as it was: version, keys, numbering, the scale's
 * levels, each criterion's levels, the recommendations and the documents and sections it cites. This is that skeleton.
 */
function skeleton(framework: FrozenCanvas): unknown {
  const refs = (sources: FrozenCanvas['domains'][number]['sources']) => sources.map((s) => [s.seed, s.section]);
  return {
    key: framework.key,
    version: framework.version,
    scale: framework.scale.map((s) => s.level),
    domains: framework.domains.map((d) => ({
      key: d.key,
      number: d.number,
      sources: refs(d.sources),
      recommendations: [...d.recommendations],
      coachingTopics: d.coachingTopics.length,
      criteria: d.criteria.map((c) => ({ key: c.key, levels: Object.keys(c.levels), prompts: c.evidencePrompts.length, sources: refs(c.sources) })),
      quickCheck: d.quickCheck.map((q) => ({ key: q.key, sources: refs(q.sources) })),
    })),
  };
}

/** Why `corrected` is not a wording-only correction of `published` (empty when it is). */
export function wordingErratumProblems(published: FrozenCanvas, corrected: FrozenCanvas): string[] {
  const a = skeleton(published) as { domains: unknown[] } & Record<string, unknown>;
  const b = skeleton(corrected) as { domains: unknown[] } & Record<string, unknown>;
  const problems: string[] = [];
  for (const field of ['key', 'version', 'scale'] as const) {
    if (JSON.stringify(a[field]) !== JSON.stringify(b[field])) problems.push(`the ${field} differs`);
  }
  if (a.domains.length !== b.domains.length) problems.push('the number of domains differs');
  a.domains.forEach((d, i) => {
    if (JSON.stringify(d) !== JSON.stringify(b.domains[i])) problems.push(`domain ${i + 1} differs in more than wording`);
  });
  return problems;
}
