/** A cycle of the profile as far as a note on canvas versions needs it. */
export interface CycleAcrossVersions {
  readonly cycle: { readonly id: string; readonly name: string };
  readonly comparedAcrossVersions: { readonly fromVersion: number; readonly toVersion: number; readonly summary: string } | null | undefined;
}

export interface AcrossVersionsNote {
  readonly cycleId: string;
  /** "The changes into 2026/27 cross from canvas version 1 to version 2." */
  readonly title: string;
  /** The API's sentence: what the changes were worked out over. */
  readonly summary: string;
}

/**
 * One note per cycle whose changes since the cycle before cross canvas versions, oldest first: the progress table's
 * figures for that cycle are then worked out over the criteria both versions share (ADR 0026), and the page says so.
 */
export function acrossVersionsNotes(cycles: readonly CycleAcrossVersions[]): AcrossVersionsNote[] {
  return cycles.flatMap(({ cycle, comparedAcrossVersions: across }, i) =>
    i > 0 && across
      ? [
          {
            cycleId: cycle.id,
            title: `The changes into ${cycle.name} cross from canvas version ${across.fromVersion} to version ${across.toVersion}.`,
            summary: across.summary,
          },
        ]
      : [],
  );
}
