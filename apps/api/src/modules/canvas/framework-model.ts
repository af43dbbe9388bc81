import { CanvasFramework, MATURITY_LEVELS, recommendationById } from '@idt/domain';
import { FrameworkRecord } from './canvas.types';
import { CanvasFrameworkModel } from './models/canvas-framework.model';

/** The framework's JSON document as the GraphQL types present it (levels as a list, recommendations resolved). */
export function toFrameworkModel({ id, status, definition, publishedAt }: FrameworkRecord): CanvasFrameworkModel {
  const framework: CanvasFramework = definition;
  const labelOf = (level: number) => framework.scale.find((s) => s.level === level)?.label ?? String(level);
  const sources = (refs: CanvasFramework['domains'][number]['sources']) =>
    refs.map((ref) => ({ seed: ref.seed, section: ref.section, note: ref.note ?? null }));
  return {
    id,
    status,
    publishedAt: publishedAt ?? null,
    key: framework.key,
    version: framework.version,
    title: framework.title,
    scale: framework.scale.map((s) => ({ ...s })),
    domains: framework.domains.map((domain) => ({
      key: domain.key,
      number: domain.number,
      title: domain.title,
      summary: domain.summary,
      coachingTopics: [...domain.coachingTopics],
      sources: sources(domain.sources),
      recommendations: domain.recommendations.map((rid) => {
        const r = recommendationById(rid);
        return { id: r.id, audience: r.audience, title: r.title, summary: r.summary };
      }),
      quickCheck: domain.quickCheck.map((q) => ({ key: q.key, statement: q.statement })),
      criteria: domain.criteria.map((c) => ({
        key: c.key,
        statement: c.statement,
        guidance: c.guidance,
        evidencePrompts: [...c.evidencePrompts],
        sources: sources(c.sources),
        levels: MATURITY_LEVELS.map((level) => ({ level, label: labelOf(level), descriptor: c.levels[level] })),
      })),
    })),
  };
}
