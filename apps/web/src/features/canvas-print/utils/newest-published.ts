/** The canvas version to print: the newest published one (by version), or null when none is published. */
export function newestPublished<T extends { status: string; version: number }>(frameworks: readonly T[]): T | null {
  return frameworks.filter((f) => f.status === 'PUBLISHED').reduce<T | null>((best, f) => (!best || f.version > best.version ? f : best), null);
}
