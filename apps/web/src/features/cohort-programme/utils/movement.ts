import { csvNumber, toCsv } from '../../../lib/csv';
import { icsCount } from '../../../lib/format';
import { formatDelta, formatFigure } from './format';

export interface MovementInput {
  readonly systemName: string;
  readonly overallScore: number | null;
  readonly previousOverallScore: number | null;
}

export interface MovementRow {
  readonly systemName: string;
  readonly previous: number | null;
  readonly current: number | null;
  /** This cycle minus the previous one; null unless both are known. */
  readonly change: number | null;
  readonly direction: 'up' | 'down' | 'same' | null;
}

/** Each ICS's overall score in the previous cycle and this one, and the change (rounded as shown: 0.0 is "same"). */
export function movementRows(members: readonly MovementInput[]): MovementRow[] {
  return members.map((m) => {
    const change = m.overallScore !== null && m.previousOverallScore !== null ? m.overallScore - m.previousOverallScore : null;
    const rounded = change === null ? null : Number(change.toFixed(1));
    return {
      systemName: m.systemName,
      previous: m.previousOverallScore,
      current: m.overallScore,
      change,
      direction: rounded === null ? null : rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'same',
    };
  });
}

/**
 * Movement in one sentence, e.g. "Of 4 ICSs with an overall score in both 2023 and 2026, 3 improved, 1 fell back and
 * 0 stayed the same; on average +4.2 points."
 */
export function movementSummary(rows: readonly MovementRow[], previousCycleName: string | null, cycleName: string): string {
  if (!previousCycleName) return `There is no earlier cycle to compare ${cycleName} with.`;
  const both = rows.filter((r) => r.change !== null);
  if (both.length === 0) return `No ICS in the cohort has an overall score you can see in both ${previousCycleName} and ${cycleName} yet.`;
  const count = (d: MovementRow['direction']) => both.filter((r) => r.direction === d).length;
  const mean = both.reduce((s, r) => s + (r.change as number), 0) / both.length;
  return (
    `Of ${icsCount(both.length)} with an overall score in both ${previousCycleName} and ${cycleName}, ` +
    `${count('up')} improved, ${count('down')} fell back and ${count('same')} stayed the same; on average ${formatDelta(mean)} points.`
  );
}

export const movementCsv = (rows: readonly MovementRow[], previousCycleName: string, cycleName: string): string =>
  toCsv(
    ['ICS', `Overall score, ${previousCycleName}`, `Overall score, ${cycleName}`, 'Change'],
    rows.map((r) => [r.systemName, csvNumber(r.previous), csvNumber(r.current), csvNumber(r.change)]),
  );

/** A member's calibration in words: the mean self − moderated gap in points, or that there is none yet. */
export function calibrationText(calibration: { meanGapPoints: number | null; count: number }): string {
  if (calibration.count === 0 || calibration.meanGapPoints === null) return 'No moderated levels yet';
  const gap = calibration.meanGapPoints;
  const rounded = Number(gap.toFixed(1));
  const direction = rounded > 0 ? 'rosier than the coach' : rounded < 0 ? 'harsher than the coach' : 'the same as the coach';
  return `${formatDelta(gap)} points (${direction}), over ${calibration.count} ${calibration.count === 1 ? 'criterion' : 'criteria'}`;
}

export { formatFigure };
