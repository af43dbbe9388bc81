import type { FrameworkLifecycle } from '../../../gql/graphql';
import type { DocumentProblem } from '../../../lib/graphql-client';

/** A version's status as the list and its page say it, and the NHS.UK tag colour it is shown in. */
export const LIFECYCLE: Readonly<Record<FrameworkLifecycle, { readonly label: string; readonly tag: string; readonly meaning: string }>> = {
  DRAFT: { label: 'Draft', tag: 'nhsuk-tag--yellow', meaning: 'Not published yet: only admins can see it, and it can still change.' },
  PUBLISHED: { label: 'Published', tag: 'nhsuk-tag--green', meaning: 'In use: cycles can be opened on it. It can no longer change.' },
  RETIRED: { label: 'Retired', tag: 'nhsuk-tag--grey', meaning: 'A newer version has been published. Results made on it stay, and are compared through its mappings.' },
};

/** Where a problem is in the file, in words: "Line 945, at domains[8].criteria[1]", or "The whole file". */
export function problemPlace(problem: Pick<DocumentProblem, 'line' | 'field'>): string {
  const line = problem.line ? `Line ${problem.line}` : null;
  const field = problem.field ? `at ${problem.field}` : null;
  if (line && field) return `${line}, ${field}`;
  return line ?? (field ? field.charAt(0).toUpperCase() + field.slice(1) : 'The whole file');
}

/** A problem as one sentence for the error summary: where it is, then what is wrong (starting with a capital). */
export function problemSentence(problem: Pick<DocumentProblem, 'line' | 'field' | 'message'>): string {
  const message = problem.message.charAt(0).toUpperCase() + problem.message.slice(1);
  return `${problemPlace(problem)}: ${/[.!?]$/.test(message) ? message : `${message}.`}`;
}

/** The format a file is most likely in, from its name: JSON for ".json", otherwise YAML. */
export function formatOfFileName(name: string): 'YAML' | 'JSON' {
  return /\.json$/i.test(name) ? 'JSON' : 'YAML';
}

/** The file name a downloaded version gets: "idt-canvas-v2.yaml". */
export function documentFileName(version: number, format: 'YAML' | 'JSON'): string {
  return `idt-canvas-v${version}.${format === 'JSON' ? 'json' : 'yaml'}`;
}

/** Which version a preview shows: "IDT Canvas, version 2 (draft)". */
export function versionLabel(framework: { readonly title: string; readonly version: number; readonly status: string }): string {
  return `${framework.title}, version ${framework.version}${framework.status === 'DRAFT' ? ' (draft)' : ''}`;
}
