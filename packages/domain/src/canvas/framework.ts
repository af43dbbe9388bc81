import type { RecommendationId } from './recommendations';
import { SOURCE_DOCUMENTS } from './sources';

/**
 * The shape of an IDT Canvas framework: the self-assessment that seed 001 calls "a mechanism through which ICSs can
 * self assess, track and review progress". A framework is versioned and, once published, never changes: every
 * assessment records the version it was made against, and criteria are compared across versions by their `key`,
 * so a key, once published, keeps its meaning for good.
 */

/** The five source documents every part of the canvas must be traceable to (titles in `sources.ts`). */
export const SEEDS = SOURCE_DOCUMENTS;
export type SeedId = (typeof SEEDS)[number]['id'];

/**
 * Where in a seed something comes from. `section` is the seed's own numbering where it has one (`§4.4`), else the
 * heading it sits under (`Definitions`). Seed 003 numbers two sections 2.2 and two 3.4.1, so for those the heading
 * follows the number.
 */
export interface SourceRef {
  readonly seed: SeedId;
  readonly section: string;
  /** What exactly is taken from there, when the section alone would not say. */
  readonly note?: string;
}

export const MATURITY_LEVELS = [1, 2, 3, 4, 5] as const;
export type MaturityLevel = (typeof MATURITY_LEVELS)[number];

export interface MaturityScaleLevel {
  readonly level: MaturityLevel;
  readonly label: string;
  /** What the level means for any criterion; each criterion also says what it means for that criterion. */
  readonly meaning: string;
}

/** "Where are we now": one scale for every criterion, so scores can be added up and compared. */
export const MATURITY_SCALE: readonly MaturityScaleLevel[] = [
  { level: 1, label: 'Not started', meaning: 'Nothing is in place yet, or there are only intentions.' },
  {
    level: 2,
    label: 'Emerging',
    meaning: 'First steps in a few places, usually led by committed individuals, not yet planned or joined up.',
  },
  {
    level: 3,
    label: 'Developing',
    meaning: 'Planned work is under way in parts of the system and is starting to show results.',
  },
  {
    level: 4,
    label: 'Established',
    meaning: 'Consistent practice across most of the system, owned by leaders and partners.',
  },
  {
    level: 5,
    label: 'Embedded',
    meaning: 'It is how things are done here: sustained, reviewed and improved, and shared with others.',
  },
];

/** A level of the maturity scale as the canvas names it: "3 – Developing" (the number alone for no level of the scale). */
export function levelLabel(level: number): string {
  const scale = MATURITY_SCALE.find((s) => s.level === level);
  return scale ? `${level} – ${scale.label}` : String(level);
}

/** A statement of good practice that an ICS assesses itself against, with what each level looks like for it. */
export interface Criterion {
  /** Stable across versions, kebab-case, namespaced by its domain: `co-design.principles-applied`. */
  readonly key: string;
  readonly statement: string;
  /** Why it matters and what good looks like, in a few sentences. */
  readonly guidance: string;
  /** Questions that help an ICS find its evidence; 1 to 4. */
  readonly evidencePrompts: readonly string[];
  /** A descriptor written for this criterion at every level of the scale. */
  readonly levels: Readonly<Record<MaturityLevel, string>>;
  readonly sources: readonly SourceRef[];
  /**
   * The criteria of the version before that this one takes over (a rename, a split or a merge): data in the NEW
   * version, so the version before, once published, never changes. Every key of the version before that this version
   * no longer has must be named by some criterion here (`mappingProblems`); absent when the criterion replaces nothing.
   */
  readonly replaces?: readonly CriterionMapping[];
}

/** One criterion of the version before that a criterion takes over. */
export interface CriterionMapping {
  /** The key of the criterion in the version before; it must not be a key of this version (a key keeps its meaning). */
  readonly key: string;
  /** Why, in a sentence a programme lead can read: "Split: devices and connectivity are now assessed apart." */
  readonly note?: string;
}

/**
 * How a framework's criteria read in the terms of another framework (canvas v2: NHS England's "Inclusive digital
 * healthcare: a framework for NHS action on digital inclusion", 2023), so an ICS can see its result in those terms.
 * Data, not code: every criterion names the other framework's domains it bears on.
 */
export interface Crosswalk {
  /** The other framework's title, publisher and year, as a reader would cite it. */
  readonly title: string;
  readonly publisher: string;
  readonly year: number;
  /** Its domains, in its own order; `key` is kebab-case and ours, `title` its own words. */
  readonly domains: readonly CrosswalkDomain[];
  /** For every criterion of the framework, the other framework's domains it bears on (one or more). */
  readonly criteria: readonly CrosswalkLink[];
}

export interface CrosswalkDomain {
  readonly key: string;
  readonly title: string;
}

export interface CrosswalkLink {
  readonly criterion: string;
  /** Keys of `Crosswalk.domains`; a criterion counts in full in each domain it names. */
  readonly domains: readonly string[];
}

/** The Key Lines of Enquiry style of seed 003 §3.2.2: a statement an ICS agrees with, partially or not at all. */
export interface QuickCheckQuestion {
  /** Stable across versions, namespaced by its domain like a criterion's key. */
  readonly key: string;
  readonly statement: string;
  readonly sources: readonly SourceRef[];
}

export const QUICK_CHECK_ANSWERS = ['AGREE', 'PARTIALLY_AGREE', 'DISAGREE'] as const;
export type QuickCheckAnswer = (typeof QUICK_CHECK_ANSWERS)[number];

export const QUICK_CHECK_ANSWER_LABELS: Readonly<Record<QuickCheckAnswer, string>> = {
  AGREE: 'Agree',
  PARTIALLY_AGREE: 'Partially agree',
  DISAGREE: 'Disagree',
};

/** One area of the canvas (one page of the assessment form). */
export interface CanvasDomain {
  /** Stable across versions, kebab-case: `co-design`. */
  readonly key: string;
  /** Its place in the framework, 1..n in order. */
  readonly number: number;
  readonly title: string;
  readonly summary: string;
  readonly sources: readonly SourceRef[];
  /** Seed 003's recommendations that help an ICS move up in this domain (used by the learning programme). */
  readonly recommendations: readonly RecommendationId[];
  /** What a coach can work on with an ICS that is weak here, in group sessions or one to one. */
  readonly coachingTopics: readonly string[];
  readonly criteria: readonly Criterion[];
  readonly quickCheck: readonly QuickCheckQuestion[];
}

export interface CanvasFramework {
  readonly key: 'idt-canvas';
  readonly version: number;
  readonly title: string;
  /** ISO date (YYYY-MM-DD) the version was published; absent while it is still a draft. */
  readonly publishedOn?: string;
  readonly scale: readonly MaturityScaleLevel[];
  readonly domains: readonly CanvasDomain[];
  /** The framework read in another framework's terms; absent in v1. */
  readonly crosswalk?: Crosswalk;
}
