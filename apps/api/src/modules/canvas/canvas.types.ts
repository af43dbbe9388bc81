import { CanvasFramework } from '@idt/domain';

export interface FrameworkRecord {
  readonly id: string;
  readonly status: 'DRAFT' | 'PUBLISHED';
  readonly definition: CanvasFramework;
  /** When it was published (null for a draft); not every reader selects it. */
  readonly publishedAt?: Date | null;
}

export interface CycleRecord {
  readonly id: string;
  readonly name: string;
  readonly frameworkId: string;
  readonly opensOn: string;
  readonly closesOn: string;
  readonly cohort: { readonly id: string; readonly name: string } | null;
  readonly publishedAt: Date | string | null;
  readonly illustrative: boolean;
  /** The day it stopped taking answers (null while open). */
  readonly closedOn: string | null;
  readonly closedEarly: boolean;
}
