/**
 * The shape of a canvas document as the released migrations stored it (a copy of the domain package's
 * `CanvasFramework` at the time, so that the migrations import no live code: docs/decisions/0021). Never edit.
 */

export interface FrozenSourceRef {
  readonly seed: string;
  readonly section: string;
  readonly note?: string;
}

export interface FrozenCriterion {
  readonly key: string;
  readonly statement: string;
  readonly guidance: string;
  readonly evidencePrompts: readonly string[];
  readonly levels: Readonly<Record<string, string>>;
  readonly sources: readonly FrozenSourceRef[];
}

export interface FrozenQuickCheckQuestion {
  readonly key: string;
  readonly statement: string;
  readonly sources: readonly FrozenSourceRef[];
}

export interface FrozenCanvasDomain {
  readonly key: string;
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly FrozenSourceRef[];
  readonly recommendations: readonly string[];
  readonly coachingTopics: readonly string[];
  readonly criteria: readonly FrozenCriterion[];
  readonly quickCheck: readonly FrozenQuickCheckQuestion[];
}

export interface FrozenCanvas {
  readonly key: string;
  readonly version: number;
  readonly title: string;
  readonly publishedOn?: string;
  readonly scale: readonly { readonly level: number; readonly label: string; readonly meaning: string }[];
  readonly domains: readonly FrozenCanvasDomain[];
}
