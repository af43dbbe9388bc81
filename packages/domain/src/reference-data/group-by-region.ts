export interface RegionGroup<T> {
  readonly regionName: string;
  readonly members: readonly T[];
}

/**
 * Groups items by their region's name: regions in alphabetical order, items within a region by name.
 * Used wherever a list of ICSs is shown region by region.
 */
export function groupByRegion<T extends { readonly name: string }>(
  items: readonly T[],
  regionNameOf: (item: T) => string,
): RegionGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const regionName = regionNameOf(item);
    const members = groups.get(regionName) ?? [];
    members.push(item);
    groups.set(regionName, members);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([regionName, members]) => ({
      regionName,
      members: [...members].sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    }));
}
