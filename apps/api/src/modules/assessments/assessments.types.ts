import { AssessmentStatus, Confidence, MaturityLevel, QuickCheckAnswer, ResponseValues, Transition } from '@idt/domain';
import { CycleRecord } from '../canvas/canvas.types';
import { SystemRecord } from '../systems/systems.types';

export interface ResponseRecord extends ResponseValues {
  readonly selfLevel: MaturityLevel | null;
  readonly confidence: Confidence | null;
  readonly moderatedLevel: number | null;
  readonly moderatorComment: string | null;
  readonly updatedAt: string;
}

export interface TransitionRecord {
  readonly transition: Transition;
  readonly fromStatus: AssessmentStatus;
  readonly toStatus: AssessmentStatus;
  readonly reason: string | null;
  readonly actorName: string | null;
  readonly occurredAt: string;
}

export interface ReviewCommentRecord {
  readonly id: string;
  readonly criterionKey: string;
  readonly authorName: string | null;
  readonly authorSide: 'ICS' | 'REVIEWER';
  readonly body: string;
  readonly createdAt: string;
}

export interface AssessmentRecord {
  readonly id: string;
  readonly status: AssessmentStatus;
  readonly version: number;
  readonly updatedAt: Date;
  readonly recordedOnBehalfById: string | null;
  readonly recordedOnBehalfByName: string | null;
  /** When the coach started recording it on the ICS's behalf. */
  readonly recordedOnBehalfAt: Date | null;
  readonly submittedAt: Date | null;
  readonly reviewComments: readonly ReviewCommentRecord[];
  readonly cycle: CycleRecord;
  readonly system: SystemRecord;
  readonly responses: readonly ResponseRecord[];
  readonly quickCheckAnswers: readonly { readonly questionKey: string; readonly answer: QuickCheckAnswer }[];
  readonly history: readonly TransitionRecord[];
}

/** What access rules and locking need to know about an assessment. */
export interface AssessmentFactsRecord {
  readonly id: string;
  readonly systemId: string;
  readonly status: AssessmentStatus;
  readonly version: number;
  readonly frameworkId: string;
  readonly cycleOpensOn: string;
  /** When its cycle closed (null while open): a closed cycle's answers no longer change. */
  readonly cycleClosedOn: string | null;
  /** The coach recording it on the ICS's behalf (the assisted route), if any. */
  readonly recordedOnBehalfBy: string | null;
}

/** One answer as a save wrote or found it. */
export interface SavedResponseRecord extends ResponseValues {
  readonly moderatedLevel: number | null;
  readonly moderatorComment: string | null;
  readonly updatedAt: Date;
}

/** What a save changed and what the form needs after it, read back in the save's own transaction. */
export interface SavedAnswersRecord {
  readonly version: number;
  readonly updatedAt: Date;
  readonly status: AssessmentStatus;
  /** The answers to the criteria asked to be read back (those saved, and the rest of their domains), in key order. */
  readonly responses: readonly SavedResponseRecord[];
  /** The sent quick-check questions' answers as saved (a cleared one is absent). */
  readonly quickCheckAnswers: readonly { readonly questionKey: string; readonly answer: QuickCheckAnswer }[];
}
