export interface DomainTitle {
  readonly key: string;
  readonly number: number;
  readonly title: string;
}

/** The domains of the canvas version a cycle was assessed against (by number), or of the first version known. */
export function domainTitles(
  frameworks: readonly { id: string; domains: readonly DomainTitle[] }[],
  frameworkId: string | null | undefined,
): DomainTitle[] {
  const framework = frameworks.find((f) => f.id === frameworkId) ?? frameworks[0];
  return [...(framework?.domains ?? [])].sort((a, b) => a.number - b.number);
}

/** A domain key's title ("overall" is the overall score); the key itself if the canvas does not know it. */
export function titleOf(domains: readonly DomainTitle[], key: string): string {
  if (key === 'overall') return 'Overall';
  return domains.find((d) => d.key === key)?.title ?? key;
}

/** A score or figure as the screens show it: one decimal place. */
export const formatFigure = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1);

/** A change with its sign: "+5.1", "−2.0", "0.0". */
export const formatDelta = (value: number | null | undefined): string => {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Number(value.toFixed(1));
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
};

/** "89th", "1st", "22nd", "13th". */
export function ordinal(n: number): string {
  const whole = Math.round(n);
  const lastTwo = whole % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${whole}th`;
  return `${whole}${['th', 'st', 'nd', 'rd'][whole % 10] ?? 'th'}`;
}
