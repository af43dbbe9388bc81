/**
 * Where a canvas version is in its life. The stored status is only DRAFT or PUBLISHED (a published version never
 * changes); "retired" is worked out: a published version is retired once a newer version of the same canvas (same
 * `key`) has been published. This is the one place that says so: the API's `lifecycle` field and the rule for a new
 * cycle (`openCycle`, which refuses anything but PUBLISHED) both use it.
 */
export const FRAMEWORK_LIFECYCLES = ['DRAFT', 'PUBLISHED', 'RETIRED'] as const;
export type FrameworkLifecycle = (typeof FRAMEWORK_LIFECYCLES)[number];

/** What the lifecycle is worked out from: a version's canvas, number and stored status. */
export interface FrameworkVersionFacts {
  readonly key: string;
  readonly version: number;
  readonly status: 'DRAFT' | 'PUBLISHED';
}

/** DRAFT; PUBLISHED (the newest published version of its canvas, in use); or RETIRED (a newer one is published). */
export function frameworkLifecycle(framework: FrameworkVersionFacts, versions: readonly FrameworkVersionFacts[]): FrameworkLifecycle {
  if (framework.status === 'DRAFT') return 'DRAFT';
  const newer = versions.some((v) => v.status === 'PUBLISHED' && v.key === framework.key && v.version > framework.version);
  return newer ? 'RETIRED' : 'PUBLISHED';
}
