/**
 * Which of an ICS's cycles the profile compares with peers. The address's `cycle` when it names one of them; else the
 * latest published one, since a provisional cycle's peer figures are withheld from most people; else the latest.
 * `cycles` come oldest first, as the API gives them. Null when there are none.
 */
export function comparisonCycleId(
  cycles: readonly { readonly cycle: { readonly id: string }; readonly published: boolean }[],
  requested: string | null,
): string | null {
  if (requested && cycles.some((c) => c.cycle.id === requested)) return requested;
  const latestPublished = [...cycles].reverse().find((c) => c.published);
  return latestPublished?.cycle.id ?? cycles[cycles.length - 1]?.cycle.id ?? null;
}
