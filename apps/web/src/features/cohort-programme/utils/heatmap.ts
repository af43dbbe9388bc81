import type { AssessmentStatus } from '@idt/domain';
import { ADOPTER_CATEGORY_LABELS, type AdopterCategory } from '@idt/maturity';
import { assessmentStatusWords } from '../../../lib/assessment-status';
import { csvNumber, toCsv } from '../../../lib/csv';
import { icsCount, listInWords } from '../../../lib/format';
import { formatFigure } from './format';

export interface HeatmapDomain {
  readonly key: string;
  readonly number: number;
  readonly title: string;
}

export interface HeatmapMember {
  readonly systemId: string;
  readonly systemName: string;
  readonly status: AssessmentStatus | null;
  readonly overallScore: number | null;
  readonly basis: string | null;
  readonly category: AdopterCategory | null;
  readonly domainScores: readonly { readonly domainKey: string; readonly score: number | null; readonly incomplete: boolean }[];
}

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const WHITE = '#ffffff';
const BLACK = '#212b32';
/** From NHS pale blue (a score of 0) to NHS dark blue (100): one hue, so it reads in greyscale and for colour-blind people. */
const LOW = [232, 241, 248];
const HIGH = [0, 48, 135];

export interface HeatmapCell {
  readonly fill: string;
  /** Whichever of white and NHS black reads better on the fill (4.5:1 or more). */
  readonly text: string;
  /** What the cell shows: the score, rounded; a dash when there is none. An asterisk marks an incomplete domain. */
  readonly shown: string;
  /** The cell's accessible name. */
  readonly label: string;
}

/**
 * One heatmap cell: its shade by score (darker is higher), the number shown in it (so colour is never the only cue)
 * and its accessible name, e.g. "Devon, 3. Co-design: 62.5 out of 100".
 */
export function heatmapCell(systemName: string, domain: HeatmapDomain, score: number | null, incomplete = false): HeatmapCell {
  const where = `${systemName}, ${domain.number}. ${domain.title}`;
  if (score === null || !Number.isFinite(score)) {
    return { fill: WHITE, text: '#4c6272', shown: '–', label: `${where}: no score (no criterion scored)` };
  }
  const shadeAt = (t: number) => `#${LOW.map((from, i) => Math.round(from + (HIGH[i] - from) * t).toString(16).padStart(2, '0')).join('')}`;
  const readable = (fill: string) => Math.max(contrastRatio(fill, WHITE), contrastRatio(fill, BLACK));
  // Mid-blues read poorly with either text colour: go a little darker until white reads well (never lighter).
  let t = Math.min(1, Math.max(0, score / 100));
  while (readable(shadeAt(t)) < 4.5 && t < 1) t = Math.min(1, t + 0.02);
  const fill = shadeAt(t);
  const text = contrastRatio(fill, WHITE) >= contrastRatio(fill, BLACK) ? WHITE : BLACK;
  return {
    fill,
    text,
    shown: `${Math.round(score)}${incomplete ? '*' : ''}`,
    label: `${where}: ${formatFigure(score)} out of 100${incomplete ? ' (incomplete: fewer than half its criteria scored)' : ''}`,
  };
}

/**
 * Whether a member's row has scores (shared with the viewer: submitted or later); otherwise why not, in words: its
 * status as every page says it ("Draft", "Returned for changes", "Not taking part"), or that it is not shared.
 */
export function rowStatus(member: Pick<HeatmapMember, 'status' | 'domainScores'>): { scored: true } | { scored: false; reason: string } {
  if (member.domainScores.length > 0) return { scored: true };
  if (member.status === null || member.status === 'DRAFT' || member.status === 'RETURNED') return { scored: false, reason: assessmentStatusWords(member.status) };
  return { scored: false, reason: `${assessmentStatusWords(member.status)}: not shared with you` };
}

/** The cohort's mean score in each domain, over the members with a score there. */
export function domainMeans(members: readonly HeatmapMember[], domains: readonly HeatmapDomain[]): { domain: HeatmapDomain; mean: number | null; count: number }[] {
  return domains.map((domain) => {
    const scores = members.flatMap((m) => {
      const score = m.domainScores.find((s) => s.domainKey === domain.key)?.score;
      return score === null || score === undefined ? [] : [score];
    });
    return { domain, mean: scores.length === 0 ? null : scores.reduce((s, n) => s + n, 0) / scores.length, count: scores.length };
  });
}

/** The heatmap in plain words: how many ICSs have scores, and the cohort's weakest and strongest domains. */
export function heatmapSummary(cycleName: string, members: readonly HeatmapMember[], domains: readonly HeatmapDomain[]): string {
  const scored = members.filter((m) => rowStatus(m).scored);
  const waiting = members.length - scored.length;
  if (scored.length === 0) {
    return `None of the cohort's ${icsCount(members.length)} has submitted scores for ${cycleName} yet.`;
  }
  const sentences = [`${scored.length} of the cohort's ${icsCount(members.length)} ${scored.length === 1 ? 'has' : 'have'} scores for ${cycleName}.`];
  const means = domainMeans(scored, domains).filter((m): m is { domain: HeatmapDomain; mean: number; count: number } => m.mean !== null);
  if (means.length > 0) {
    const lowest = Math.min(...means.map((m) => m.mean));
    const highest = Math.max(...means.map((m) => m.mean));
    const named = (value: number) => listInWords(means.filter((m) => m.mean === value).map((m) => `${m.domain.number}. ${m.domain.title}`));
    sentences.push(`The cohort is weakest in ${named(lowest)} (mean ${formatFigure(lowest)} out of 100) and strongest in ${named(highest)} (mean ${formatFigure(highest)}).`);
  }
  if (waiting > 0) sentences.push(`${icsCount(waiting)} ${waiting === 1 ? 'has' : 'have'} no scores to show yet: not submitted, or not taking part.`);
  return sentences.join(' ');
}

/** The heatmap as CSV: one row per ICS, the cycle named in every row. */
export function heatmapCsv(cycleName: string, members: readonly HeatmapMember[], domains: readonly HeatmapDomain[]): string {
  const header = ['Cycle', 'ICS', 'Status', 'Overall score', 'Category', 'Basis', ...domains.map((d) => `${d.number}. ${d.title}`)];
  const rows = members.map((m) => {
    const status = rowStatus(m);
    return [
      cycleName,
      m.systemName,
      status.scored ? assessmentStatusWords(m.status) : status.reason,
      csvNumber(m.overallScore),
      m.category ? ADOPTER_CATEGORY_LABELS[m.category] : '',
      m.basis === 'MODERATED' ? 'Moderated' : m.basis === 'SELF' ? 'Self-assessed' : '',
      ...domains.map((d) => csvNumber(m.domainScores.find((s) => s.domainKey === d.key)?.score)),
    ];
  });
  return toCsv(header, rows);
}
