import type { CanvasFramework, MaturityLevel } from '../canvas/framework';
import { isCycleDate } from '../cycle/dates';

/**
 * One answer to one criterion: "where are we now" (self-assessed level, or not assessed), "where we want to be" (target level
 * and date), the evidence, and how confident the ICS is in its level. The moderated level comes later, from review.
 */
export interface ResponseValues {
  readonly criterionKey: string;
  readonly selfLevel: MaturityLevel | null;
  readonly notAssessed: boolean;
  readonly targetLevel: MaturityLevel | null;
  /** ISO date (yyyy-mm-dd). */
  readonly targetDate: string | null;
  readonly evidence: string;
  readonly links: readonly string[];
  readonly confidence: Confidence | null;
}

export const CONFIDENCE_LEVELS = ['LOW', 'MEDIUM', 'HIGH'] as const;
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];
export const CONFIDENCE_LABELS: Readonly<Record<Confidence, string>> = { LOW: 'Low', MEDIUM: 'Medium', HIGH: 'High' };

export const RESPONSE_LIMITS = { evidenceMaxLength: 5000, linksMax: 10, linkMaxLength: 500 } as const;

/** A criterion counts as answered once it has a self-assessed level or is marked "not assessed". */
export const isAnswered = (r: Pick<ResponseValues, 'selfLevel' | 'notAssessed'> | undefined): boolean =>
  !!r && (r.notAssessed || r.selfLevel !== null);

export interface ResponseProblem {
  readonly criterionKey: string;
  readonly field: 'criterionKey' | 'selfLevel' | 'targetLevel' | 'targetDate' | 'evidence' | 'links';
  readonly message: string;
}

/**
 * A real calendar date written as ISO yyyy-mm-dd, years 0001–9999 (so "2027-02-30" is not one, nor "0000-01-01",
 * which JavaScript reads as 1 BC and PostgreSQL refuses). One rule with the cycles' dates (`isCycleDate`).
 */
export function isIsoDate(value: string): boolean {
  return isCycleDate(value);
}

/** A web address a person can follow: http or https, a host with a dot, no spaces. (No `URL` global: this is pure.) */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#@]+\.[^\s/?#@]+(?::\d+)?(?:[/?#]\S*)?$/i;

export function linkProblem(link: string): string | null {
  if (link.length > RESPONSE_LIMITS.linkMaxLength) return `Each link must be ${RESPONSE_LIMITS.linkMaxLength} characters or fewer`;
  if (!/^https?:\/\//i.test(link)) return 'Links must start with https:// or http://';
  if (!WEB_ADDRESS.test(link)) return `"${link.slice(0, 60)}" is not a web address`;
  return null;
}

/** Everything wrong with a set of answers for a framework; empty when they can be saved. */
export function responseProblems(framework: CanvasFramework, responses: readonly ResponseValues[]): ResponseProblem[] {
  const keys = new Set(framework.domains.flatMap((d) => d.criteria.map((c) => c.key)));
  const problems: ResponseProblem[] = [];
  const seen = new Set<string>();
  for (const r of responses) {
    const at = (field: ResponseProblem['field'], message: string) => problems.push({ criterionKey: r.criterionKey, field, message });
    if (!keys.has(r.criterionKey)) {
      at('criterionKey', `There is no criterion "${r.criterionKey.slice(0, 80)}" in this canvas`);
      continue;
    }
    if (seen.has(r.criterionKey)) at('criterionKey', 'Each criterion can be answered only once in a save');
    seen.add(r.criterionKey);
    if (r.selfLevel !== null && !isLevel(r.selfLevel)) at('selfLevel', 'Choose a level from 1 to 5');
    if (r.notAssessed && r.selfLevel !== null) at('selfLevel', 'Choose a level or "not assessed", not both');
    if (r.targetLevel !== null && !isLevel(r.targetLevel)) at('targetLevel', 'Choose a target level from 1 to 5');
    if (r.targetDate !== null && !isIsoDate(r.targetDate)) at('targetDate', 'Target date must be a real date');
    if (r.evidence.length > RESPONSE_LIMITS.evidenceMaxLength) {
      at('evidence', `Evidence must be ${RESPONSE_LIMITS.evidenceMaxLength} characters or fewer`);
    }
    if (r.links.length > RESPONSE_LIMITS.linksMax) at('links', `Give ${RESPONSE_LIMITS.linksMax} links or fewer`);
    for (const link of r.links) {
      const problem = linkProblem(link);
      if (problem) {
        at('links', problem);
        break;
      }
    }
  }
  return problems;
}

const isLevel = (n: number): n is MaturityLevel => Number.isInteger(n) && n >= 1 && n <= 5;

export type DomainStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED';
export const DOMAIN_STATUS_LABELS: Readonly<Record<DomainStatus, string>> = {
  NOT_STARTED: 'Not started',
  IN_PROGRESS: 'In progress',
  COMPLETED: 'Completed',
};

export interface DomainProgress {
  readonly domainKey: string;
  readonly answered: number;
  readonly total: number;
  readonly status: DomainStatus;
}

/** The domains and criteria of a framework, by key: all that progress needs (a framework, or its preview's form). */
export interface FrameworkOutline {
  readonly domains: readonly { readonly key: string; readonly criteria: readonly { readonly key: string }[] }[];
}

/** The task list: for each domain, how many criteria are answered and whether it is not started, in progress or done. */
export function domainProgress(
  framework: FrameworkOutline,
  responses: readonly Pick<ResponseValues, 'criterionKey' | 'selfLevel' | 'notAssessed' | 'evidence'>[],
): DomainProgress[] {
  const byKey = new Map(responses.map((r) => [r.criterionKey, r]));
  return framework.domains.map((domain) => {
    const total = domain.criteria.length;
    const answered = domain.criteria.filter((c) => isAnswered(byKey.get(c.key))).length;
    const touched = domain.criteria.some((c) => {
      const r = byKey.get(c.key);
      return !!r && (isAnswered(r) || r.evidence.trim() !== '');
    });
    const status: DomainStatus = answered === total ? 'COMPLETED' : touched ? 'IN_PROGRESS' : 'NOT_STARTED';
    return { domainKey: domain.key, answered, total, status };
  });
}

/** Criteria still to answer before the assessment can be submitted, by domain title. */
export function unansweredDomains(framework: CanvasFramework, responses: Parameters<typeof domainProgress>[1]): string[] {
  const progress = domainProgress(framework, responses);
  return framework.domains.filter((_, i) => progress[i].status !== 'COMPLETED').map((d) => d.title);
}
