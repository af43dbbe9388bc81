/** A score or figure as the screens show it: one decimal place; a dash when there is none. */
export const formatFigure = (value: number | null | undefined): string =>
  value === null || value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(1);

/** A change with its sign: "+5.1", "−2.0", "0.0"; a dash when there is none. */
export function formatDelta(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  const rounded = Number(value.toFixed(1));
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** A cohort's view and its learning programme, in the address: `?cycle=<id>` when a cycle is named. */
export const overviewPath = (cohortId: string, cycleId?: string | null): string =>
  `/cohorts/${encodeURIComponent(cohortId)}/overview${cycleId ? `?cycle=${encodeURIComponent(cycleId)}` : ''}`;

export const learningProgrammePath = (cohortId: string, cycleId?: string | null): string =>
  `/cohorts/${encodeURIComponent(cohortId)}/learning-programme${cycleId ? `?cycle=${encodeURIComponent(cycleId)}` : ''}`;

/** A cycle id from the address, as the API issues them (a UUID); anything else is ignored rather than sent. */
export const cycleIdFrom = (params: URLSearchParams): string | null => {
  const value = params.get('cycle');
  return value && /^[0-9a-f-]{36}$/i.test(value) ? value : null;
};
