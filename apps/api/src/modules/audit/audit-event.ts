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
  | 'CYCLE_CLOSING_DATE_CHANGED'
  | 'CYCLE_CLOSED'
  | 'CYCLE_PUBLISHED'
  | 'CYCLE_SIGN_OFF_ANSWERED'
  | 'CYCLE_FIGURES_REVISED'
  | 'PEER_SHARING_CHANGED'
  | 'RESPONSE_CHANGED'
  | 'QUICK_CHECK_CHANGED'
  | 'ASSESSMENT_TRANSITIONED'
  | 'ANSWERS_COPIED'
  | 'ACTION_PLAN_CHANGED'
  | 'RESPONSE_MODERATED'
  | 'LEVEL_CORRECTED'
  | 'REVIEW_COMMENT_ADDED'
  | 'RECORDING_ON_BEHALF_STARTED'
  | 'LEARNING_PROGRAMME_SAVED'
  | 'CANVAS_DRAFT_SAVED'
  | 'CANVAS_PUBLISHED'
  // passwords and sessions (ADR 0031)
  | 'PASSWORD_CHANGED'
  | 'CURRENT_PASSWORD_REFUSED'
  | 'PASSWORD_RESET_REQUESTED'
  | 'PASSWORD_RESET'
  | 'SESSION_ENDED'
  | 'OTHER_SESSIONS_ENDED'
  | 'INVITATION_SENT'
  | 'INVITATION_RESENT'
  | 'INVITATION_REVOKED'
  | 'INVITATION_ACCEPTED'
  | 'ACCOUNT_DEACTIVATED'
  | 'ACCOUNT_REACTIVATED'
  // two-step sign-in
  | 'SECOND_STEP_ENROLLED'
  | 'SECOND_STEP_TURNED_OFF'
  | 'SECOND_STEP_RESET'
  | 'SECOND_STEP_FAILED'
  | 'RECOVERY_CODE_USED';

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
    | 'learning_programme'
    | 'canvas_framework'
    | 'invitation';
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

/** SQL expressions for each field of an audit row, in the caller's statement (parameters, columns of a row source). */
export type AuditEventSql = { readonly [K in keyof Required<AuditEvent>]: string };

/** Each field's column, in one place: the table's shape is known here only. */
const AUDIT_EVENT_COLUMNS: { readonly [K in keyof Required<AuditEvent>]: string } = {
  actorUserId: 'actor_user_id',
  action: 'action',
  subjectType: 'subject_type',
  subjectId: 'subject_id',
  before: 'before',
  after: 'after',
  ip: 'ip',
};

/**
 * The one INSERT into the audit trail. `appendAuditEvent` writes one row from parameters; a statement that changes
 * many rows and must stay one round trip (saving answers) audits them inline with `from`, a row source of its own:
 * `auditEventInsert({ ... }, 'jsonb_to_recordset($5::jsonb) AS e(before jsonb, after jsonb)')`.
 */
export function auditEventInsert(values: AuditEventSql, from?: string): string {
  const fields = Object.keys(AUDIT_EVENT_COLUMNS) as (keyof AuditEventSql)[];
  const columns = fields.map((field) => AUDIT_EVENT_COLUMNS[field]).join(', ');
  const expressions = fields.map((field) => values[field]).join(', ');
  return from === undefined
    ? `INSERT INTO audit_event (${columns}) VALUES (${expressions})`
    : `INSERT INTO audit_event (${columns}) SELECT ${expressions} FROM ${from}`;
}

/** An audit action or subject type as an SQL literal (the names are fixed words of ours, never input). */
export function auditWord(word: AuditAction | AuditEvent['subjectType']): string {
  return `'${word}'`;
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
  text: auditEventInsert({
    actorUserId: '$1',
    action: '$2',
    subjectType: '$3',
    subjectId: '$4',
    before: '$5',
    after: '$6',
    ip: '$7',
  }),
  columns: {},
});
