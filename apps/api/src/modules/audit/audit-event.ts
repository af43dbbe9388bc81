import { DataSource, EntityManager } from 'typeorm';
import { defineQuery, run } from '../../database/typed-sql';

/** Everything the audit trail records. Names are past-tense facts, the same in the table and in the docs. */
export type AuditAction =
  | 'SIGNED_IN'
  | 'SIGN_IN_FAILED'
  | 'SIGNED_OUT'
  | 'EXTERNAL_IDENTITY_LINKED'
  | 'USER_CREATED'
  | 'ROLE_GRANTED'
  | 'ROLE_REVOKED'
  | 'COHORT_CREATED'
  | 'COHORT_SYSTEM_ADDED'
  | 'COHORT_SYSTEM_REMOVED'
  | 'CYCLE_OPENED'
  | 'CYCLE_PUBLISHED'
  | 'PEER_SHARING_CHANGED'
  | 'RESPONSE_CHANGED'
  | 'QUICK_CHECK_CHANGED'
  | 'ASSESSMENT_TRANSITIONED'
  | 'ANSWERS_COPIED'
  | 'ACTION_PLAN_CHANGED'
  | 'RESPONSE_MODERATED'
  | 'REVIEW_COMMENT_ADDED'
  | 'RECORDING_ON_BEHALF_STARTED'
  | 'LEARNING_PROGRAMME_SAVED';

export interface AuditEvent {
  readonly actorUserId: string | null;
  readonly action: AuditAction;
  readonly subjectType:
    | 'user_account'
    | 'role_grant'
    | 'cohort'
    | 'user_session'
    | 'assessment_cycle'
    | 'assessment'
    | 'action_plan_item'
    | 'peer_sharing'
    | 'learning_programme';
  readonly subjectId: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
  readonly ip?: string | null;
}

/**
 * Appends one event to the audit trail, inside the caller's transaction when given one, so that a change and its
 * audit row are written together or not at all. The table refuses UPDATE and DELETE (a trigger).
 */
export async function appendAuditEvent(db: EntityManager | DataSource, event: AuditEvent): Promise<void> {
  await run(db, APPEND_AUDIT_EVENT, [
    event.actorUserId,
    event.action,
    event.subjectType,
    event.subjectId,
    event.before === undefined ? null : JSON.stringify(event.before),
    event.after === undefined ? null : JSON.stringify(event.after),
    event.ip ?? null,
  ]);
}

const APPEND_AUDIT_EVENT = defineQuery<
  [
    actorUserId: string | null,
    action: AuditAction,
    subjectType: AuditEvent['subjectType'],
    subjectId: string | null,
    before: string | null,
    after: string | null,
    ip: string | null,
  ]
>()({
  name: 'audit.append',
  text: `INSERT INTO audit_event (actor_user_id, action, subject_type, subject_id, before, after, ip)
         VALUES ($1, $2, $3, $4, $5, $6, $7)`,
  columns: {},
});
